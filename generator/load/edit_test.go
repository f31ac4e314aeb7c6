package load

import (
	"strings"
	"testing"
)

const editSrc = `# yaml-language-server: $schema=../../schema/allocations.json
# head comment
year: 2024
region: "36"

lines:
  - id: a
    stage: rka
    amount: 100   # seratus

  # the second group
  - id: b
    stage: rka
    amount: 200

  - id: c
    stage: apbd
    amount: 300

summaries: []
`

func TestDocUnchangedIsIdentical(t *testing.T) {
	for _, src := range []string{editSrc, strings.ReplaceAll(editSrc, "\n", "\r\n"), "\xef\xbb\xbf" + editSrc} {
		d, err := OpenDoc([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.Update("lines", 0, []Field{{Key: "amount", Value: "100", Tag: "!!int"}}); err != nil {
			t.Fatal(err)
		}
		got, err := d.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != src {
			t.Errorf("an edit that changes nothing changed the file:\n%s", got)
		}
	}
}

func TestDocEdits(t *testing.T) {
	d, err := OpenDoc([]byte(editSrc))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := d.Records("lines")
	if err != nil || len(recs) != 3 || recs[1].Values["id"] != "b" || recs[1].Line != 12 {
		t.Fatalf("records: %+v, %v", recs, err)
	}
	if d.Scalar("region") != "36" || d.Scalar("year") != "2024" {
		t.Errorf("scalars: %q %q", d.Scalar("region"), d.Scalar("year"))
	}
	if ch, err := d.Update("lines", 0, []Field{{Key: "amount", Value: "150", Tag: "!!int"}, {Key: "locations", List: []string{"36.01"}, IsList: true}}); !ch || err != nil {
		t.Fatalf("update: %v %v", ch, err)
	}
	if err := d.Remove("lines", 1); err != nil {
		t.Fatal(err)
	}
	if err := d.Append("lines", []Field{{Key: "id", Value: "d"}, {Key: "code", Value: "1.02", Quote: true}, {Key: "amount", Value: "400", Tag: "!!int"}, {Key: "note"}}, false); err != nil {
		t.Fatal(err)
	}
	if err := d.Append("summaries", []Field{{Key: "id", Value: "s"}}, true); err != nil {
		t.Fatal(err)
	}
	if err := d.Append("observations", []Field{{Key: "value", Value: "6.20", Tag: "!!float"}}, true); err != nil {
		t.Fatal(err)
	}
	got, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	want := `# yaml-language-server: $schema=../../schema/allocations.json
# head comment
year: 2024
region: "36"

lines:
  - id: a
    stage: rka
    amount: 150 # seratus
    locations: ["36.01"]

  # the second group
  - id: c
    stage: apbd
    amount: 300

  - id: d
    code: "1.02"
    amount: 400

summaries:
  - {id: s}

observations:
  - {value: 6.20}
`
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if _, _, err := parseBack(got); err != nil {
		t.Error(err)
	}
}

func parseBack(data []byte) (*Doc, []Record, error) {
	d, err := OpenDoc(data)
	if err != nil {
		return nil, nil, err
	}
	r, err := d.Records("lines")
	return d, r, err
}

func TestDocRefusesFlowLists(t *testing.T) {
	d, err := OpenDoc([]byte("lines: [{id: a}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Records("lines"); err == nil {
		t.Error("a [...] list with records was accepted for editing")
	}
	if _, err := OpenDoc([]byte("- a\n")); err == nil {
		t.Error("a file that is a list was opened")
	}
}
