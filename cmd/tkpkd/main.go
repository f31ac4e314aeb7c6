// Command tkpkd checks TKPKD content and builds its site and PDF briefs.
//
//	tkpkd build [--content DIR] [--templates DIR] [--out DIR] [--base-url URL]
//	tkpkd check [--content DIR] [--strict] [--format text|github]
//	tkpkd serve [--content DIR] [--port N] [--open]
//	tkpkd new meeting ID | year YEAR | follow-up DECISION | page NAME
//	tkpkd version
//
// Exit status: 0 success, 1 the content has problems, 2 wrong usage.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// version is set by the Makefile with -ldflags.
var version = "dev"

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// tuneGC trades memory the build has for time: every PDF allocates about
// 25 MB that dies at once (gofpdf's font tables), so with Go's default
// GOGC=100 a build spends a third of its CPU collecting. A higher GOGC under
// a soft memory limit collects rarely until the heap nears the limit
// (measured: 27% faster on 71 regions, peak RSS 0.58 GB). GOGC and
// GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(900 << 20)
	}
}

const usage = `usage: tkpkd <command> [flags]

commands:
  build    check the content, then write the site and PDF briefs
  check    check the content only; writes nothing
  serve    build, serve on localhost and rebuild on change
  new      write a skeleton to fill in: tkpkd new meeting|year|follow-up|page ...
  import   read a spreadsheet into the content: tkpkd import allocations|observations FILE
  version  print the version

Run "tkpkd <command> -h" for a command's flags.
`

// run is main without the process: tests call it with their own writers.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "gen":
		return runGen(args[1:], stdout, stderr)
	case "build":
		return runBuild(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "tkpkd", version)
		return 0
	case "new":
		return runNew(args[1:], stdout, stderr)
	case "import":
		return runImport(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "tkpkd: unknown command %q\n\n%s", args[0], usage)
	return 2
}
