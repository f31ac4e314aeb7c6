package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

func TestServeUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"serve", "--port", "-1"}, {"serve", "--port", "70000"}, {"serve", "extra"}, {"serve", "--nope"}} {
		if code, _, _ := runTool(t, args...); code != 2 {
			t.Errorf("tkpkd %v: exit %d, want 2", args, code)
		}
	}
	code, _, errs := runTool(t, "serve", "--content", t.TempDir()+"/missing", "--port", "0")
	if code != 1 || !strings.Contains(errs, "tkpkd serve:") {
		t.Errorf("serve with a missing content folder: exit %d, stderr %q; want 1 and a message", code, errs)
	}
}

func TestBrowserCommand(t *testing.T) {
	t.Parallel()
	const url = "http://127.0.0.1:8080/?a=1&b=2"
	for goos, want := range map[string]string{
		"windows": "rundll32 url.dll,FileProtocolHandler " + url,
		"darwin":  "open " + url,
		"linux":   "xdg-open " + url,
		"freebsd": "xdg-open " + url,
	} {
		name, args := browserCommand(goos, url)
		if got := strings.Join(append([]string{name}, args...), " "); got != want {
			t.Errorf("%s: %q, want %q", goos, got, want)
		}
	}
}

// TestServeOpen runs serve --open with the browser replaced: it must be
// asked to open the preview's address, and a browser that cannot start
// only draws a note. The preview ends when the fake browser cancels it.
func TestServeOpen(t *testing.T) {
	t.Parallel()
	for _, fail := range []bool{false, true} {
		ctx, cancel := context.WithCancel(context.Background())
		var opened []string
		c := serveCmd{goos: "windows", ctx: ctx, start: func(name string, args ...string) error {
			opened = append([]string{name}, args...)
			cancel()
			if fail {
				return errors.New("no such program")
			}
			return nil
		}}
		var out, errb bytes.Buffer
		code := c.run([]string{"--content", t.TempDir(), "--port", "0", "--open"}, &out, &errb)
		cancel()
		if code != 0 || len(opened) != 3 || opened[0] != "rundll32" || !strings.HasPrefix(opened[2], "http://127.0.0.1:") {
			t.Errorf("fail=%v: exit %d, opened %q, stderr %s", fail, code, opened, errb.String())
		}
		if note := strings.Contains(errb.String(), "buka "+opened[len(opened)-1]+" sendiri"); note != fail {
			t.Errorf("fail=%v: stderr %q", fail, errb.String())
		}
	}
}
