package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tkpkd/tkpkd/generator/synth"
)

// runGen writes synthetic content for tests and benchmarks:
// tkpkd gen --size province|national|x10 --seed N --out DIR.
func runGen(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizeName := fs.String("size", "province", "how much content: province, national or x10")
	seed := fs.Uint64("seed", 1, "the random seed; the same seed writes the same bytes")
	out := fs.String("out", "", "the folder to write (must be new, empty, or an earlier gen's output)")
	only := fs.String("provinces", "", "keep only these province codes, e.g. 31,32 (points of the cost curve between sizes)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	size, err := synth.ParseSize(*sizeName)
	if err != nil || *out == "" || fs.NArg() > 0 {
		if err != nil {
			fmt.Fprintln(stderr, "tkpkd gen: --size:", err)
		}
		fmt.Fprintln(stderr, "usage: tkpkd gen --size province|national|x10 [--seed N] --out DIR")
		return 2
	}
	if *only != "" {
		size.Provinces = strings.Split(*only, ",")
	}
	start := time.Now()
	st, err := synth.Generate(*out, synth.Options{Size: size, Seed: *seed})
	if err != nil {
		fmt.Fprintln(stderr, "tkpkd gen:", err)
		return 1
	}
	fmt.Fprintf(stdout, "generated %s (%s, seed %d): %d regions, %d agencies, %d budget lines, %d meetings, %d decisions; %d files, %.1f MB in %s\n",
		*out, size.Name, *seed, st.Regions, st.Agencies, st.Lines, st.Meetings, st.Decisions, st.Files, float64(st.Bytes)/1e6, time.Since(start).Round(time.Millisecond))
	return 0
}
