package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestGen(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "content")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"gen", "--size", "province", "--seed", "3", "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("gen exit = %d, want 0; stderr: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "9 regions") {
		t.Errorf("gen summary = %q, want the region count", stdout.String())
	}
	stdout.Reset()
	if code := run([]string{"check", "--content", out}, &stdout, &stderr); code != 0 {
		t.Errorf("check of generated content exit = %d, want 0; stderr: %s", code, stderr.String())
	}
}

func TestGenUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"gen"}, // no --out
		{"gen", "--size", "planet", "--out", "x"},    // unknown size
		{"gen", "--out", "x", "extra"},               // stray argument
		{"gen", "--seed", "minus-one", "--out", "x"}, // not a number
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("%v: exit = %d, want 2 (usage)", args, code)
		}
	}
}
