package model

import "fmt"

// Pos is where a record was written: a file relative to the content folder
// and a 1-based line and column. Renderers use it to name the content file
// and field when a later stage (a PDF font, say) cannot show a value.
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats p as file:line:col, the form editors and CI annotations read.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Provenance says where a record's facts come from and how sure we are.
// Every record may carry it; every figure must have a Source.
type Provenance struct {
	Source       string       // an id in sources.yaml, or ""
	Verification Verification // Verified when the file does not say
	Note         string       // free text from the data staff
}

// Illustrative reports whether the record is an example, not a fact.
func (p Provenance) Illustrative() bool { return p.Verification == Illustrative }

// Prov returns the provenance itself, so a record that embeds it hands it
// to code that flags figures (view.Mark) whatever the record's type.
func (p Provenance) Prov() Provenance { return p }

// Verification is how sure the data staff are of a record.
type Verification string

// The verification levels of SPEC §2.
const (
	Verified     Verification = "verified"     // checked against the source
	Reported     Verification = "reported"     // as stated by an official or the press
	Derived      Verification = "derived"      // computed by us from other figures
	Illustrative Verification = "illustrative" // an example, not a fact
)

// Verifications lists the valid levels in the order the contract gives them.
var Verifications = []Verification{Verified, Reported, Derived, Illustrative}
