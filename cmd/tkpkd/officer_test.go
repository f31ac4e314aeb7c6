package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMain clears LANG so that problems come in the reference site's
// language (Indonesian) whatever the machine's locale; tests that want
// English ask for it with --lang.
func TestMain(m *testing.M) {
	os.Unsetenv("LANG")
	os.Exit(m.Run())
}

// officerMistake is one slip a data officer makes in the reference content.
// old is replaced (its first occurrence) by new in file; the first line
// check prints must be at the place of at (a part of new), or at the file
// alone when at is "", and must contain every fragment of want: the cause
// and the fix, in Indonesian.
type officerMistake struct {
	name, file, old, new, at string
	want                     []string
	not                      []string // must not be in the first line: a suggestion that cannot be trusted
	warning                  bool     // the mistake is a warning: check still passes
}

func officerMistakes() []officerMistake {
	const a24, a23, rakor = "allocations/2024.yaml", "allocations/2023.yaml", "meetings/rakor-tkpk-banten-2023-q4.yaml"
	return []officerMistake{
		// Codes and numbers as Excel or a letter writes them.
		{name: "unquoted region code", file: "regions.yaml", old: `code: "36.01"`, new: `code: 36.01`, at: "36.01", want: []string{"tanpa tanda kutip", `tulis "36.01"`}},
		{name: "unquoted region of an agency", file: "agencies.yaml", old: `region: "36"`, new: `region: 36`, at: "36", want: []string{`tulis "36"`}},
		{name: "unquoted budget code", file: a24, old: `code: "1.02.02.1.02.0027"`, new: `code: 1.02`, at: "1.02", want: []string{`tulis "1.02"`}},
		{name: "Rp and thousands dots", file: a24, old: "amount: 1700000000000 ", new: "amount: Rp 1.700.000.000.000 ", at: "Rp", want: []string{"bukan angka", "tulis 1700000000000"}},
		{name: "amount in words", file: a24, old: "amount: 1700000000000 ", new: "amount: 1,7 triliun ", at: "1,7", want: []string{"tulis 1700000000000", "approximate: true"}},
		{name: "line amount with dots", file: a24, old: "amount: 476250600000", new: "amount: 476.250.600.000", at: "476", want: []string{"tulis 476250600000"}},
		{name: "one thousands dot", file: a24, old: "amount: 476250600000", new: "amount: 476.250", at: "476", want: []string{"titik pemisah ribuan", "tulis 476250"}},
		{name: "amount with decimals", file: a24, old: "amount: 476250600000", new: "amount: 476250600000,00", at: "476", want: []string{"tulis 476250600000"}},
		{name: "amount negative", file: a24, old: "amount: 476250600000", new: "amount: -476250600000", at: "-", want: []string{"tidak boleh negatif"}},
		{name: "misspelt amount key", file: a24, old: "    amount: 476250600000", new: "    ammount: 476250600000", at: "ammount", want: []string{`kunci "ammount" tidak dikenal`, `maksudnya "amount"`}},
		{name: "decimal comma in a record", file: "indicators.yaml", old: "value: 9.92", new: "value: 9,92", at: "9,92", want: []string{"koma desimal", "tulis 9.92"}},
		{name: "decimal comma quoted", file: "indicators.yaml", old: "value: 9.92", new: `value: "9,92"`, at: `"9,92"`, want: []string{"koma desimal", "tulis 9.92"}},
		{name: "unquoted period", file: "indicators.yaml", old: `period: "2020"`, new: `period: 2020`, at: "2020", want: []string{`tulis "2020"`}},
		{name: "percent sign in a value", file: "indicators.yaml", old: "value: 9.92", new: `value: "9.92%"`, at: `"9.92%"`, want: []string{"bukan angka", "6.17"}},
		// Dates as people write them.
		{name: "date with slashes", file: "site.yaml", old: "as_of: 2024-09-30", new: "as_of: 30/09/2024", at: "30/", want: []string{"TTTT-BB-HH", "tulis 2024-09-30"}},
		{name: "date in words", file: rakor, old: "date: 2023-12-07", new: "date: 7 Desember 2023", at: "7 Des", want: []string{"tulis 2023-12-07"}},
		{name: "date with day name", file: rakor, old: "date: 2023-12-07", new: "date: Kamis, 7 Desember 2023", at: "Kamis", want: []string{"tulis 2023-12-07"}},
		{name: "date in words March", file: rakor, old: "due: 2024-03-31", new: "due: 20 Maret 2024", at: "20 M", want: []string{"tulis 2024-03-20"}},
		{name: "date with dots", file: rakor, old: "due: 2024-03-31", new: "due: 31.03.2024", at: "31.", want: []string{"tulis 2024-03-31"}},
		{name: "date that does not exist", file: rakor, old: "due: 2024-02-29", new: "due: 2024-02-30", at: "2024-02-30", want: []string{"tidak ada di kalender"}},
		// Spaces, tabs and layout pasted from elsewhere.
		{name: "NBSP indentation", file: "regions.yaml", old: `    name: "Provinsi Banten"`, new: "\u00a0   name: \"Provinsi Banten\"", at: "\u00a0", want: []string{"spasi tak-putus", "ketik ulang spasinya"}},
		{name: "NBSP after a colon", file: "site.yaml", old: `title: "Laporan`, new: "title:\u00a0\"Laporan", at: "\u00a0", want: []string{"spasi tak-putus", "kolom 7"}},
		{name: "over-indentation", file: "regions.yaml", old: `    bps_code: "36"`, new: `     bps_code: "36"`, at: "bps_code", want: []string{"menjorok 5 spasi, 1 spasi lebih dalam", "hapus 1 spasi"}},
		{name: "under-indentation", file: "regions.yaml", old: `    bps_code: "36"`, new: `   bps_code: "36"`, at: "bps_code", want: []string{"menjorok 3 spasi, 1 spasi kurang", "tambahkan 1 spasi"}},
		{name: "tab after a dash", file: rakor, old: "    - banten-bappeda", new: "    -\tbanten-bappeda", at: "\t", want: []string{"tab di kolom 6", "ganti tab dengan spasi"}},
		{name: "tab indentation", file: "site.yaml", old: "  email:", new: "\temail:", at: "\t", want: []string{"tab di kolom 1"}},
		{name: "colon in unquoted text", file: rakor, old: `title: "Rapat Koordinasi Penanggulangan Kemiskinan Provinsi Banten"`, new: `title: Rapat: Koordinasi`, at: ": K", want: []string{`": " kedua`, "tanda kutip ganda"}},
		{name: "reserved first character", file: rakor, old: `title: "Rapat Koordinasi`, new: `title: @Rapat Koordinasi`, at: "@", want: []string{"dicadangkan YAML", "tanda kutip ganda"}},
		{name: "unclosed quote", file: rakor, old: `title: "Rapat Koordinasi Penanggulangan Kemiskinan Provinsi Banten"`, new: `title: "Rapat Koordinasi`, at: `"`, want: []string{"tanda kutip yang dibuka di sini tidak ditutup"}},
		{name: "two documents", file: "sources.yaml", old: "sources:", new: "---\nx: 1\n---\nsources:", at: "---\nsources", want: []string{"beberapa dokumen YAML"}},
		{name: "empty file", file: "regions.yaml", old: "", new: "\x00empty", want: []string{"kosong", "masalah lain mengikuti dari ini"}},
		{name: "not UTF-8", file: "agencies.yaml", old: "Dinas Kesehatan", new: "Dinas Keseh\xe9tan", at: "\xe9", want: []string{"bukan teks UTF-8", "Save with Encoding"}},
		// Files in the wrong place.
		{name: "Word minutes in meetings", file: "meetings/notulen-rakor.docx", old: "", new: "\x00PK", want: []string{"dokumen .docx", "meetings/<id-rapat>.md"}, warning: true},
		{name: "spreadsheet in allocations", file: "allocations/sipd-2024.xlsx", old: "", new: "\x00PK", want: []string{"lembar kerja .xlsx", "allocations/<tahun>.yaml"}, warning: true},
		{name: "minutes of a broken meeting", file: rakor, old: `title: "Rapat Koordinasi Penanggulangan Kemiskinan Provinsi Banten"`, new: `title: "Rapat Koordinasi`, at: `"`, want: []string{"tidak ditutup", "masalah lain mengikuti dari ini"}},
		{name: "year does not match the file", file: a24, old: "year: 2024", new: "year: 2023", at: "2023", want: []string{"tidak sesuai dengan letak berkasnya", "allocations/2024"}},
		{name: "meeting id does not match the file", file: rakor, old: "id: rakor-tkpk-banten-2023-q4\n", new: "id: rakor-tkpk-banten-2023-q5\n", at: "rakor", want: []string{"tidak sesuai dengan nama berkas", "ganti salah satunya"}},
		// Ids and references.
		{name: "renamed agency", file: "agencies.yaml", old: "id: banten-dinsos,", new: "id: banten-dinsos-prov,", at: "", want: []string{"apakah sudah diganti namanya?", "dipakai di 15 tempat"}},
		{name: "misspelt agency", file: a24, old: "agency: banten-dinkes", new: "agency: banten-dinkess", at: "banten-dinkess", want: []string{`tidak ada perangkat daerah dengan id "banten-dinkess"`, `apakah maksudnya "banten-dinkes" (Dinas Kesehatan Provinsi Banten)?`}},
		{name: "agency id in capitals", file: "agencies.yaml", old: "id: banten-dinkes,", new: "id: Banten-Dinkes,", at: "Banten", want: []string{"bukan id yang sah", `"banten-dinkes"`, "masalah lain mengikuti dari ini"}},
		{name: "agency of another office", file: a24, old: "agency: banten-dinkes", new: "agency: banten-bpbd", at: "banten-bpbd", want: []string{`tidak ada perangkat daerah dengan id "banten-bpbd"`}, not: []string{"apakah maksudnya"}},
		{name: "minutes of the next meeting", file: "meetings/rakor-tkpk-banten-2023-q5.md", old: "", new: "\x00# Notulen\n", want: []string{"notulen untuk rapat yang tidak ada", "meetings/rakor-tkpk-banten-2023-q5.yaml"}, not: []string{"apakah maksudnya"}},
		{name: "misspelt source", file: a23, old: "source: antara-3849513", new: "source: antara-384951", at: "antara", want: []string{`apakah maksudnya "antara-3849513"`}},
		{name: "wrong status word", file: rakor, old: "status: baru", new: "status: selsai", at: "selsai", want: []string{"bukan nilai yang dibolehkan", `maksudnya "selesai"`}},
		{name: "overdue written", file: rakor, old: "status: baru", new: "status: terlambat", at: "terlambat", want: []string{`tidak boleh ditulis "terlambat"`}},
		{name: "Indonesian verification", file: rakor, old: "verification: illustrative", new: "verification: ilustratif", at: "ilustratif", want: []string{`maksudnya "illustrative"`}},
		{name: "misspelt stage", file: a24, old: "stage: rka", new: "stage: rkaa", at: "rkaa", want: []string{`maksudnya "rka"`}},
		{name: "yes for true", file: a24, old: "approximate: true", new: "approximate: ya", at: "ya", want: []string{"harus true atau false"}},
		{name: "unknown field", file: a24, old: "    approximate: true", new: "    approximate: true\n    catatan: x", at: "catatan", want: []string{"bukan kolom yang dikenal"}},
		{name: "missing title", file: rakor, old: "title: \"Rapat Koordinasi Penanggulangan Kemiskinan Provinsi Banten\"\n", new: "", at: "", want: []string{"title: wajib diisi", "tambahkan baris title:"}},
		{name: "web address without scheme", file: "site.yaml", old: `base_url: "https://tkpkd.bantenprov.go.id/"`, new: `base_url: "tkpkd.bantenprov.go.id"`, at: `"tkpkd`, want: []string{"bukan alamat web", "https://"}},
		{name: "precision zero", file: a24, old: "precision: 100000000000", new: "precision: 0", at: "0", want: []string{"paling kecil 1"}},
	}
}

// TestOfficerMistakes checks that for each mistake the first line check
// prints names the real cause, in Indonesian, at file:line:col, with the
// fix; that nothing follows from it as a separate, earlier error; and
// that no English or parser text reaches the officer.
func TestOfficerMistakes(t *testing.T) {
	t.Parallel()
	cases := officerMistakes()
	if len(cases) < 40 {
		t.Fatalf("%d mistakes; the issue asks for at least 40", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := copyContent(t)
			where := applyMistake(t, dir, tc)
			code, _, errs := runTool(t, "check", "--content", dir)
			if want := 1 - boolToInt(tc.warning); code != want {
				t.Errorf("exit %d, want %d", code, want)
			}
			first, _, _ := strings.Cut(errs, "\n")
			if where != "" && !strings.HasPrefix(first, where) {
				t.Errorf("first line:\n%s\nwant it at %s; all:\n%s", first, where, errs)
			}
			if where == "" && !strings.HasPrefix(first, tc.file) && tc.at == "" && tc.old != "" && !strings.Contains(tc.name, "renamed") && !strings.Contains(tc.name, "missing") {
				t.Errorf("first line %q, want it about %s", first, tc.file)
			}
			for _, w := range tc.want {
				if !strings.Contains(first, w) {
					t.Errorf("first line:\n%s\nwant it to say %q; all:\n%s", first, w, errs)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(first, w) {
					t.Errorf("first line:\n%s\nmust not say %q", first, w)
				}
			}
			for _, english := range []string{"mapping values", "did not find", "could not find", "cannot start any token", "YAML says", "yaml: line", "did you mean", "(got ", "want ", " is not ", "errors", "warning"} {
				if strings.Contains(errs, english) {
					t.Errorf("English or parser text %q reaches the officer:\n%s", english, errs)
				}
			}
		})
	}
}

// applyMistake edits the copied content and returns "file:line:col: " of
// at in the edited file, or "file: " for a problem with the whole file.
// new starting with a NUL byte is the whole content of a new file.
func applyMistake(t *testing.T, dir string, tc officerMistake) string {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(tc.file))
	if strings.HasPrefix(tc.new, "\x00") {
		data := tc.new[1:]
		if data == "empty" {
			data = "# belum diisi\n"
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return tc.file + ": "
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(raw), tc.old)
	if i < 0 || tc.old == "" {
		t.Fatalf("%s does not contain %q", tc.file, tc.old)
	}
	edited := string(raw[:i]) + tc.new + string(raw[i+len(tc.old):])
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if tc.at == "" {
		return ""
	}
	j := strings.Index(tc.new, tc.at)
	if j < 0 {
		t.Fatalf("at %q is not in new %q", tc.at, tc.new)
	}
	off := i + j
	line := strings.Count(edited[:off], "\n") + 1
	col := len([]rune(edited[strings.LastIndexByte(edited[:off], '\n')+1:off])) + 1
	return tc.file + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": "
}

func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
