// Command tkpkd checks TKPKD content and builds its site and PDF briefs.
package main

import (
	"fmt"
	"os"
)

// version is set by the Makefile with -ldflags.
var version = "dev"

func main() {
	if len(os.Args) > 1 && os.Args[1] == "version" {
		fmt.Println("tkpkd", version)
		return
	}
	fmt.Fprintln(os.Stderr, "usage: tkpkd <build|check|serve|new|version>")
	os.Exit(2)
}
