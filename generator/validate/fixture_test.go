package validate_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/validate"
)

// base is a small content folder that passes every rule. Cases change one
// thing in it and expect exactly the problem that change causes.
var base = map[string]string{
	"site.yaml": `title: Laporan TKPKD Contoh
publisher: TKPKD Provinsi Banten
region: "36"
languages: [id, en]
as_of: 2024-06-30
`,
	"sources.yaml": `sources:
  - id: antara
    type: news
    title: Berita rakor
    url: https://example.org/berita
  - id: sipd
    type: system
    title: SIPD
`,
	"regions.yaml": `regions:
  - {code: "36", name: Provinsi Banten, kind: provinsi}
  - {code: "36.01", name: Kabupaten Pandeglang, kind: kabupaten, parent: "36"}
  - {code: "36.02", name: Kabupaten Lebak, kind: kabupaten, parent: "36"}
`,
	"agencies.yaml": `agencies:
  - {id: dinsos, region: "36", kind: opd, name: Dinas Sosial}
  - {id: dprkp, region: "36", kind: opd, name: DPRKP}
  - {id: uptd-panti, region: "36", kind: uptd, name: UPTD Panti, parent: dinsos}
`,
	"strategies.yaml": `frameworks:
  - id: inpres
    name: Inpres 4/2022
    items:
      - {id: beban, name: Beban pengeluaran}
      - {id: kantong, name: Kantong kemiskinan}
  - id: banten
    name: Strategi Banten
    parts:
      - {id: kronis, name: Kronis}
    items:
      - {id: pokok, name: Kebutuhan pokok, part: kronis}
mappings:
  - {from: banten/pokok, to: inpres/beban}
`,
	"allocations/2024.yaml": `year: 2024
region: "36"
summaries:
  - id: total-2024
    stage: rka
    amount: 1700000000000
    approximate: true
    precision: 100000000000
    agencies_count: {opd: 2, uptd: 1}
    source: antara
lines:
  - id: l1
    stage: rka
    agency: dinsos
    code: "1.06.05.1.01.0001"
    name: Bantuan sosial
    amount: 1000000000000
    strategy: inpres/beban
    locations: ["36.01"]
    source: sipd
  - id: l2
    stage: rka
    agency: dprkp
    name: RTLH
    amount: 650000000000
    programme: banten/pokok
    source: sipd
  - id: l3
    stage: rka
    agency: uptd-panti
    name: Panti
    amount: 80000000000
    source: sipd
`,
	"indicators.yaml": `definitions:
  - id: p0
    name: Persentase penduduk miskin
    unit: persen
  - id: ekstrem
    name: Kemiskinan ekstrem
    unit: persen
    methods:
      - {id: ppp2011, from: 2021, to: 2023}
observations:
  - {indicator: p0, region: "36", period: "2023-03", value: 6.17, source: antara}
  - {indicator: ekstrem, region: "36", period: "2022", value: 1.18, method: ppp2011, source: antara}
targets:
  - {indicator: ekstrem, region: "36", year: 2024, value: 0, source: antara}
`,
	"meetings/rakor-1.yaml": `id: rakor-1
title: Rakor TKPKD
date: 2023-12-07
chair: {name: Virgojanti, role: Pj Sekda}
agenda:
  - {no: 1, title: Paparan anggaran, presenter: dinsos}
decisions:
  - id: rakor-1/K01
    text: Verifikasi data RTLH
    owner: dprkp
    co_owners: ["36.01"]
    due: 2024-01-31
    status: baru
    strategy: inpres/kantong
  - id: rakor-1/K02
    text: Sinkronisasi data sasaran
    owner: "36.02"
    due: 2024-03-31
sources: [antara]
`,
	"meetings/rakor-2.yaml": `id: rakor-2
title: Rakor lanjutan
date: 2024-03-14
follow_ups:
  - {decision: rakor-1/K01, status: selesai, as_of: 2024-03-14, note: Selesai diverifikasi}
  - {decision: rakor-1/K02, status: berjalan, as_of: 2024-03-14}
`,
	"pages/tentang.md": `---
title: Tentang TKPKD
weight: 1
---
TKPKD adalah tim koordinasi.
`,
}

// check loads and validates files, returning every problem.
func check(files map[string]string) (*model.Site, diag.List) {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var in []load.File
	for _, n := range names {
		in = append(in, load.File{Name: n, Data: []byte(files[n])})
	}
	checked := validate.Files(in)
	return checked.Site, checked.Problems
}

// with returns base with one file's text changed by replacing old with new
// (old "" sets the whole file).
func with(file, old, new string) map[string]string {
	out := map[string]string{}
	for k, v := range base {
		out[k] = v
	}
	switch {
	case old == "" && new == "":
		delete(out, file)
	case old == "":
		out[file] = new
	default:
		if !strings.Contains(out[file], old) {
			panic("fixture: " + file + " has no " + old) // error in test
		}
		out[file] = strings.Replace(out[file], old, new, 1)
	}
	return out
}

func TestBaseIsClean(t *testing.T) {
	t.Parallel()
	site, problems := check(base)
	if len(problems) != 0 {
		t.Fatalf("base fixture has problems:\n%s", problems.Error())
	}
	if got := len(site.Years[0].Lines); got != 3 {
		t.Errorf("lines = %d, want 3", got)
	}
}
