package serve

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/tkpkd/tkpkd/generator/build"
	"github.com/tkpkd/tkpkd/generator/diag"
)

// rebuild builds into the output folder not being served, then switches
// requests to it; on failure it keeps serving the last good build and
// makes every page the error page. Either way open pages reload.
func (s *Server) rebuild(ctx context.Context) {
	start := time.Now()
	out := s.outs[s.next]
	res, err := s.opts.Build(ctx, build.Config{
		Content:   s.opts.Content,
		Out:       out,
		Defaults:  s.opts.Defaults,
		Templates: s.opts.Templates,
	})
	if ctx.Err() != nil {
		return // stopping; the outcome no longer matters
	}
	s.gen++
	verb := "rebuilt"
	if s.gen == 1 {
		verb = "built"
	}
	old := s.state.Load()
	took := time.Since(start).Round(time.Millisecond)
	if err != nil {
		s.state.Store(&state{site: old.site, pdf: old.pdf, failure: errorPage(err, old.site != "")})
		s.logFailure(err, old.site != "")
		s.events.send(fmt.Sprintf(`{"build":%d,"ok":false}`, s.gen))
		return
	}
	s.state.Store(&state{site: filepath.Join(out, "site"), pdf: filepath.Join(out, "pdf")})
	s.next = 1 - s.next
	fmt.Fprintf(s.opts.Log, "%s in %d ms: %d pages, %d briefs", verb, took.Milliseconds(), res.Pages, res.Briefs)
	if n := res.Problems.Warnings(); n > 0 {
		fmt.Fprintf(s.opts.Log, ", %d warnings", n)
	}
	fmt.Fprintln(s.opts.Log)
	for _, p := range res.Problems {
		fmt.Fprintf(s.opts.Log, "  %s\n", p)
	}
	s.events.send(fmt.Sprintf(`{"build":%d,"ok":true}`, s.gen))
}

// logFailure prints the status line of a failed build and its problems.
func (s *Server) logFailure(err error, good bool) {
	then := "nothing to serve until it is fixed"
	if good {
		then = "still serving the last good build"
	}
	var problems diag.List
	if !errors.As(err, &problems) {
		fmt.Fprintf(s.opts.Log, "build failed, %s: %v\n", then, err)
		return
	}
	noun := "problems"
	if problems.Errors() == 1 {
		noun = "problem"
	}
	fmt.Fprintf(s.opts.Log, "content has %d %s", problems.Errors(), noun)
	if n := problems.Warnings(); n > 0 {
		fmt.Fprintf(s.opts.Log, " (and %d warnings)", n)
	}
	fmt.Fprintf(s.opts.Log, ", %s:\n", then)
	// Errors first: they are what stops the build.
	for _, warn := range []bool{false, true} {
		for _, p := range problems {
			if (p.Severity == diag.Warning) == warn {
				fmt.Fprintf(s.opts.Log, "  %s\n", p)
			}
		}
	}
}
