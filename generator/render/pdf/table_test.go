package pdf

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"testing"
)

func longTable(rows int) []byte {
	var b strings.Builder
	b.WriteString("## Rincian\n\n| No | Sub-kegiatan | Pagu |\n|---:|---|---:|\n")
	for i := 1; i <= rows; i++ {
		name := fmt.Sprintf("Sub-kegiatan nomor %d", i)
		if i%7 == 0 { // some rows wrap onto several lines
			name += " untuk pendataan fakir miskin cakupan daerah kabupaten/kota dan pengelolaan data terpadu kesejahteraan sosial"
		}
		fmt.Fprintf(&b, "| %d | %s | Rp%d.000.000 |\n", i, name, i*10)
	}
	return []byte(b.String())
}

func TestTableHeaderOnEveryPage(t *testing.T) {
	doc := fixture(t)
	doc.Markdown = longTable(80)
	plan, err := Layout(doc)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Pages < 3 {
		t.Fatalf("80 rows fit on %d pages; the test needs the table to span pages", plan.Pages)
	}
	for pg := 1; pg <= plan.Pages; pg++ {
		if !strings.Contains(plan.PageText(pg), "No Sub-kegiatan Pagu") {
			t.Errorf("page %d of the plan has no table header:\n%s", pg, plan.PageText(pg))
		}
	}
	// No row is split: every row's cells sit on one page, and every row
	// number appears exactly once.
	pageOf := map[string]int{}
	for _, it := range plan.Items {
		if it.Kind == KindText && it.Font.Size == tableSize && strings.HasPrefix(it.Text, "Sub-kegiatan nomor") {
			if p, ok := pageOf[it.Text]; ok && p != it.Page {
				t.Errorf("row %q split over pages %d and %d", it.Text, p, it.Page)
			}
			pageOf[it.Text] = it.Page
		}
	}
	for _, it := range plan.Items {
		if it.Kind == KindText && it.Y+it.H > bottom && it.Y < pageH-20 {
			t.Errorf("page %d: %q runs into the bottom margin (y %.1f)", it.Page, it.Text, it.Y+it.H)
		}
	}
}

// TestToolTableHeader reads the long table's pages with poppler: the
// header and the page number are on every page of the drawn PDF too.
func TestToolTableHeader(t *testing.T) {
	doc := fixture(t)
	doc.Markdown = longTable(80)
	plan, err := Layout(doc)
	if err != nil {
		t.Fatal(err)
	}
	data, err := Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := writeOutput(t, "table-80.pdf", data)
	if !tool(t, "pdftotext") {
		return
	}
	for pg := 1; pg <= plan.Pages; pg++ {
		out, err := exec.Command("pdftotext", "-f", fmt.Sprint(pg), "-l", fmt.Sprint(pg), "-layout", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext page %d: %v", pg, err)
		}
		if !strings.Contains(string(out), "Sub-kegiatan") || !strings.Contains(string(out), "Pagu") {
			t.Errorf("pdftotext page %d has no table header:\n%s", pg, out)
		}
		if !strings.Contains(string(out), fmt.Sprintf("Halaman %d dari %d", pg, plan.Pages)) {
			t.Errorf("pdftotext page %d has no page number", pg)
		}
	}
}

func TestGlyphError(t *testing.T) {
	doc := fixture(t)
	doc.Markdown = []byte("Catatan: selesai 😀 hari ini.\n")
	_, err := Render(doc)
	var ge *GlyphError
	if !errors.As(err, &ge) {
		t.Fatalf("got %v, want a *GlyphError", err)
	}
	want := `testdata/fixture.md: character "😀" (U+1F600) cannot be printed in the PDF font`
	if err.Error() != want {
		t.Errorf("got %q\nwant %q", err, want)
	}
	// A BMP character the Go fonts lack is an error too, not an empty box.
	if err := CheckText("beres ✓", "meetings/x.yaml:12:9: decisions[0].text"); err == nil ||
		!strings.Contains(err.Error(), "meetings/x.yaml:12:9: decisions[0].text: character \"✓\" (U+2713)") {
		t.Errorf("CheckText(✓) = %v", err)
	}
	if err := CheckText("Rp2,2 triliun – “Kemiskinan” • 6,17% ≥ é", ""); err != nil {
		t.Errorf("CheckText rejected text the Go fonts can draw: %v", err)
	}
}
