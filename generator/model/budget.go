package model

// Stage is the point of the planning and budget cycle a figure comes from.
// A report always says which stage an amount is, and never adds two stages.
type Stage string

// The stages of SPEC §2, in the order of the yearly cycle.
const (
	RKPD      Stage = "rkpd"
	KUAPPAS   Stage = "kua_ppas"
	RKA       Stage = "rka"
	APBD      Stage = "apbd"
	APBDP     Stage = "apbd_p"
	Realisasi Stage = "realisasi"
)

// Stages lists the stages in cycle order.
var Stages = []Stage{RKPD, KUAPPAS, RKA, APBD, APBDP, Realisasi}

// StageOrder returns s's place in the cycle, for sorting; -1 if unknown.
func StageOrder(s Stage) int {
	for i, t := range Stages {
		if t == s {
			return i
		}
	}
	return -1
}

// Level is the nomenclature level of a budget line.
type Level string

// The levels of Permendagri 90/2019 nomenclature.
const (
	Program     Level = "program"
	Kegiatan    Level = "kegiatan"
	SubKegiatan Level = "sub_kegiatan"
)

// Levels lists the valid levels.
var Levels = []Level{Program, Kegiatan, SubKegiatan}

// BudgetYear is one budget year: every file under allocations/ for it.
type BudgetYear struct {
	Year      int
	Files     []string   // content files that hold the year, sorted
	Summaries []*Summary // by Stage order, Region, ID
	Lines     []*Line    // by Stage order, Region, Agency, Code, ID
}

// Summary is a total that an official stated, such as "Rp1,7 triliun across
// 9 OPD and 9 UPTD". Lines of the same (year, stage, region) reconcile with it.
type Summary struct {
	ID          string
	Year        int
	Stage       Stage
	Region      string
	Scope       string // a label for what the total covers
	Amount      Money
	Approximate bool
	Precision   Money // the rounding of Amount; 1 means exact
	// Partial says the lines are still being collected (lines: partial):
	// the lines may add up to less than Amount, never to more.
	Partial       bool
	AgenciesCount *AgenciesCount
	Basis         string
	Provenance
	Pos Pos

	Check Reconciliation // computed by validate
}

// AgenciesCount is the number of agencies an official said a total spans.
type AgenciesCount struct {
	OPD  int // every agency kind but UPTD
	UPTD int
}

// Reconciliation is how a summary compares with the lines of its triple.
type Reconciliation struct {
	Itemised bool  // false: no lines for the triple, "not itemised"
	Lines    int   // number of lines
	Sum      Money // sum of the lines
	Diff     Money // Sum - Amount
	OPD      int   // distinct non-UPTD agencies among the lines
	UPTD     int   // distinct UPTDs among the lines
}

// AmountOK reports whether the lines add up to the summary within half its precision.
func (s *Summary) AmountOK() bool {
	if s.Partial {
		return 2*s.Check.Diff <= s.Precision // itemised so far: not over the stated amount
	}
	return !s.Check.Itemised || 2*s.Check.Diff.Abs() <= s.Precision
}

// CountsOK reports whether the distinct agencies match the stated counts.
func (s *Summary) CountsOK() bool {
	if !s.Check.Itemised || s.AgenciesCount == nil || s.Partial {
		return true
	}
	return s.Check.OPD == s.AgenciesCount.OPD && s.Check.UPTD == s.AgenciesCount.UPTD
}

// Line is one budget line item, typically a sub-kegiatan tagged in SIPD.
type Line struct {
	ID            string
	Year          int
	Stage         Stage
	Region        string
	Agency        string
	Code          string // nomenclature code, "1.06.05.2.01.0001"
	Name          string
	Level         Level // "" when not given
	Amount        Money
	FundingSource string
	Strategy      string   // "framework/item", or ""
	Programme     string   // "framework/item", or ""
	Locations     []string // region codes where the money is spent
	Output        *Output
	Provenance
	Pos Pos
}

// Output is the performance target a line buys.
type Output struct {
	Indicator string
	Target    float64
	Unit      string
}
