package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeSheet(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestImportAllocationsCommand(t *testing.T) {
	t.Parallel()
	dir := copyContent(t)
	csv := writeSheet(t, "rka.csv", "Kode Sub Kegiatan;Nama Sub Kegiatan;Perangkat Daerah;Pagu\n1.06.04.1.02.0001;Permakanan Lansia;Dinas Sosial;Rp 1.700.000.000,00\n")
	// The file may come after the flags or before them.
	code, out, errs := runTool(t, "import", "allocations", "--content", dir, "--year", "2025", "--stage", "rka", "--source", "sipd-kemendagri", csv)
	if code != 0 || !strings.Contains(out, "+ rka-2025-banten-dinsos-1.06.04.1.02.0001  Permakanan Lansia  Rp1.700.000.000") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	written, err := os.ReadFile(filepath.Join(dir, "allocations", "2025.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runTool(t, "check", "--content", dir); code != 0 {
		t.Fatalf("check after import: exit %d\n%s", code, errs)
	}
	code, out, _ = runTool(t, "import", "allocations", csv, "--content", dir, "--year", "2025", "--stage", "rka", "--source", "sipd-kemendagri")
	again, _ := os.ReadFile(filepath.Join(dir, "allocations", "2025.yaml"))
	if code != 0 || !strings.Contains(out, "tidak ada perubahan") || string(again) != string(written) {
		t.Errorf("re-import: exit %d, stdout %q, file changed %v", code, out, string(again) != string(written))
	}
}

// An import whose result would not pass check writes nothing.
func TestImportRefusesContentThatDoesNotCheck(t *testing.T) {
	t.Parallel()
	dir := copyContent(t)
	path := filepath.Join(dir, "allocations", "2024.yaml")
	before, _ := os.ReadFile(path)
	csv := writeSheet(t, "rka.csv", "Kode;Nama;SKPD;Pagu\n1.02.02.1.02.0027;Jaminan Kesehatan;Dinkes;1.000\n")
	code, _, errs := runTool(t, "import", "allocations", csv, "--content", dir, "--year", "2024", "--stage", "rka", "--source", "sipd-kemendagri")
	after, _ := os.ReadFile(path)
	if code != 1 || !strings.Contains(errs, "amount (ringkasan rka-2024-kemiskinan-ekstrem)") || !strings.Contains(errs, "tidak ada yang ditulis") || string(after) != string(before) {
		t.Errorf("exit %d, file changed %v, stderr:\n%s", code, string(after) != string(before), errs)
	}
}

func TestImportUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"import"},
		{"import", "budget", "x.csv"},
		{"import", "allocations", "x.csv"},
		{"import", "allocations", "--year", "2024", "--stage", "rka"},
		{"import", "observations", "x.csv"},
	} {
		if code, _, errs := runTool(t, args...); code != 2 || !strings.Contains(errs, "usage: tkpkd import") {
			t.Errorf("%q: exit %d, stderr %q; want 2 and the usage", args, code, errs)
		}
	}
	code, _, errs := runTool(t, "import", "allocations", "missing.xlsx", "--year", "2024", "--stage", "rka", "--content", repoContent)
	if code != 1 || !strings.Contains(errs, "missing.xlsx") {
		t.Errorf("a missing spreadsheet: exit %d, stderr %q", code, errs)
	}
}

func TestImportObservationsCommand(t *testing.T) {
	t.Parallel()
	dir := copyContent(t)
	csv := writeSheet(t, "bps.csv", "Kabupaten/Kota;2024\nLebak;8,2\n")
	code, out, errs := runTool(t, "import", "observations", csv, "--content", dir, "--indicator", "kemiskinan-persen", "--source", "tribun-banten-2024-02-11", "--lang", "en")
	if code != 0 || !strings.Contains(out, "+ 36.02 2024  Kabupaten Lebak  8.2") || !strings.Contains(out, "1 added, 0 changed, 0 removed") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if code, _, errs := runTool(t, "check", "--content", dir); code != 0 {
		t.Fatalf("check after import: exit %d\n%s", code, errs)
	}
}
