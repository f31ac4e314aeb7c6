package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
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
	format := fs.String("format", "text", "how to print problems: text, github (GitHub Actions annotations), gitlab (a Code Quality report on stdout) or json (on stdout)")
	langFlag := fs.String("lang", "", "the language of problems: id or en (default: LANG if English or Indonesian, else the site's first language)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	lang, ok := problemLang(*langFlag, *content)
	if fs.NArg() > 0 || !slices.Contains(formats, *format) || !ok {
		fmt.Fprintln(stderr, "usage: tkpkd check [--content DIR] [--strict] [--format text|github|gitlab|json] [--lang id|en]")
		return 2
	}
	start := time.Now()
	site, set, problems := checkContent(*content)
	printProblems(stderr, stdout, problems, *content, *format, lang)
	if problems.HasErrors() || (*strict && len(problems) > 0) {
		fmt.Fprintf(stderr, "%s: %s\n", *content, problems.Count().In(lang))
		return 1
	}
	done := stdout
	if *format == "gitlab" || *format == "json" {
		done = stderr // stdout holds the report document alone
	}
	fmt.Fprintln(done, summary(*content, site, set, problems, time.Since(start)))
	return 0
}

// checkContent loads and validates; the model is nil when loading failed.
func checkContent(dir string) (*model.Site, *load.Set, diag.List) {
	set, problems := load.Dir(dir)
	site, more := validate.Site(set)
	return site, set, append(problems, more...).Sort()
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
