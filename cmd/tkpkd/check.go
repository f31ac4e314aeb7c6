package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/validate"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	content := fs.String("content", "content", "the content folder")
	strict := fs.Bool("strict", false, "treat warnings as errors")
	format := fs.String("format", "text", "how to print problems: text, or github (GitHub Actions annotations)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || (*format != "text" && *format != "github") {
		fmt.Fprintln(stderr, "usage: tkpkd check [--content DIR] [--strict] [--format text|github]")
		return 2
	}
	start := time.Now()
	site, set, problems := checkContent(*content)
	printProblems(stderr, problems, *content, *format)
	if problems.HasErrors() || (*strict && len(problems) > 0) {
		fmt.Fprintf(stderr, "%s: %d errors, %d warnings\n", *content, problems.Errors(), problems.Warnings())
		return 1
	}
	fmt.Fprintln(stdout, summary(*content, site, set, problems, time.Since(start)))
	return 0
}

// checkContent loads and validates; the model is nil when loading failed.
func checkContent(dir string) (*model.Site, *load.Set, diag.List) {
	set, problems := load.Dir(dir)
	site, more := validate.Site(set)
	return site, set, append(problems, more...).Sort()
}

// printProblems writes each problem on its own line; with format github,
// as GitHub Actions annotations so they show on the changed line of a pull
// request (paths are then relative to the repository, not the content).
func printProblems(w io.Writer, problems diag.List, content, format string) {
	for _, p := range problems {
		if format != "github" {
			fmt.Fprintln(w, p)
			continue
		}
		level := "error"
		if p.Severity == diag.Warning {
			level = "warning"
		}
		msg := p.Msg
		if p.Field != "" {
			msg = p.Field + ": " + msg
		}
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d::%s\n", level, ghEscapeProp(strings.TrimSuffix(content, "/")+"/"+p.File), max(p.Line, 1), max(p.Col, 1), ghEscapeData(msg))
	}
}

func ghEscapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghEscapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// summary is the one line check prints on success.
func summary(dir string, s *model.Site, set *load.Set, problems diag.List, took time.Duration) string {
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
		dir, len(set.Files), len(s.Sources), len(s.Regions), len(s.Agencies), len(s.Frameworks), len(s.Years), summaries, lines,
		len(s.Observations), len(s.Meetings), decisions, len(s.Overdue()), followUps, len(s.Pages), problems.Warnings(), took.Round(time.Millisecond))
}
