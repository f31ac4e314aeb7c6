package browsertest

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// Page is one browser tab with its own session.
type Page struct {
	b       *Browser
	session string
	target  string
	mu      sync.Mutex
	errors  []string      // console errors, uncaught exceptions, failed loads
	loaded  chan struct{} // receives on each load event
}

// NewPage opens a tab emulating a viewport of width × height CSS pixels;
// widths under 500 are treated as a phone (touch, mobile viewport).
func (b *Browser) NewPage(ctx context.Context, width, height int) (*Page, error) {
	var t struct {
		TargetID string `json:"targetId"`
	}
	if err := b.Call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &t); err != nil {
		return nil, err
	}
	var a struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.Call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": t.TargetID, "flatten": true}, &a); err != nil {
		return nil, err
	}
	p := &Page{b: b, session: a.SessionID, target: t.TargetID, loaded: make(chan struct{}, 8)}
	b.mu.Lock()
	b.pages[p.session] = p
	b.mu.Unlock()
	for _, m := range []string{"Page.enable", "Runtime.enable", "Log.enable"} {
		if err := b.Call(ctx, p.session, m, struct{}{}, nil); err != nil {
			return nil, err
		}
	}
	err := b.Call(ctx, p.session, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500}, nil)
	return p, err
}

func (p *Page) event(e Event) {
	switch e.Method {
	case "Page.loadEventFired":
		select {
		case p.loaded <- struct{}{}:
		default:
		}
	case "Runtime.exceptionThrown":
		var v struct {
			ExceptionDetails struct {
				Text      string `json:"text"`
				Exception struct {
					Description string `json:"description"`
				} `json:"exception"`
			} `json:"exceptionDetails"`
		}
		_ = json.Unmarshal(e.Params, &v)
		p.addError("exception: " + v.ExceptionDetails.Text + " " + v.ExceptionDetails.Exception.Description)
	case "Runtime.consoleAPICalled":
		var v struct {
			Type string `json:"type"`
			Args []struct {
				Value       any    `json:"value"`
				Description string `json:"description"`
			} `json:"args"`
		}
		_ = json.Unmarshal(e.Params, &v)
		if v.Type == "error" || v.Type == "assert" {
			var parts []string
			for _, a := range v.Args {
				parts = append(parts, fmt.Sprint(a.Value, a.Description))
			}
			p.addError("console." + v.Type + ": " + strings.Join(parts, " "))
		}
	case "Log.entryAdded":
		var v struct {
			Entry struct {
				Level string `json:"level"`
				Text  string `json:"text"`
				URL   string `json:"url"`
			} `json:"entry"`
		}
		_ = json.Unmarshal(e.Params, &v)
		if v.Entry.Level == "error" {
			p.addError("log: " + v.Entry.Text + " " + v.Entry.URL)
		}
	}
}

func (p *Page) addError(s string) {
	p.mu.Lock()
	p.errors = append(p.errors, s)
	p.mu.Unlock()
}

// Errors returns the console errors seen since the last call and clears them.
func (p *Page) Errors() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.errors
	p.errors = nil
	return out
}

// Navigate loads url and waits for its load event.
func (p *Page) Navigate(ctx context.Context, url string) error {
	for len(p.loaded) > 0 {
		<-p.loaded
	}
	var r struct {
		ErrorText string `json:"errorText"`
	}
	if err := p.b.Call(ctx, p.session, "Page.navigate", map[string]any{"url": url}, &r); err != nil {
		return err
	}
	if r.ErrorText != "" {
		return fmt.Errorf("navigate %s: %s", url, r.ErrorText)
	}
	select {
	case <-p.loaded:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("navigate %s: %w", url, ctx.Err())
	}
}

// Eval runs a JavaScript expression, awaiting a promise, and decodes its
// JSON-able value into out.
func (p *Page) Eval(ctx context.Context, expr string, out any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := p.b.Call(ctx, p.session, "Runtime.evaluate", map[string]any{"expression": expr,
		"awaitPromise": true, "returnByValue": true}, &r)
	if err != nil {
		return err
	}
	if e := r.ExceptionDetails; e != nil {
		return fmt.Errorf("evaluate: %s %s", e.Text, e.Exception.Description)
	}
	if out == nil || len(r.Result.Value) == 0 {
		return nil
	}
	return json.Unmarshal(r.Result.Value, out)
}

// Screenshot captures the whole page, not only the viewport, as PNG.
func (p *Page) Screenshot(ctx context.Context) ([]byte, error) {
	var m struct {
		CSSContentSize struct {
			Width  float64 `json:"width"`
			Height float64 `json:"height"`
		} `json:"cssContentSize"`
	}
	if err := p.b.Call(ctx, p.session, "Page.getLayoutMetrics", struct{}{}, &m); err != nil {
		return nil, err
	}
	var r struct {
		Data string `json:"data"`
	}
	err := p.b.Call(ctx, p.session, "Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": true,
		"clip": map[string]any{"x": 0, "y": 0, "width": m.CSSContentSize.Width, "height": m.CSSContentSize.Height, "scale": 1}}, &r)
	if err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

// Close closes the tab.
func (p *Page) Close(ctx context.Context) error {
	p.b.mu.Lock()
	delete(p.b.pages, p.session)
	p.b.mu.Unlock()
	return p.b.Call(ctx, "", "Target.closeTarget", map[string]any{"targetId": p.target}, nil)
}
