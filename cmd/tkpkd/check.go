package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/tkpkd/tkpkd/generator/build"
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
	checked := build.Check(*content)
	problems := checked.Problems
	printProblems(stderr, stdout, problems, *content, *format, lang)
	if problems.HasErrors() || (*strict && len(problems) > 0) {
		fmt.Fprintf(stderr, "%s: %s\n", *content, problems.Count().In(lang))
		return 1
	}
	done := stdout
	if *format == "gitlab" || *format == "json" {
		done = stderr // stdout holds the report document alone
	}
	fmt.Fprintln(done, build.Summary(*content, checked, time.Since(start)))
	return 0
}
