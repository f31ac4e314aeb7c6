package model

import "strings"

// Status is the state of a decision.
type Status string

// The statuses of SPEC §2. Terlambat (overdue) is never written in content;
// it is computed from the due date and the site's as_of date.
const (
	Baru       Status = "baru"
	Berjalan   Status = "berjalan"
	Selesai    Status = "selesai"
	Dibatalkan Status = "dibatalkan"
	Terlambat  Status = "terlambat"
)

// WrittenStatuses lists the statuses content may write.
var WrittenStatuses = []Status{Baru, Berjalan, Selesai, Dibatalkan}

// Closed reports whether a decision in status s needs no more work.
func (s Status) Closed() bool { return s == Selesai || s == Dibatalkan }

// Meeting is a coordination meeting (rakor) and what it decided.
type Meeting struct {
	ID           string
	Title        string
	Kind         string // free text: "rakor", "rakor-teknis", "fgd", ...
	Date         Date
	Place        Place
	Chair        *Person
	Participants Participants
	Objectives   []string
	Agenda       []AgendaItem
	Decisions    []*Decision // in file order (K01, K02, ...)
	FollowUps    []*FollowUp // in file order
	Sources      []string    // source ids
	Minutes      string      // Markdown from meetings/<id>.md; "" if none
	MinutesPos   Pos         // the first line of the minutes' body
	Provenance
	Pos Pos
}

// Place is where a meeting was held.
type Place struct {
	City  string
	Venue string
}

// Person is someone named in the content, such as a meeting's chair.
type Person struct {
	Name string
	Role string
}

// Participants lists who took part in a meeting.
type Participants struct {
	Regions  []string // region codes
	Agencies []string // agency ids
}

// AgendaItem is one item of a meeting's agenda.
type AgendaItem struct {
	No        int
	Title     string
	Presenter string // an agency id, or ""
}

// Decision is something a meeting decided, with an owner and a due date.
// Later meetings report on it through follow-ups.
type Decision struct {
	ID       string // "<meeting-id>/K<nn>"
	Meeting  string // the meeting that made it
	Text     string
	Owner    string   // an agency id or a region code
	CoOwners []string // agency ids or region codes
	Due      Date     // zero when not given
	Status   Status   // as written when the decision was made
	Strategy string   // "framework/item", or ""
	Provenance
	Pos Pos

	// Computed by validate from follow-ups and the site's as_of date.
	Current   Status      // the latest follow-up's status, or Status
	Overdue   bool        // Due < as_of and Current is not closed
	FollowUps []*FollowUp // every follow-up on it, oldest first
}

// Shown returns the status a report shows: Terlambat when overdue, else Current.
func (d *Decision) Shown() Status {
	if d.Overdue {
		return Terlambat
	}
	return d.Current
}

// Number returns the "K01" part of the decision id.
func (d *Decision) Number() string {
	if i := strings.LastIndexByte(d.ID, '/'); i >= 0 {
		return d.ID[i+1:]
	}
	return d.ID
}

// FollowUp is a later meeting's report on a decision.
type FollowUp struct {
	Decision string // the decision's id
	Meeting  string // the meeting that reported it
	Status   Status
	Note     string
	AsOf     Date
	Provenance
	Pos Pos
}
