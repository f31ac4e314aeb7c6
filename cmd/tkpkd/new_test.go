package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// runNewAt runs "tkpkd new" on the given day.
func runNewAt(t *testing.T, day string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code = newCmd{today: func() time.Time { return d }, stdout: &out, stderr: &errb}.run(args)
	return code, out.String(), errb.String()
}

// fillers are what a person writes in place of each blank, valid in the
// reference content; ids get a number so each is unique.
var fillers = map[string]string{
	"title": `"Rapat Uji"`, "kind": "rakor", "city": "Serang", "venue": `"Pendopo"`, "name": `"Kepala Bappeda"`,
	"role": "Kepala", "presenter": "banten-bappeda", "text": `"Keputusan uji"`, "owner": "banten-bappeda",
	"due": "2024-12-31", "strategy": "inpres-4-2022/beban-pengeluaran", "status": "berjalan", "note": `"Sudah dikerjakan"`,
	"verification": "reported", "stage": "apbd", "scope": `"Uji"`, "amount": "1000000", "source": "antara-3849513",
	"agency": "banten-bappeda", "code": `"1.06.05.2.01.0001"`,
}

var blankValue = regexp.MustCompile(`(?m)(^\s*-\s+|^\s*|[{,]\s*)(?:([a-z_]+): |- )""`)

// fill replaces every blank of a skeleton as a person would.
func fill(t *testing.T, data string) string {
	t.Helper()
	n := 0
	return blankValue.ReplaceAllStringFunc(data, func(m string) string {
		sub := blankValue.FindStringSubmatch(m)
		key := sub[2]
		n++
		switch v, ok := fillers[key]; {
		case key == "":
			return sub[1] + `- "Tujuan uji"`
		case key == "id":
			return fmt.Sprintf("%sid: uji-%d", sub[1], n)
		case ok:
			return sub[1] + key + ": " + v
		}
		t.Fatalf("no filler for %q in:\n%s", key, data)
		return ""
	})
}

// TestNewSkeletons writes each skeleton into a copy of the reference
// content: check must refuse it with only "belum diisi" errors, each in
// the file written, and accept it once every blank is filled.
func TestNewSkeletons(t *testing.T) {
	t.Parallel()
	const day = "2024-09-30" // the reference content's as_of
	cases := []struct {
		name string
		args []string // after "new"; "DIR" is the content copy
		file string   // the file written or changed
		body string   // appended once filled (a page's text)
	}{
		{"meeting", []string{"meeting", "rakor-2024-q4", "--content", "DIR"}, "meetings/rakor-2024-q4.yaml", ""},
		{"meeting flags first", []string{"meeting", "--content", "DIR", "rakor-2024-q4"}, "meetings/rakor-2024-q4.yaml", ""},
		{"year", []string{"year", "--content", "DIR", "2025"}, "allocations/2025.yaml", ""},
		{"page", []string{"page", "panduan", "--content=DIR"}, "pages/panduan.md", "Isi halaman.\n"},
		{"follow-up", []string{"follow-up", "rakor-tkpk-banten-2023-q4/K01", "--content", "DIR"}, "meetings/rakor-tkpk-banten-2023-q4.yaml", ""},
		{"follow-up elsewhere", []string{"follow-up", "--meeting", "rakor-tkpk-banten-2024-q3", "rakor-tkpk-banten-2023-q4/K06", "--content", "DIR"}, "meetings/rakor-tkpk-banten-2024-q3.yaml", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := copyContent(t)
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "DIR", dir)
			}
			if code, out, errs := runNewAt(t, day, args...); code != 0 || !strings.Contains(out, "ditulis: ") {
				t.Fatalf("new %v: exit %d\nstdout: %s\nstderr: %s", args, code, out, errs)
			}
			code, _, errs := runTool(t, "check", "--content", dir)
			lines := strings.Split(strings.TrimSpace(errs), "\n")
			if code != 1 || len(lines) < 2 {
				t.Fatalf("check of the unfilled skeleton: exit %d, want 1; stderr:\n%s", code, errs)
			}
			for _, l := range lines[:len(lines)-1] { // the last line is the count
				if !strings.HasPrefix(l, tc.file+":") || !strings.Contains(l, ": belum diisi: tulis ") {
					t.Errorf("want only \"belum diisi\" problems in %s, got: %s", tc.file, l)
				}
			}
			path := filepath.Join(dir, tc.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			filled := fill(t, string(data)) + tc.body
			if err := os.WriteFile(path, []byte(filled), 0o644); err != nil {
				t.Fatal(err)
			}
			if code, out, errs := runTool(t, "check", "--content", dir, "--strict"); code != 0 {
				t.Errorf("check --strict of the filled skeleton: exit %d\nstderr:\n%s\nfile:\n%s", code, errs, filled)
			} else if !strings.Contains(out, ": ok: ") {
				t.Errorf("stdout %q", out)
			}
		})
	}
}

func TestNewWritesToday(t *testing.T) {
	t.Parallel()
	dir := copyContent(t)
	code, out, _ := runNewAt(t, "2024-11-05", "new-meeting-is-not-a-kind", "x")
	if code != 2 {
		t.Errorf("unknown kind: exit %d, want 2", code)
	}
	code, out, errs := runNewAt(t, "2024-11-05", "meeting", "rakor-2024-11", "--content", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "meetings", "rakor-2024-11.yaml"))
	for _, want := range []string{"\ndate: 2024-11-05 ", "\n  - id: rakor-2024-11/K01\n"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("skeleton lacks %q:\n%s", want, data)
		}
	}
	for _, banned := range []string{"Isi keputusan", "Tujuan rapat", "verification: verified", "2024-01-31"} {
		if strings.Contains(string(data), banned) {
			t.Errorf("skeleton still has %q", banned)
		}
	}
	// The date is after the content's as_of (2024-09-30): say so.
	if !strings.Contains(out, "sesudah as_of 2024-09-30") {
		t.Errorf("stdout lacks the as_of note: %s", out)
	}
}

func TestNewRefusals(t *testing.T) {
	t.Parallel()
	dir := copyContent(t)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{}, 2, "usage:"},
		{[]string{"meeting"}, 2, "usage:"},
		{[]string{"meeting", "a", "b", "--content", dir}, 2, "usage:"},
		{[]string{"meeting", "--nope", "a"}, 2, "usage:"},
		{[]string{"page", "x", "--meeting", "y", "--content", dir}, 2, "usage:"},
		{[]string{"meeting", "../escape", "--content", dir}, 2, "bukan id yang sah"},
		{[]string{"meeting", "Rakor Baru", "--content", dir}, 2, "bukan id yang sah"},
		{[]string{"year", "24", "--content", dir}, 2, "bukan tahun anggaran"},
		{[]string{"page", "../x", "--content", dir}, 2, "bukan nama halaman"},
		{[]string{"follow-up", "rakor-1: K01", "--content", dir}, 2, "bukan id keputusan"},
		{[]string{"meeting", "rakor-tkpk-banten-2024-q3", "--content", dir}, 1, "sudah ada"},
		{[]string{"year", "2024", "--content", dir}, 1, "sudah ada"},
		{[]string{"page", "tentang", "--content", dir}, 1, "sudah ada"},
		{[]string{"follow-up", "rakor-tkpk-banten-2023-q4/K99", "--content", dir}, 1, "rakor-tkpk-banten-2023-q4/K01, "},
		{[]string{"follow-up", "rakor-tkpk-banten-2023-q4/K01", "--meeting", "tidak-ada", "--content", dir}, 1, "meetings/tidak-ada.yaml"},
		{[]string{"meeting", "x", "--content", filepath.Join(dir, "meetings")}, 1, "tidak ada site.yaml"},
	} {
		code, _, errs := runNewAt(t, "2024-09-30", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("new %v: exit %d, stderr %q; want %d and %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
	// Nothing was written by a refusal.
	if data, _ := os.ReadFile(filepath.Join(dir, "pages", "tentang.md")); !bytes.Equal(data, mustRead(t, filepath.Join(repoContent, "pages", "tentang.md"))) {
		t.Error("pages/tentang.md changed")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
