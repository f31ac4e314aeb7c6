package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/internal/golden"
)

// svgCharts returns the SVG of every fixture chart, by golden file name.
func svgCharts(t testing.TB) map[string][]byte {
	t.Helper()
	out, err := renderAll()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// renderAll is svgCharts for goroutines, which must not call t.Fatal.
func renderAll() (map[string][]byte, error) {
	out := map[string][]byte{}
	for name, c := range map[string]interface{ SVG() ([]byte, error) }{
		"bar": agencyBar, "paired": yearPaired, "escape": escapeBar, "line": povertyLine,
		"bar-one": oneBar, "bar-zero": zeroBar, "bar-negative": negativeBar, "line-one": onePoint,
	} {
		b, err := c.SVG()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		out[name] = b
	}
	return out, nil
}

var escapeBar = Bar{
	ID:    "escape",
	Title: `Judul & <judul> "x"`,
	Desc:  `Deskripsi & <desc> 'y'`,
	Bars:  []Value{{`BAPPENAS & <K/L lain> "x"`, 3}, {"Dinsos", 0}, {"Kontrol\x01 baris\nbaru]]>", 1}},
}

func TestSVGGolden(t *testing.T) {
	for name, b := range svgCharts(t) {
		golden.Check(t, "testdata/"+name+".svg", b)
	}
}

// TestSVGWellFormed parses every chart as XML and checks it carries no
// script, no event handler and no external reference.
func TestSVGWellFormed(t *testing.T) {
	for name, b := range svgCharts(t) {
		d := xml.NewDecoder(bytes.NewReader(b))
		var root string
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: not well-formed: %v", name, err)
			}
			se, ok := tok.(xml.StartElement)
			if !ok {
				continue
			}
			if root == "" {
				root = se.Name.Local
			}
			switch se.Name.Local {
			case "script", "foreignObject", "image", "use", "a", "style":
				t.Errorf("%s: unexpected element <%s>", name, se.Name.Local)
			}
			for _, a := range se.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || a.Name.Local == "href" {
					t.Errorf("%s: <%s> has attribute %s", name, se.Name.Local, a.Name.Local)
				}
			}
		}
		if root != "svg" {
			t.Errorf("%s: root element is %q; want svg", name, root)
		}
	}
}

// TestSVGAccessible checks the role, the labelled-by ids, the font and the
// escaped title, description and labels.
func TestSVGAccessible(t *testing.T) {
	b, err := escapeBar.SVG()
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{
		`role="img" aria-labelledby="escape-t escape-d"`,
		`<title id="escape-t">Judul &amp; &lt;judul&gt; &#34;x&#34;</title>`,
		`<desc id="escape-d">Deskripsi &amp; &lt;desc&gt; &#39;y&#39;</desc>`,
		`font-family="Go, sans-serif"`,
		`>BAPPENAS &amp; &lt;K/L lain&gt; &#34;x&#34;</text>`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	// The label must come back unchanged through an XML parser.
	var doc struct {
		Title string   `xml:"title"`
		Texts []string `xml:"text"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title != escapeBar.Title {
		t.Errorf("title = %q; want %q", doc.Title, escapeBar.Title)
	}
	found := false
	for _, x := range doc.Texts {
		found = found || x == escapeBar.Bars[0].Label
	}
	if !found {
		t.Errorf("texts %q lack label %q", doc.Texts, escapeBar.Bars[0].Label)
	}
}

func TestSVGDeterministic(t *testing.T) {
	a, b := svgCharts(t), svgCharts(t)
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s: two renders differ", name)
		}
	}
}
