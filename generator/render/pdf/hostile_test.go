package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/internal/golden"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

// Payloads are content texts that are Markdown syntax. A brief must print
// each character as written: no emphasis, no link, no heading, no list, no
// quote, no split table row.
const (
	hostileAgency   = `Din*sos* [klik](http://evil.example) | A\B <b>`
	hostileShort    = `_y_ [klik](http://evil.example)|`
	hostileRegion   = `1. Kab *x* _y_ | <b>`
	hostileMeeting  = `> Rakor # *x* [klik](http://evil.example)`
	hostileDecision = `# Tetapkan *x* _y_ | data \ <b> [klik](http://evil.example) www.evil.example`
	hostileLeading  = `1. Satu | dua`
	hostileQuote    = `> kutipan *x*`
)

// hostileSite is the fixture site with Markdown in every text a default
// brief prints from content.
func hostileSite(t testing.TB) *model.Site {
	s := fixtureSite(t)
	for _, a := range s.Agencies {
		if a.ID == "dinsos" {
			a.Name, a.Short = hostileAgency, hostileShort
		}
	}
	s.Regions[1].Name = hostileRegion
	m := s.Meetings[1]
	m.Title = hostileMeeting
	m.Place = model.Place{City: hostileLeading, Venue: hostileQuote}
	m.Chair = &model.Person{Name: hostileQuote, Role: hostileLeading}
	m.Objectives = []string{hostileLeading, hostileQuote}
	m.Agenda = []model.AgendaItem{{No: 1, Title: hostileDecision, Presenter: "dinsos"}}
	m.Minutes = "# Pembukaan\n\nRapat dibuka.\n\n## Paparan\n\nAlokasi dibahas.\n"
	m.Decisions[0].Text = hostileDecision
	s.Meetings[0].Decisions[0].Text = hostileDecision
	for _, y := range s.Years {
		for _, sm := range y.Summaries {
			sm.Scope = hostileLeading
		}
	}
	s.Frameworks[0].Items[0].Name = hostileQuote
	s.Index()
	return s
}

// TestHostileBriefs lays out each default brief over hostileSite and
// compares the layout with a golden dump, then reads what it says.
func TestHostileBriefs(t *testing.T) {
	b := defaultBriefs(t)
	s := hostileSite(t)
	sh := view.NewIndex(s)
	cases := map[string]Data{
		"meeting": {Meeting: s.Meetings[1]},
		"year":    {Year: s.Years[1]},
		"region":  {Region: s.Regions[1]},
	}
	for _, br := range b.templates {
		t.Run(br.per, func(t *testing.T) {
			doc, err := b.document(s, sh, br, cases[br.per], "id")
			if err != nil {
				t.Fatal(err)
			}
			// Metadata come from the content: the publisher, not a province
			// written into the templates.
			if !strings.Contains(doc.Keywords, s.Config.Publisher) {
				t.Errorf("keywords %q do not name the publisher %q", doc.Keywords, s.Config.Publisher)
			}
			plan, err := Layout(doc)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "testdata/hostile-"+br.per+".layout.golden", []byte(plan.Dump()))
			checkLiteral(t, br.per, plan)
			data, err := Render(doc)
			if err != nil {
				t.Fatal(err)
			}
			for _, uri := range pdfURIs(data) {
				if strings.Contains(uri, "evil") {
					t.Errorf("%s brief links to %s", br.per, uri)
				}
			}
		})
	}
}

// checkLiteral asserts that the payloads printed as text: every token of
// them is found in regular or bold text (never italic, which emphasis
// would give), and nothing links anywhere but the sources' own addresses.
func checkLiteral(t *testing.T, kind string, plan *Plan) {
	t.Helper()
	var all strings.Builder
	for _, it := range plan.Items {
		if it.Kind != KindText {
			continue
		}
		all.WriteString(it.Text)
		all.WriteByte(' ')
		if it.Link != "" && !strings.HasPrefix(it.Link, "https://m.antaranews.com/") {
			t.Errorf("%s: %q links to %s", kind, it.Text, it.Link)
		}
		if it.Font.Style == italic && strings.ContainsAny(it.Text, "xy") {
			t.Errorf("%s: %q is in italics: content became emphasis", kind, it.Text)
		}
		if it.Font.Size > 12 && strings.Contains(it.Text, "Tetapkan") {
			t.Errorf("%s: %q is a heading", kind, it.Text)
		}
	}
	text := all.String()
	tokens := map[string][]string{
		"meeting": {"[klik](http://evil.example)", "*x*", "_y_", `data \ <b>`, "# Tetapkan", "1. Satu | dua", "> kutipan", "www.evil.example"},
		"year":    {"Din*sos*", `A\B`, "<b>", "1. Satu | dua", "> kutipan"},
		"region":  {"1. Kab *x* _y_ | <b>", "# Tetapkan", `data \ <b>`},
	}
	for _, tok := range tokens[kind] {
		if !strings.Contains(text, tok) {
			t.Errorf("%s brief does not print %q literally; it prints:\n%s", kind, tok, text)
		}
	}
	if kind == "year" {
		// The agency's row keeps its amount: a "|" in the name did not split it.
		if !regexp.MustCompile(`A\\B <b> ([0-9]+ )?Rp1,1 triliun`).MatchString(text) {
			t.Errorf("year brief: the hostile agency's row lost its amount:\n%s", text)
		}
	}
}

var uriRE = regexp.MustCompile(`/URI \(([^)]*)\)`)

// pdfURIs returns the targets of the link annotations of a PDF; gofpdf
// writes annotations in the page objects, which are not compressed.
func pdfURIs(data []byte) []string {
	var out []string
	for _, m := range uriRE.FindAllSubmatch(data, -1) {
		out = append(out, string(m[1]))
	}
	if bytes.Contains(data, []byte("/URI")) && out == nil {
		out = append(out, "(unparsed /URI)")
	}
	return out
}
