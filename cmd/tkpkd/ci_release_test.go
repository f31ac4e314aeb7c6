package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestCIExamplesAreStrict: a warning (an unused source, a figure after
// as_of) must stop a CI run, so every check in every example is --strict.
func TestCIExamplesAreStrict(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join(ciDocs, "*.yml"))
	if len(names) < 4 {
		t.Fatalf("want at least 4 examples in %s, got %q", ciDocs, names)
	}
	for _, p := range names {
		name := filepath.Base(p)
		checks := 0
		for _, line := range ciScripts(ciLoad(t, name)) {
			for _, c := range ciCalls(name+": "+line, line) {
				if c.cmd == "check" {
					checks++
					if !slices.Contains(c.args, "--strict") {
						t.Errorf("%s: check without --strict", c.where)
					}
				}
			}
		}
		if checks == 0 {
			t.Errorf("%s: runs no tkpkd check", name)
		}
	}
}

// TestGitLabImageHasGoModsGo: the official Go image sets GOTOOLCHAIN=local,
// so its Go must be at least the release go.mod names.
func TestGitLabImageHasGoModsGo(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	need := goVersion(t, regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(mod))
	if m := regexp.MustCompile(`(?m)^toolchain go(\S+)$`).FindSubmatch(mod); m != nil {
		need = max(need, goVersion(t, m)) // lexical on zero-padded parts
	}
	var doc map[string]any
	if err := yaml.Unmarshal(ciRead(t, "gitlab-ci.yml"), &doc); err != nil {
		t.Fatal(err)
	}
	image, _ := doc["image"].(string)
	m := regexp.MustCompile(`^golang:([0-9]+\.[0-9]+\.[0-9]+)(-[a-z0-9]+)?$`).FindStringSubmatch(image)
	if m == nil {
		t.Fatalf("gitlab-ci.yml: image %q is not an official golang image pinned to a release (golang:X.Y.Z[-variant])", image)
	}
	if got := goVersion(t, [][]byte{nil, []byte(m[1])}); got < need {
		t.Errorf("gitlab-ci.yml: image %s has Go %s, older than go.mod needs", image, m[1])
	}
}

// goVersion turns "1.26.8" into a string that compares by release.
func goVersion(t *testing.T, m [][]byte) string {
	t.Helper()
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	parts := strings.Split(string(m[1]), ".")
	for len(parts) < 3 {
		parts = append(parts, "0")
	}
	var b strings.Builder
	for _, p := range parts[:3] {
		n, err := strconv.Atoi(p)
		if err != nil {
			t.Fatalf("version %q: %v", m[1], err)
		}
		b.WriteString(strconv.Itoa(100000 + n))
	}
	return b.String()
}

// TestGitHubReleaseExample: on a tag, make dist with the tag as version,
// and the archives attached to the tag's release.
func TestGitHubReleaseExample(t *testing.T) {
	var wf struct {
		On struct {
			Push struct{ Tags []string }
		} `yaml:"on"`
		Permissions map[string]string
		Jobs        map[string]struct {
			Steps []struct {
				Uses string
				Run  string
				With map[string]string
			}
		}
	}
	data := ciRead(t, "github-release.yml")
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(wf.On.Push.Tags, "v*") || wf.Permissions["contents"] != "write" {
		t.Errorf("want a trigger on pushed v* tags and contents: write, got %+v %v", wf.On, wf.Permissions)
	}
	var runs []string
	setupGo := false
	for _, j := range wf.Jobs {
		for _, s := range j.Steps {
			runs = append(runs, s.Run)
			setupGo = setupGo || (strings.HasPrefix(s.Uses, "actions/setup-go@") && s.With["go-version-file"] == "go.mod")
		}
	}
	all := strings.Join(runs, "\n")
	for _, want := range []string{"make dist VERSION=${{ github.ref_name }}", `gh release create "${{ github.ref_name }}" dist/*`} {
		if !strings.Contains(all, want) {
			t.Errorf("no step runs %q", want)
		}
	}
	if !setupGo {
		t.Error("want actions/setup-go with go-version-file: go.mod")
	}
	// The Makefile has the dist target the example runs, writing to dist/.
	mk, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^dist:`).Match(mk) || !regexp.MustCompile(`(?m)^DISTDIR\s*\??=\s*dist$`).Match(mk) {
		t.Error("the Makefile has no dist target writing to dist/")
	}
	for _, line := range ciScripts(ciLoad(t, "github-release.yml")) {
		for _, c := range ciCalls("github-release.yml: "+line, line) {
			ciCheckCall(t, c)
		}
	}
}
