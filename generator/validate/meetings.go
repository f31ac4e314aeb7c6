package validate

import (
	"sort"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// meetings checks dates against the site's as_of and computes each
// decision's current status: its latest follow-up across all meetings
// (by as_of, then by the reporting meeting's date), or its own status.
func (c *checker) meetings() {
	asOf := c.site.Config.AsOf
	meetingDate := map[string]model.Date{}
	decisions := map[string]*model.Decision{}
	for _, m := range c.site.Meetings {
		meetingDate[m.ID] = m.Date
		if !asOf.IsZero() && !m.Date.IsZero() && m.Date.After(asOf) {
			field, pos := c.set.Where(m, "date")
			c.warnAt(pos, field, diag.T("setelah as_of situs %s; keputusan dan tindak lanjut rapat yang akan datang ditampilkan sebagai rencana", "is after the site's as_of %s; decisions and follow-ups of a future meeting are shown as planned", asOf))
		}
		for _, d := range m.Decisions {
			decisions[d.ID] = d
			d.Current = d.Status
			if !d.Due.IsZero() && !m.Date.IsZero() && d.Due.Before(m.Date) {
				field, pos := c.set.Where(d, "due")
				c.warnAt(pos, field, diag.T("lebih awal daripada rapat yang membuat keputusan ini (tertulis %s, rapatnya %s)", "is before the meeting that made the decision (got %s, the meeting is on %s)", d.Due, m.Date))
			}
		}
	}
	for _, m := range c.site.Meetings {
		for _, f := range m.FollowUps {
			d := decisions[f.Decision]
			if d == nil || f.AsOf.IsZero() {
				continue // a dangling reference or missing date, reported elsewhere
			}
			field, pos := c.set.Where(f, "as_of")
			switch {
			case !asOf.IsZero() && f.AsOf.After(asOf):
				c.errorAt(pos, field, diag.T("setelah as_of situs (tertulis %s; paling lambat %s); majukan as_of di site.yaml atau perbaiki tanggalnya", "is after the site's as_of (got %s, want %s or earlier); move as_of in site.yaml forward or correct the date", f.AsOf, asOf))
				continue
			case f.AsOf.Before(meetingDate[d.Meeting]):
				c.errorAt(pos, field, diag.T("lebih awal daripada rapat yang membuat keputusan %s (tertulis %s; paling awal %s)", "is before the meeting that made decision %s (got %s, want %s or later)", d.ID, f.AsOf, meetingDate[d.Meeting]))
				continue
			}
			d.FollowUps = append(d.FollowUps, f)
		}
	}
	for _, d := range decisions {
		sort.SliceStable(d.FollowUps, func(i, j int) bool {
			a, b := d.FollowUps[i], d.FollowUps[j]
			if c := a.AsOf.Compare(b.AsOf); c != 0 {
				return c < 0
			}
			if c := meetingDate[a.Meeting].Compare(meetingDate[b.Meeting]); c != 0 {
				return c < 0
			}
			return a.Meeting < b.Meeting
		})
		if n := len(d.FollowUps); n > 0 && d.FollowUps[n-1].Status != "" {
			d.Current = d.FollowUps[n-1].Status
		}
		d.Overdue = !d.Due.IsZero() && !asOf.IsZero() && d.Due.Before(asOf) && !d.Current.Closed()
	}
}

// pages checks that a translation has its default-language page.
func (c *checker) pages() {
	def := c.site.Config.DefaultLanguage()
	have := map[string]bool{}
	for _, p := range c.site.Pages {
		if p.Lang == "" {
			p.Lang = def
		}
		have[p.Name+"."+p.Lang] = true
	}
	for _, p := range c.site.Pages {
		if p.Lang != def && !have[p.Name+"."+def] {
			c.warnAt(p.Pos, "", diag.T("adalah terjemahan pages/%s.md, yang tidak ada; pembaca bahasa utama tidak akan melihat halaman ini", "is a translation of pages/%s.md, which does not exist; readers of the default language will not see this page", p.Name))
		}
	}
}

// unusedSources warns about sources nothing cites: usually a typo in a
// reference elsewhere, or a source left behind.
func (c *checker) unusedSources() {
	used := map[string]bool{}
	for _, r := range c.set.Refs {
		if r.Kind == "source" {
			used[r.Value] = true
		}
	}
	cause := ""
	if len(c.set.Broken) > 0 {
		cause = diag.Key(c.set.Broken[0], "") // its citations could not be read
	}
	for _, s := range c.site.Sources {
		if !used[s.ID] {
			field, pos := c.set.Where(s, "id")
			if cause != "" {
				c.problems = append(c.problems, diag.Problem{File: pos.File, Line: pos.Line, Col: pos.Col, Field: field, Severity: diag.Warning, Cause: cause,
					Msg: diag.T("sumber %q tidak dirujuk oleh rekaman mana pun", "source %q is not cited by any record", s.ID)})
				continue
			}
			c.warnAt(pos, field, diag.T("sumber %q tidak dirujuk oleh rekaman mana pun", "source %q is not cited by any record", s.ID))
		}
	}
}
