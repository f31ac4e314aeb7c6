package validate_test

import (
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/internal/agree"
)

// TestMalformed feeds one mistake at a time and expects the problem to name
// the right file, line, column and field; check and build must agree on it. want is a prefix of one printed
// problem (file:line:col: field:) followed by "|" and a fragment of its message.
func TestMalformed(t *testing.T) {
	t.Parallel()
	const alloc = "allocations/2024.yaml"
	const m1 = "meetings/rakor-1.yaml"
	cases := []struct {
		name  string
		files map[string]string
		want  string
	}{
		// Integer money.
		{"money fraction", with(alloc, "amount: 80000000000", "amount: 2.5"), alloc + ":32:13: amount (budget line l3): |must be a whole number (got 2.5)"},
		{"money exponent", with(alloc, "amount: 80000000000", "amount: 2.2e12"), alloc + ":32:13: amount (budget line l3): |written with an exponent (got 2.2e12"},
		{"money string", with(alloc, "amount: 80000000000", `amount: "2,2"`), alloc + `:32:13: amount (budget line l3): |is text, not a number (got "2,2"`},
		{"money octal", with(alloc, "amount: 80000000000", "amount: 010"), alloc + ":32:13: amount (budget line l3): |starts with 0"},
		{"money hex", with(alloc, "amount: 80000000000", "amount: 0x10"), alloc + ":32:13: amount (budget line l3): |starts with 0"},
		{"money negative", with(alloc, "amount: 80000000000", "amount: -5"), alloc + ":32:13: amount (budget line l3): |must not be negative"},
		{"money thousands dots", with(alloc, "amount: 80000000000", "amount: 80.000.000.000"), alloc + `:32:13: amount (budget line l3): |is text, not a number (got "80.000.000.000"); write 80000000000`},
		{"money missing", with(alloc, "    amount: 80000000000\n", ""), alloc + ":28:5: amount (budget line l3): |is required but missing"},
		{"money too large", with(alloc, "amount: 80000000000", "amount: 99999999999999999999"), alloc + ":32:13: amount (budget line l3): |too large"},
		{"precision zero", with(alloc, "precision: 100000000000", "precision: 0"), alloc + ":8:16: precision (summary total-2024): |must be at least 1"},
		// Codes, dates, periods, booleans.
		{"unquoted region code", with("regions.yaml", `code: "36.01"`, `code: 36.01`), `regions.yaml:3:12: code (region 2): |36.01 is written without quotes, so YAML reads it as a number or other value, not text (36.10 becomes 36.1); write "36.01" in double quotes`},
		{"unquoted location", with(alloc, `locations: ["36.01"]`, `locations: [36.01]`), alloc + `:19:17: locations 1 (budget line l1): |36.01 is written without quotes`},
		{"bad region code", with("regions.yaml", `code: "36.01"`, `code: "36.1"`), `regions.yaml:3:12: code (region 36.1): |is not a region code`},
		{"impossible date", with(m1, "date: 2023-12-07", "date: 2023-02-30"), m1 + ":3:7: date: |this date does not exist (got \"2023-02-30\")"},
		{"date not ISO", with(m1, "due: 2024-01-31", "due: 31-01-2024"), m1 + ":12:10: due (decision rakor-1/K01): |dates are written YYYY-MM-DD (got \"31-01-2024\"); write 2024-01-31"},
		{"date short form", with(m1, "due: 2024-01-31", "due: 2024-1-5"), m1 + ":12:10: due (decision rakor-1/K01): |dates are written YYYY-MM-DD (got \"2024-1-5\"); write 2024-01-05"},
		{"period unquoted", with("indicators.yaml", `period: "2022"`, `period: 2022`), `indicators.yaml:12:48: period (observation 2): |write "2022" in double quotes`},
		{"period malformed", with("indicators.yaml", `period: "2023-03"`, `period: "2023-13"`), `indicators.yaml:11:43: period (observation 1): |not a valid period (got "2023-13")`},
		{"bool yes", with(alloc, "approximate: true", "approximate: yes"), alloc + `:7:18: approximate (summary total-2024): |must be true or false`},
		{"year mismatch", with(alloc, "year: 2024", "year: 2023"), alloc + ":1:7: year: |does not match the file's place (got 2023, want 2024"},
		{"year file name", with("allocations/x2024.yaml", "", "year: 2024\n"), "allocations/x2024.yaml: |not named after a budget year"},
		// Enums, unknown keys, required fields.
		{"bad stage", with(alloc, "stage: rka\n    amount: 1700000000000", "stage: apbd2\n    amount: 1700000000000"), alloc + `:5:12: stage (summary total-2024): |got "apbd2", want one of rkpd, kua_ppas, rka, apbd, apbd_p, realisasi); did you mean "apbd"?`},
		{"bad agency kind", with("agencies.yaml", "kind: opd, name: DPRKP", "kind: dinas, name: DPRKP"), `agencies.yaml:3:37: kind (agency dprkp): |is not one of the allowed values (got "dinas"`},
		{"bad verification", with(m1, "    status: baru\n", "    status: baru\n    verification: ilustratif\n"), m1 + `:14:19: verification (decision rakor-1/K01): |did you mean "illustrative"?`},
		{"status terlambat written", with(m1, "status: baru", "status: terlambat"), m1 + `:13:13: status (decision rakor-1/K01): |cannot be written as "terlambat"`},
		{"unknown key", with(alloc, "    name: Panti\n", "    name: Panti\n    tags: [x]\n"), alloc + `:32:5: tags (budget line l3): |is not a known field here (known fields: id, stage, agency`},
		{"misspelt key", with(alloc, "    name: RTLH", "    nama: RTLH"), alloc + `:24:5: name (budget line l2): |the key "nama" is not known; did you mean "name"? Rename nama: to name:`},
		{"misspelt top key", with("site.yaml", "publisher:", "publsher:"), `site.yaml:2:1: publisher: |did you mean "publisher"?`},
		{"missing title", with(m1, "title: Rakor TKPKD\n", ""), m1 + ":1:1: title: |is required but missing"},
		{"missing source of a figure", with(alloc, "    source: antara\n", ""), alloc + ":4:5: source (summary total-2024): |is required for a figure"},
		{"uptd without parent", with("agencies.yaml", ", parent: dinsos}", "}"), "agencies.yaml:4:5: parent (agency uptd-panti): |is required for a UPTD"},
		{"province parent", with("regions.yaml", `kind: provinsi}`, `kind: provinsi, parent: "36"}`), `regions.yaml:2:65: parent (region 1): |must be empty for a province`},
		{"kabupaten without parent", with("regions.yaml", `kind: kabupaten, parent: "36"}`+"\n  - {code: \"36.02\"", `kind: kabupaten}`+"\n  - {code: \"36.02\""), `regions.yaml:3:5: parent (region 36.01): |is required for a kabupaten`},
		{"uptd parent is uptd", with("agencies.yaml", "  - {id: uptd-panti", "  - {id: uptd-2, region: \"36\", kind: uptd, name: UPTD 2, parent: uptd-panti}\n  - {id: uptd-panti"), "agencies.yaml:4:66: parent (agency uptd-2): |must name an OPD, not another UPTD"},
		{"bad url scheme", with("sources.yaml", "https://example.org/berita", "javascript:alert(1)"), `sources.yaml:5:10: url (source antara): |is not a web address`},
		{"bad id", with("sources.yaml", "id: sipd", "id: SIPD Kemendagri"), `sources.yaml:6:9: id (source 2): |is not a valid id (got "SIPD Kemendagri"`},
		{"traversal id", with("sources.yaml", "id: sipd", "id: ../../etc"), `sources.yaml:6:9: id (source ../../etc): |is not a valid id`},
		// Duplicates and references.
		{"duplicate line id", with(alloc, "id: l2", "id: l1"), alloc + `:21:9: id (budget line l1): |duplicates the budget line id "l1" already defined at ` + alloc + ":12:9"},
		{"duplicate across files", with("meetings/rakor-3.yaml", "", "id: rakor-3\ntitle: X\ndate: 2024-01-02\ndecisions:\n  - {id: rakor-3/K01, text: a, owner: dinsos}\n  - {id: rakor-3/K01, text: b, owner: dinsos}\n"), `meetings/rakor-3.yaml:6:10: id (decision rakor-3/K01): |duplicates the decision id "rakor-3/K01"`},
		{"duplicate key in record", with(alloc, "    name: RTLH\n", "    name: RTLH\n    name: Lagi\n"), alloc + ":25:5: name (budget line l2): |is written twice in the same record (first at line 24)"},
		{"dangling agency", with(alloc, "agency: dprkp", "agency: dprk"), alloc + `:23:13: agency (budget line l2): |names no agency with the id "dprk" in agencies.yaml; did you mean "dprkp"`},
		{"dangling region", with(alloc, `locations: ["36.01"]`, `locations: ["36.09"]`), alloc + `:19:17: locations 1 (budget line l1): |names no region with the id "36.09"`},
		{"dangling source", with(alloc, "source: antara", "source: antar"), alloc + `:10:13: source (summary total-2024): |names no source with the id "antar"`},
		{"dangling item", with(alloc, "strategy: inpres/beban", "strategy: inpres/bebann"), alloc + `:18:15: strategy (budget line l1): |names no strategy item with the id "inpres/bebann"`},
		{"item without framework", with(alloc, "strategy: inpres/beban", "strategy: beban"), alloc + `:18:15: strategy (budget line l1): |want framework/item`},
		{"dangling decision", with("meetings/rakor-2.yaml", "decision: rakor-1/K02", "decision: rakor-1/K03"), `meetings/rakor-2.yaml:6:16: decision (follow-up 2): |names no decision with the id "rakor-1/K03"`},
		{"dangling owner", with(m1, "owner: dprkp", "owner: dprkpp"), m1 + `:10:12: owner (decision rakor-1/K01): |names no agency or region with the id "dprkpp"`},
		{"dangling part", with("strategies.yaml", "part: kronis", "part: kronik"), `strategies.yaml:12:50: part (item pokok, framework banten): |names no part with the id "kronik" in the parts of framework banten; did you mean "kronis" (Kronis)?`},
		{"dangling method", with("indicators.yaml", "method: ppp2011", "method: ppp2017"), `indicators.yaml:12:77: method (observation 2): |names no method with the id "ppp2017"`},
		{"method required", with("indicators.yaml", ", method: ppp2011", ""), `indicators.yaml:12:5: method (observation 2): |is required: indicator ekstrem is measured by more than one method`},
		{"method out of span", with("indicators.yaml", `period: "2022", value: 1.18`, `period: "2024", value: 1.18`), `indicators.yaml:12:77: method (observation 2): |method ppp2011 applies to 2021-2023, not to 2024`},
		{"duplicate observation", with("indicators.yaml", "targets:", `  - {indicator: p0, region: "36", period: "2023-03", value: 6.2, source: antara}`+"\ntargets:"), `indicators.yaml:13:5: observations: |duplicates an observation of p0 for 36 in 2023-03`},
		{"mapping same framework", with("strategies.yaml", "to: inpres/beban", "to: banten/pokok"), `strategies.yaml:14:30: to (mapping 1): |maps an item to the same framework`},
		// Decisions and follow-ups.
		{"decision id form", with(m1, "id: rakor-1/K02", "id: rakor-1/2"), m1 + `:15:9: id (decision rakor-1/2): |is not of the form <meeting-id>/K<nn> (got "rakor-1/2", want e.g. "rakor-1/K01")`},
		{"decision id other meeting", with(m1, "id: rakor-1/K02", "id: rakor-9/K02"), m1 + `:15:9: id (decision rakor-9/K02): |is not of the form <meeting-id>/K<nn>`},
		{"meeting id vs file", with(m1, "id: rakor-1\n", "id: rakor-01\n"), m1 + `:1:5: id: |does not match the file name (got "rakor-01", want "rakor-1"`},
		{"follow-up after as_of", with("meetings/rakor-2.yaml", "status: berjalan, as_of: 2024-03-14", "status: berjalan, as_of: 2024-07-01"), `meetings/rakor-2.yaml:6:54: as_of (follow-up 2): |is after the site's as_of (got 2024-07-01, want 2024-06-30 or earlier)`},
		{"follow-up before decision", with("meetings/rakor-2.yaml", "status: berjalan, as_of: 2024-03-14", "status: berjalan, as_of: 2023-11-01"), `meetings/rakor-2.yaml:6:54: as_of (follow-up 2): |is before the meeting that made decision rakor-1/K02`},
		{"minutes without meeting", with("meetings/rakor-9.md", "", "# Notulen\n"), `meetings/rakor-9.md: |holds minutes for a meeting that does not exist`},
		// Reconciliation.
		{"total does not reconcile", with(alloc, "amount: 650000000000", "amount: 750000000000"), alloc + ":6:13: amount (summary total-2024): |the 3 lines of 2024 rka in region 36 add up to Rp1.830.000.000.000, the summary states Rp1.700.000.000.000"},
		{"agency count", with(alloc, "{opd: 2, uptd: 1}", "{opd: 3, uptd: 1}"), alloc + ":9:21: agencies_count (summary total-2024): |they name 2 OPD and 1 UPTD, the summary states 3 OPD and 1 UPTD"},
		// Defensive reading.
		{"tab indentation", with("regions.yaml", "  - {code: \"36.02\"", "\t- {code: \"36.02\""), "regions.yaml:4:1: |has a tab at column 1; YAML allows only spaces"},
		{"invalid utf-8", with("agencies.yaml", "name: Dinas Sosial", "name: Dinas Sosi\xe9l"), "agencies.yaml:2:59: |is not valid UTF-8"},
		{"empty file", with("regions.yaml", "", "# only a comment\n"), "regions.yaml: |is empty"},
		{"two documents", with("regions.yaml", "", base["regions.yaml"]+"---\nregions: []\n"), "regions.yaml:5:1: |holds several YAML documents"},
		{"colon in text", with(m1, "text: Verifikasi data RTLH", "text: Catatan: verifikasi data"), m1 + ":9:18: |a second \": \" inside an unquoted value; put the value in double quotes"},
		{"unclosed bracket", with("regions.yaml", `kind: kabupaten, parent: "36"}`+"\n  - {code: \"36.02\"", `kind: kabupaten, parent: "36"`+"\n  - {code: \"36.02\""), "regions.yaml:3:3: |"},
		{"bad indentation", with(alloc, "    agency: dprkp", "   agency: dprkp"), alloc + ":23:"},
		{"at sign", with("sources.yaml", "title: SIPD", "title: @sipd"), "sources.yaml:8:12: |the value starts with a character YAML reserves"},
		{"alias bomb", with("regions.yaml", "", aliasBomb()), "regions.yaml:"},
		{"missing site.yaml", with("site.yaml", "", ""), "site.yaml: |is missing; every content folder needs a site.yaml"},
		{"page without front matter", with("pages/tentang.md", "", "# Tentang\n"), "pages/tentang.md:1:1: |has no front matter"},
		{"page lang mismatch", with("pages/tentang.en.md", "", "---\ntitle: About\nlang: id\n---\nBody\n"), `pages/tentang.en.md:3:7: lang: |does not match the file name`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			problems := agree.Files(t, tc.files) // check and build, compared
			if !problems.HasErrors() {
				t.Fatalf("no error; want %s", tc.want)
			}
			prefix, fragment, _ := strings.Cut(tc.want, "|")
			for _, p := range problems {
				s := p.Format(diag.EN)
				if strings.HasPrefix(s, prefix) && strings.Contains(s, fragment) {
					return
				}
			}
			t.Errorf("want a problem %q ... %q; got:\n%s", prefix, fragment, problems.Format(diag.EN))
		})
	}
}

// aliasBomb is a "billion laughs" document: each level names the one
// before nine times.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		b.WriteString("a")
		b.WriteString(string(rune('0' + i)))
		b.WriteString(": &a")
		b.WriteString(string(rune('0' + i)))
		b.WriteString(" [")
		for j := 0; j < 9; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a")
			b.WriteString(string(rune('0' + i - 1)))
		}
		b.WriteString("]\n")
	}
	b.WriteString("regions: *a9\n")
	return b.String()
}

func TestHashCutsTextWarning(t *testing.T) {
	t.Parallel()
	_, problems := check(with("meetings/rakor-1.yaml", "title: Rakor TKPKD", "title: Rakor TKPKD #2"))
	want := `meetings/rakor-1.yaml:2:8: title: warning: is cut at " #2": YAML reads the rest as a comment (got "Rakor TKPKD")`
	if got := problems.Format(diag.ID); !strings.Contains(got, `peringatan: terpotong di " #2"`) {
		t.Errorf("got:\n%s\nwant it in Indonesian", got)
	}
	if !strings.Contains(problems.Format(diag.EN), want) {
		t.Errorf("got:\n%s\nwant %s", problems.Format(diag.EN), want)
	}
	// A real comment after a value is fine.
	if _, problems := check(with("meetings/rakor-1.yaml", "title: Rakor TKPKD", "title: Rakor TKPKD  # judul")); len(problems) != 0 {
		t.Errorf("a comment after the value gave: %v", problems)
	}
}

func TestFarFromLastYearWarning(t *testing.T) {
	t.Parallel()
	files := with("allocations/2023.yaml", "", "year: 2023\nregion: \"36\"\nsummaries:\n  - {id: total-2023, stage: rka, amount: 170000000000, source: antara}\n")
	_, problems := check(files)
	want := "allocations/2024.yaml:6:13: amount (summary total-2024): warning: is far from last year's (got Rp1.700.000.000.000, 2023 rka was Rp170.000.000.000)"
	if problems.HasErrors() || !strings.Contains(problems.Format(diag.EN), want) {
		t.Errorf("got:\n%s\nwant the warning %s", problems.Format(diag.EN), want)
	}
}

func TestIDsThatShareAnAddress(t *testing.T) {
	t.Parallel()
	_, problems := check(with("agencies.yaml", "  - {id: dprkp,", "  - {id: dins_os, region: \"36\", kind: opd, name: X}\n  - {id: dins.os, region: \"36\", kind: opd, name: Y}\n  - {id: dprkp,"))
	want := `agencies.yaml:4:10: id (agency dins.os): is too like the agency id "dins_os" defined at agencies.yaml:3:10`
	if !strings.Contains(problems.Format(diag.EN), want) {
		t.Errorf("got:\n%s\nwant %s", problems.Format(diag.EN), want)
	}
}
