package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/tkpkd/tkpkd/generator/build"
	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/templates"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := build.Config{Defaults: templates.Defaults}
	fs.StringVar(&cfg.Content, "content", "content", "the content folder")
	fs.StringVar(&cfg.Out, "out", "output", "the output folder: the site goes to OUT/site, the briefs to OUT/pdf")
	fs.StringVar(&cfg.Templates, "templates", "", "a folder whose files override the default templates (default: templates/ when present)")
	fs.StringVar(&cfg.BaseURL, "base-url", "", "the site's public address, for sitemap.xml and canonical links only")
	fs.BoolVar(&cfg.Force, "force", false, "write into a non-empty folder that tkpkd did not create")
	fs.BoolVar(&cfg.Strict, "strict", false, "treat warnings as errors")
	shard := fs.String("shard", "", "build only part K of N of the outputs, e.g. 2/4, for a CI matrix")
	langFlag := fs.String("lang", "", "the language of problems: id or en (default: LANG if English or Indonesian, else the site's first language)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	lang, ok := problemLang(*langFlag, cfg.Content)
	if !ok {
		fmt.Fprintln(stderr, "tkpkd build: --lang: want id or en")
		return 2
	}
	if *shard != "" {
		var err error
		if cfg.Shard, err = build.ParseShard(*shard); err != nil {
			fmt.Fprintln(stderr, "tkpkd build: --shard:", err)
			return 2
		}
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: tkpkd build [--content DIR] [--templates DIR] [--out DIR] [--base-url URL]")
		return 2
	}
	if cfg.Templates == "" {
		if st, err := os.Stat("templates"); err == nil && st.IsDir() {
			cfg.Templates = "templates"
		}
	}
	cfg.Binary = binaryID()
	// Ctrl-C or a CI cancel stops the build before the output is replaced.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	start := time.Now()
	res, err := build.Run(ctx, cfg)
	var problems diag.List
	if errors.As(err, &problems) {
		printProblems(stderr, stdout, problems, cfg.Content, "text", lang)
		fmt.Fprintf(stderr, "%s: %s; %s\n", cfg.Content, problems.Count().In(lang), diag.T("tidak ada yang ditulis", "nothing was written").In(lang))
		return 1
	}
	printProblems(stderr, stdout, res.Problems, cfg.Content, "text", lang)
	if err != nil {
		fmt.Fprintf(stderr, "tkpkd build: %v\nThe previous output in %s is unchanged.\n", err, cfg.Out)
		return 1
	}
	fmt.Fprintf(stdout, "built %s: %d pages (%d site files), %d briefs (%d reused), %.1f MB; %d written, %d unchanged, %d removed; %s\n",
		cfg.Out, res.Pages, res.SiteFile, res.Briefs, res.Reused, float64(res.Bytes)/1e6, res.Written, res.Same, res.Removed, time.Since(start).Round(time.Millisecond))
	return 0
}

// binaryID is a hash of this program's executable: briefs laid out by an
// earlier build are reused only when the same program made them.
func binaryID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}
