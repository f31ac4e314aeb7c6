package main

import (
	"fmt"
	"io"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "tkpkd build: not yet available in this version")
	return 2
}
