package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"syscall"

	"github.com/tkpkd/tkpkd/generator/serve"
	"github.com/tkpkd/tkpkd/templates"
)

// serveCmd is "tkpkd serve" with what tests replace: the operating system
// whose browser opener is used, how a program is started, and the context
// that ends the preview (nil: Ctrl-C or SIGTERM).
type serveCmd struct {
	goos  string
	start func(name string, args ...string) error
	ctx   context.Context
}

// runServe builds, serves on 127.0.0.1 and rebuilds on change until
// Ctrl-C. Only the local machine can reach the preview: it shows drafts.
func runServe(args []string, stdout, stderr io.Writer) int {
	return serveCmd{goos: runtime.GOOS, start: startProgram}.run(args, stdout, stderr)
}

// startProgram starts a program and does not wait for it: a browser may
// outlive the preview.
func startProgram(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() // reap it whenever it ends
	return nil
}

// browserCommand is the program that opens url in the default browser.
// On Windows, rundll32's FileProtocolHandler needs no shell, so an "&" in
// the address cannot start another command as "cmd /c start" would.
func browserCommand(goos, url string) (string, []string) {
	switch goos {
	case "windows":
		return "rundll32", []string{"url.dll,FileProtocolHandler", url}
	case "darwin":
		return "open", []string{url}
	}
	return "xdg-open", []string{url}
}

func (c serveCmd) run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	opts := serve.Options{Defaults: templates.Defaults, Log: stdout}
	fs.StringVar(&opts.Content, "content", "content", "the content folder")
	fs.StringVar(&opts.Templates, "templates", "", "a folder whose files override the default templates (default: templates/ when present)")
	port := fs.Int("port", 8080, "the port on 127.0.0.1 to serve on; 0 picks a free one")
	open := fs.Bool("open", false, "open the preview in the default browser")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *port < 0 || *port > 65535 {
		fmt.Fprintln(stderr, "usage: tkpkd serve [--content DIR] [--templates DIR] [--port N] [--open]")
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
	ctx := c.ctx
	if ctx == nil {
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
	}
	if *open {
		// The server already listens: the browser's request waits in the
		// queue until the first build is served.
		name, args := browserCommand(c.goos, s.URL())
		if err := c.start(name, args...); err != nil {
			fmt.Fprintf(stderr, "tkpkd serve: peramban tidak bisa dibuka (%v); buka %s sendiri (the browser could not be opened; open the address yourself)\n", err, s.URL())
		}
	}
	if err := s.Run(ctx); err != nil {
		fmt.Fprintln(stderr, "tkpkd serve:", err)
		return 1
	}
	fmt.Fprintln(stdout, "stopped")
	return 0
}
