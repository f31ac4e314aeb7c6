package main

import (
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
