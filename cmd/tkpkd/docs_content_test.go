package main

// Every command docs/content.md shows is run here, so the guide staff
// follow step by step cannot drift from the program: each ```sh block
// whose first line is a tkpkd command runs, line by line, against a fresh
// copy of the reference content (the starter content the release ships).

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

const contentGuide = "../../docs/content.md"

// guideBlock is one ```sh block of the guide that runs tkpkd.
type guideBlock struct {
	line     int      // where the block starts in the guide
	commands []string // its lines, comments removed
}

func guideBlocks(t *testing.T) []guideBlock {
	t.Helper()
	data, err := os.ReadFile(contentGuide)
	if err != nil {
		t.Fatal(err)
	}
	var blocks []guideBlock
	var cur *guideBlock
	for i, raw := range strings.Split(string(data), "\n") {
		l := strings.TrimSpace(raw)
		switch {
		case cur == nil && l == "```sh":
			cur = &guideBlock{line: i + 1}
		case cur != nil && strings.HasPrefix(l, "```"):
			if len(cur.commands) > 0 && strings.HasPrefix(cur.commands[0], "tkpkd ") {
				blocks = append(blocks, *cur)
			}
			cur = nil
		case cur != nil:
			if c, _, _ := strings.Cut(l, "#"); strings.TrimSpace(c) != "" {
				cur.commands = append(cur.commands, strings.TrimSpace(c))
			}
		}
	}
	return blocks
}

// TestNoRaceContentGuideCommands runs outside -race in make test: it runs
// the guide's commands one after another; the build's concurrency is tested
// under -race by package build.
func TestNoRaceContentGuideCommands(t *testing.T) {
	t.Parallel()
	blocks := guideBlocks(t)
	seen := map[string]bool{}
	for _, b := range blocks {
		for _, c := range b.commands {
			if f := strings.Fields(c); len(f) > 1 {
				seen[f[1]] = true
			}
		}
	}
	for _, cmd := range []string{"serve", "check", "build", "new"} {
		if !seen[cmd] {
			t.Errorf("the guide shows no tkpkd %s example (found %d blocks)", cmd, len(blocks))
		}
	}
	for _, b := range blocks {
		t.Run(strings.ReplaceAll(b.commands[0], " ", "_"), func(t *testing.T) {
			t.Parallel()
			dir := copyContent(t)
			for _, c := range b.commands {
				runGuideCommand(t, b.line, c, dir)
			}
		})
	}
}

// runGuideCommand runs one line of the guide in the content copy dir; serve
// is only checked for its flags, since it runs until stopped.
func runGuideCommand(t *testing.T, line int, command, dir string) {
	t.Helper()
	f := strings.Fields(command)
	where := filepath.Base(contentGuide) + ":" + strconv.Itoa(line) + ": " + command
	if f[0] != "tkpkd" || len(f) < 2 {
		t.Errorf("%s: a tkpkd block may hold only tkpkd commands", where)
		return
	}
	args := f[1:]
	if args[0] == "serve" {
		_, _, usage := runTool(t, "serve", "-h")
		for _, a := range args[1:] {
			name := strings.TrimLeft(a, "-")
			if strings.HasPrefix(a, "-") && !regexp.MustCompile(`(?m)^\s+-`+regexp.QuoteMeta(name)+`\b`).MatchString(usage) {
				t.Errorf("%s: serve has no flag %s; its usage:\n%s", where, a, usage)
			}
		}
		return
	}
	// The guide's commands run in the unpacked release folder, where the
	// defaults are content/ and output/; here both are temporary.
	args = append(args, "--content", dir)
	if args[0] == "build" {
		args = append(args, "--out", filepath.Join(t.TempDir(), "output"))
	}
	code, out, errs := runTool(t, args...)
	if code != 0 {
		t.Errorf("%s: exit %d\nstdout: %s\nstderr: %s", where, code, out, errs)
		return
	}
	want := map[string]string{"check": ": ok: ", "build": "built ", "new": "ditulis: "}[args[0]]
	if !strings.Contains(out, want) {
		t.Errorf("%s: stdout %q lacks %q", where, out, want)
	}
}
