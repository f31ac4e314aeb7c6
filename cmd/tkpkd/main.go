// Command tkpkd checks TKPKD content and builds its site and PDF briefs.
//
//	tkpkd build [--content DIR] [--templates DIR] [--out DIR] [--base-url URL]
//	tkpkd check [--content DIR] [--strict] [--format text|github]
//	tkpkd serve [--content DIR] [--port N]
//	tkpkd new meeting ID
//	tkpkd version
//
// Exit status: 0 success, 1 the content has problems, 2 wrong usage.
package main

import (
	"fmt"
	"io"
	"os"
)

// version is set by the Makefile with -ldflags.
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: tkpkd <command> [flags]

commands:
  build    check the content, then write the site and PDF briefs
  check    check the content only; writes nothing
  serve    build, serve on localhost and rebuild on change
  new      write a skeleton for a new meeting: tkpkd new meeting ID
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
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "tkpkd: unknown command %q\n\n%s", args[0], usage)
	return 2
}
