package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/tkpkd/tkpkd/generator/serve"
	"github.com/tkpkd/tkpkd/templates"
)

// runServe builds, serves on 127.0.0.1 and rebuilds on change until
// Ctrl-C. Only the local machine can reach the preview: it shows drafts.
func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	opts := serve.Options{Defaults: templates.Defaults, Log: stdout}
	fs.StringVar(&opts.Content, "content", "content", "the content folder")
	fs.StringVar(&opts.Templates, "templates", "", "a folder whose files override the default templates (default: templates/ when present)")
	port := fs.Int("port", 8080, "the port on 127.0.0.1 to serve on; 0 picks a free one")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *port < 0 || *port > 65535 {
		fmt.Fprintln(stderr, "usage: tkpkd serve [--content DIR] [--templates DIR] [--port N]")
		return 2
	}
	if opts.Templates == "" {
		if st, err := os.Stat("templates"); err == nil && st.IsDir() {
			opts.Templates = "templates"
		}
	}
	opts.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(*port))
	s, err := serve.New(opts)
	if err != nil {
		fmt.Fprintln(stderr, "tkpkd serve:", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := s.Run(ctx); err != nil {
		fmt.Fprintln(stderr, "tkpkd serve:", err)
		return 1
	}
	fmt.Fprintln(stdout, "stopped")
	return 0
}
