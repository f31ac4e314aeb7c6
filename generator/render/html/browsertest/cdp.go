// Package browsertest drives a headless Chromium over the DevTools protocol
// to check the built site the way a reader sees it: pages load from
// file:// without console errors, charts are visible at phone and desktop
// widths, and axe-core finds no serious accessibility problem.
//
// The protocol runs over --remote-debugging-pipe (file descriptors 3 and 4,
// JSON messages ended by a NUL byte), so no WebSocket library and no network
// port are needed.
package browsertest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"time"
)

// Browser is a running headless Chromium.
type Browser struct {
	cmd    *exec.Cmd
	w      io.WriteCloser
	mu     sync.Mutex
	nextID int
	wait   map[int]chan reply
	pages  map[string]*Page // by session id, to route events
	done   chan struct{}
	err    error
}

type reply struct {
	Result json.RawMessage
	Err    error
}

// Event is a protocol event of one page session.
type Event struct {
	Method    string
	SessionID string
	Params    json.RawMessage
}

type message struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// Start launches the browser binary with a fresh profile in profileDir.
func Start(ctx context.Context, binary, profileDir string) (*Browser, error) {
	toChrome, ourW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	ourR, fromChrome, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--hide-scrollbars", "--mute-audio", "--remote-debugging-pipe",
		"--user-data-dir="+profileDir, "about:blank")
	cmd.ExtraFiles = []*os.File{toChrome, fromChrome} // fd 3: Chromium reads; fd 4: Chromium writes
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	toChrome.Close()
	fromChrome.Close()
	b := &Browser{cmd: cmd, w: ourW, wait: map[int]chan reply{}, pages: map[string]*Page{}, done: make(chan struct{})}
	go b.read(ourR)
	return b, nil
}

func (b *Browser) read(r io.Reader) {
	defer close(b.done)
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		raw, err := br.ReadBytes(0)
		if err != nil {
			b.fail(fmt.Errorf("browser closed the pipe: %w", err))
			return
		}
		var m message
		if err := json.Unmarshal(raw[:len(raw)-1], &m); err != nil {
			b.fail(fmt.Errorf("bad message from browser: %w", err))
			return
		}
		if m.ID != 0 {
			b.mu.Lock()
			ch := b.wait[m.ID]
			delete(b.wait, m.ID)
			b.mu.Unlock()
			if ch != nil {
				rep := reply{Result: m.Result}
				if m.Error != nil {
					rep.Err = fmt.Errorf("%s", m.Error.Message)
				}
				ch <- rep
			}
			continue
		}
		b.mu.Lock()
		p := b.pages[m.SessionID]
		b.mu.Unlock()
		if p != nil {
			p.event(Event{Method: m.Method, SessionID: m.SessionID, Params: m.Params})
		}
	}
}

func (b *Browser) fail(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err == nil {
		b.err = err
	}
	for id, ch := range b.wait {
		ch <- reply{Err: err}
		delete(b.wait, id)
	}
}

// Call sends a command (to the browser when session is "", else to a page)
// and decodes its result into out, which may be nil.
func (b *Browser) Call(ctx context.Context, session, method string, params, out any) error {
	p, err := json.Marshal(params)
	if err != nil {
		return err
	}
	b.mu.Lock()
	if b.err != nil {
		b.mu.Unlock()
		return b.err
	}
	b.nextID++
	id := b.nextID
	ch := make(chan reply, 1)
	b.wait[id] = ch
	msg, _ := json.Marshal(message{ID: id, Method: method, SessionID: session, Params: p})
	_, err = b.w.Write(append(msg, 0))
	b.mu.Unlock()
	if err != nil {
		return err
	}
	select {
	case rep := <-ch:
		if rep.Err != nil {
			return fmt.Errorf("%s: %w", method, rep.Err)
		}
		if out != nil {
			return json.Unmarshal(rep.Result, out)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// Close ends the browser and waits for it; a browser that does not quit
// within a few seconds is killed.
func (b *Browser) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = b.Call(ctx, "", "Browser.close", struct{}{}, nil)
	b.w.Close()
	select {
	case <-b.done:
	case <-ctx.Done():
		_ = b.cmd.Process.Kill()
	}
	return b.cmd.Wait()
}
