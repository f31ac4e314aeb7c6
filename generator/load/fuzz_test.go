package load_test

import (
	"testing"

	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/validate"
)

// fuzzNames are the file kinds the fuzzer's bytes are read as.
var fuzzNames = []string{
	"site.yaml", "sources.yaml", "regions.yaml", "agencies.yaml", "strategies.yaml",
	"indicators.yaml", "allocations/2024.yaml", "meetings/rakor-1.yaml", "pages/tentang.md", "meetings/rakor-1.md",
}

// FuzzLoad reads arbitrary bytes as each kind of content file, beside a
// small valid folder, through load and validate: whatever the bytes, the
// result is a list of problems, never a panic or a hang.
// Run: go test ./generator/load -run '^$' -fuzz FuzzLoad -fuzztime 60s
func FuzzLoad(f *testing.F) {
	f.Add(uint8(6), []byte("year: 2024\nregion: \"36\"\nsummaries:\n  - {id: s, stage: rka, amount: 100, source: x}\nlines:\n  - {id: l, stage: rka, agency: a, name: n, amount: 100, source: x}\n"))
	f.Add(uint8(7), []byte("id: rakor-1\ntitle: T\ndate: 2023-12-07\ndecisions:\n  - {id: rakor-1/K01, text: t, owner: a, due: 2024-01-01}\nfollow_ups:\n  - {decision: rakor-1/K01, status: selesai, as_of: 2024-01-02}\n"))
	f.Add(uint8(2), []byte("regions:\n  - &r {code: \"36\", name: B, kind: provinsi}\n  - <<: *r\n    code: \"36.01\"\n"))
	f.Add(uint8(8), []byte("---\ntitle: Tentang\nweight: 1\n---\n# Judul\n"))
	f.Add(uint8(5), []byte("definitions:\n  - {id: p0, name: P0, unit: persen, methods: [{id: m, from: 2021}]}\nobservations:\n  - {indicator: p0, region: \"36\", period: \"2023-Q3\", value: 4.97, method: m, source: x}\n"))
	f.Add(uint8(0), []byte("\xef\xbb\xbftitle: x\r\npublisher: y\r\nas_of: 2024-02-30\r\n"))
	f.Add(uint8(1), []byte("sources:\n\t- id: x\n"))
	f.Add(uint8(4), []byte("frameworks: [{id: f, name: F, items: [{id: i, name: \"Catatan: x\"}]}]\nmappings: [{from: f/i, to: f/i}]\n"))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		files := []load.File{
			{Name: "site.yaml", Data: []byte("title: x\npublisher: y\nas_of: 2024-06-30\n")},
			{Name: "agencies.yaml", Data: []byte("agencies:\n  - {id: a, region: \"36\", kind: opd, name: A}\n")},
		}
		name := fuzzNames[int(kind)%len(fuzzNames)]
		replaced := false
		for i := range files {
			if files[i].Name == name {
				files[i].Data, replaced = data, true
			}
		}
		if !replaced {
			files = append(files, load.File{Name: name, Data: data})
		}
		checked := validate.Files(files)
		if checked.Site == nil {
			t.Fatal("validate returned no model")
		}
		for _, p := range checked.Problems {
			if p.File == "" {
				t.Errorf("problem without a file: %v", p)
			}
		}
	})
}
