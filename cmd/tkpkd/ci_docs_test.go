package main

// The CI examples in docs/ci are copied into other people's repositories,
// so they must keep working as the command changes: each file must parse,
// have the jobs the issue asks for, and call only commands and flags that
// tkpkd (and the Makefile target they use) really has.

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

const ciDocs = "../../docs/ci"

// ciCall is one tkpkd invocation found in a CI file or Makefile recipe.
type ciCall struct {
	where string   // file and what ran it
	cmd   string   // check, build, ...
	args  []string // everything after cmd
}

func TestCIExamplesCallRealCommands(t *testing.T) {
	makeCalls, outDir := ciMakefile(t)
	for _, name := range []string{"github-actions.yml", "gitlab-ci.yml"} {
		t.Run(name, func(t *testing.T) {
			doc := ciLoad(t, name)
			var calls []ciCall
			for _, line := range ciScripts(doc) {
				if strings.Contains(line, "make build") {
					calls = append(calls, makeCalls...)
				}
				calls = append(calls, ciCalls(name+": "+line, line)...)
			}
			if !slices.ContainsFunc(calls, func(c ciCall) bool { return c.cmd == "check" }) {
				t.Errorf("no tkpkd check in %s", name)
			}
			for _, c := range calls {
				ciCheckCall(t, c)
			}
			// The published folders are where the Makefile writes.
			for _, p := range []string{outDir + "/site", outDir + "/pdf"} {
				if !bytes.Contains(ciRead(t, name), []byte(p)) {
					t.Errorf("%s never names %s, where make build writes", name, p)
				}
			}
		})
	}
}

// ciCheckCall runs "<cmd> -h" in process and looks for each flag in the
// usage it prints; a check is also run for real on the reference content,
// which must not end in a usage error.
func ciCheckCall(t *testing.T, c ciCall) {
	t.Helper()
	code, _, usage := runTool(t, c.cmd, "-h")
	if strings.Contains(usage, "unknown command") || strings.Contains(usage, "not yet available") {
		t.Errorf("%s: tkpkd has no command %q (exit %d): %s", c.where, c.cmd, code, usage)
		return
	}
	for _, a := range c.args {
		if !strings.HasPrefix(a, "-") {
			continue
		}
		flag, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !regexp.MustCompile(`(?m)^\s+-` + regexp.QuoteMeta(flag) + `\b`).MatchString(usage) {
			t.Errorf("%s: tkpkd %s has no flag -%s; its usage is:\n%s", c.where, c.cmd, flag, usage)
		}
	}
	if c.cmd == "check" {
		args := append([]string{"check"}, c.args...)
		for i := range args {
			if (args[i] == "--content" || args[i] == "-content") && i+1 < len(args) {
				args[i+1] = "../../" + args[i+1] // the examples run at the repository root
			}
		}
		if code, _, stderr := runTool(t, args...); code == 2 {
			t.Errorf("%s: wrong usage (exit 2): %s", c.where, stderr)
		}
	}
}

// ciCalls finds "tkpkd CMD ...", "./bin/tkpkd CMD ...", "./$(BIN) CMD ..."
// and "go run ./cmd/tkpkd CMD ..." in one shell line.
func ciCalls(where, line string) []ciCall {
	var out []ciCall
	for _, part := range regexp.MustCompile(`&&|\|\||;|\|`).Split(line, -1) {
		// The tool is the command a segment runs: its first word.
		f := strings.Fields(part)
		// A redirection (> report.json) is the shell's, not an argument.
		if i := slices.IndexFunc(f, func(w string) bool { return strings.HasPrefix(w, ">") || strings.HasPrefix(w, "2>") }); i >= 0 {
			f = f[:i]
		}
		if len(f) > 3 && f[0] == "go" && f[1] == "run" && strings.TrimSuffix(f[2], "/") == "./cmd/tkpkd" {
			f = f[2:]
		}
		if len(f) > 1 && (filepath.Base(f[0]) == "tkpkd" || f[0] == "./$(BIN)" || f[0] == "$(BIN)" || f[0] == "./cmd/tkpkd") {
			out = append(out, ciCall{where: where, cmd: f[1], args: f[2:]})
		}
	}
	return out
}

// ciMakefile returns the tkpkd calls of "make build" (the recipes of build
// and the targets it depends on) and the Makefile's default output folder.
func ciMakefile(t *testing.T) ([]ciCall, string) {
	t.Helper()
	data, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	recipes := map[string][]string{}
	deps := map[string][]string{}
	var target string
	outDir := ""
	for _, line := range strings.Split(string(data), "\n") {
		if m := regexp.MustCompile(`^OUT\s*\??=\s*(\S+)`).FindStringSubmatch(line); m != nil {
			outDir = m[1]
		}
		if m := regexp.MustCompile(`^([A-Za-z0-9_-]+):(.*)$`).FindStringSubmatch(line); m != nil && !strings.HasPrefix(m[2], "=") {
			target, deps[m[1]] = m[1], strings.Fields(m[2])
			continue
		}
		if strings.HasPrefix(line, "\t") && target != "" {
			recipes[target] = append(recipes[target], strings.TrimSpace(line))
		}
	}
	if _, ok := recipes["build"]; !ok || outDir == "" {
		t.Fatalf("the Makefile has no build target or no OUT default (got OUT %q)", outDir)
	}
	var calls []ciCall
	for _, tg := range append([]string{"build"}, deps["build"]...) {
		for _, r := range recipes[tg] {
			r = strings.NewReplacer("$(CONTENT)", "content", "$(OUT)", outDir).Replace(r)
			calls = append(calls, ciCalls("Makefile "+tg+": "+r, r)...)
		}
	}
	if len(calls) == 0 {
		t.Fatal("make build calls no tkpkd command")
	}
	return calls, outDir
}

// ciScripts returns every shell line of a CI file: GitHub's run: and
// GitLab's script:, before_script: and after_script:.
func ciScripts(n *yaml.Node) []string {
	var out []string
	for i := 0; i+1 < len(n.Content); i++ {
		k, v := n.Content[i], n.Content[i+1]
		if n.Kind == yaml.MappingNode && i%2 == 0 && slices.Contains([]string{"run", "script", "before_script", "after_script"}, k.Value) {
			for _, s := range append([]*yaml.Node{v}, v.Content...) {
				if s.Kind == yaml.ScalarNode {
					out = append(out, strings.Split(s.Value, "\n")...)
				}
			}
		}
	}
	for _, c := range n.Content {
		out = append(out, ciScripts(c)...)
	}
	return out
}

func ciRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(ciDocs, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func ciLoad(t *testing.T, name string) *yaml.Node {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(ciRead(t, name), &doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &doc
}

// ghWorkflow is the part of a GitHub Actions workflow the example must have.
type ghWorkflow struct {
	On   map[string]yaml.Node `yaml:"on"`
	Jobs map[string]struct {
		If          string
		Needs       any
		Permissions map[string]string
		Environment struct{ Name string }
		Steps       []struct {
			Uses string
			Run  string
			With map[string]string
		}
	}
}

func TestGitHubActionsExample(t *testing.T) {
	var wf ghWorkflow
	if err := yaml.Unmarshal(ciRead(t, "github-actions.yml"), &wf); err != nil {
		t.Fatal(err)
	}
	_, onPR := wf.On["pull_request"]
	push, onPush := wf.On["push"]
	var pushTo struct{ Branches []string }
	if err := push.Decode(&pushTo); !onPR || !onPush || err != nil || !slices.Contains(pushTo.Branches, "main") {
		t.Errorf("want triggers on pull_request and on push to main (%v)", err)
	}
	has := func(job, uses, key, val string) bool {
		for _, s := range wf.Jobs[job].Steps {
			if strings.HasPrefix(s.Uses, uses+"@") && (key == "" || s.With[key] == val) {
				return true
			}
		}
		return false
	}
	runs := func(job, text string) bool {
		return slices.ContainsFunc(wf.Jobs[job].Steps, func(s struct {
			Uses string
			Run  string
			With map[string]string
		}) bool {
			return strings.Contains(s.Run, text)
		})
	}
	for _, job := range []string{"check", "build"} {
		if !has(job, "actions/checkout", "", "") || !has(job, "actions/setup-go", "go-version-file", "go.mod") {
			t.Errorf("job %s: want actions/checkout and actions/setup-go with go-version-file: go.mod", job)
		}
	}
	if !strings.Contains(wf.Jobs["check"].If, "pull_request") || !runs("check", "check --content content --format github") {
		t.Error("job check: want it on pull requests, running tkpkd check --format github")
	}
	if !strings.Contains(wf.Jobs["build"].If, "refs/heads/main") || !runs("build", "make build") ||
		!has("build", "actions/upload-pages-artifact", "path", "output/site") || !has("build", "actions/upload-artifact", "path", "output/pdf") {
		t.Error("job build: want it on main only, running make build, uploading output/site for Pages and output/pdf as an artifact")
	}
	d := wf.Jobs["deploy"]
	if d.Needs != "build" || d.Permissions["pages"] != "write" || d.Permissions["id-token"] != "write" ||
		d.Environment.Name != "github-pages" || !has("deploy", "actions/deploy-pages", "", "") {
		t.Errorf("job deploy: want needs build, pages and id-token write, environment github-pages and actions/deploy-pages, got %+v", d)
	}
}

// glJob is the part of a GitLab CI job the example must have.
type glJob struct {
	Stage     string
	Rules     []struct{ If string }
	Script    []string
	Artifacts struct{ Paths []string }
}

func TestGitLabCIExample(t *testing.T) {
	var jobs map[string]any
	data := ciRead(t, "gitlab-ci.yml")
	if err := yaml.Unmarshal(data, &jobs); err != nil {
		t.Fatal(err)
	}
	job := func(name string) glJob {
		var j glJob
		node, err := yaml.Marshal(jobs[name])
		if err == nil {
			err = yaml.Unmarshal(node, &j)
		}
		if err != nil || jobs[name] == nil {
			t.Fatalf("job %s: missing or malformed (%v)", name, err)
		}
		return j
	}
	ruled := func(j glJob, text string) bool {
		return slices.ContainsFunc(j.Rules, func(r struct{ If string }) bool { return strings.Contains(r.If, text) })
	}
	pages := job("pages")
	if !ruled(pages, "$CI_DEFAULT_BRANCH") || !slices.Contains(pages.Script, "make build") ||
		!slices.Contains(pages.Script, "cp -r output/site public") || !slices.ContainsFunc(pages.Artifacts.Paths, func(p string) bool { return strings.TrimSuffix(p, "/") == "public" }) {
		t.Errorf("job pages: want it on the default branch, running make build, copying output/site to public/ and keeping public/, got %+v", pages)
	}
	check := job("check")
	if !ruled(check, "merge_request_event") || !slices.ContainsFunc(check.Script, func(s string) bool { return strings.Contains(s, "tkpkd check") }) {
		t.Errorf("job check: want it on merge requests, running tkpkd check, got %+v", check)
	}
}
