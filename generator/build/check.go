package build

import (
	"fmt"
	"time"

	"github.com/tkpkd/tkpkd/generator/validate"
)

// Checked is what Check found: the model and every problem.
type Checked = validate.Checked

// Check reads and checks the content folder: every content rule, the same
// that Run applies before it renders, so content check accepts never fails
// a build. It writes nothing.
func Check(content string) Checked {
	return validate.Dir(content)
}

// Summary is the one line check prints on success: what the content holds.
func Summary(dir string, c Checked, took time.Duration) string {
	s := c.Site
	lines, summaries := 0, 0
	for _, y := range s.Years {
		lines += len(y.Lines)
		summaries += len(y.Summaries)
	}
	decisions, followUps := 0, 0
	for _, m := range s.Meetings {
		decisions += len(m.Decisions)
		followUps += len(m.FollowUps)
	}
	return fmt.Sprintf("%s: ok: %d files, %d sources, %d regions, %d agencies, %d frameworks, %d budget years (%d summaries, %d lines), %d observations, %d meetings (%d decisions, %d overdue, %d follow-ups), %d pages; %d warnings (%s)",
		dir, len(c.Files), len(s.Sources), len(s.Regions), len(s.Agencies), len(s.Frameworks), len(s.Years), summaries, lines,
		len(s.Observations), len(s.Meetings), decisions, len(s.Overdue()), followUps, len(s.Pages), c.Problems.Warnings(), took.Round(time.Millisecond))
}
