package serve

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// EventsPath is where pages listen for builds (server-sent events).
const EventsPath = "/_tkpkd/events"

// broker hands each build's event to every open page.
type broker struct {
	mu   sync.Mutex
	subs map[chan string]struct{} // one per open event stream
}

func (b *broker) subscribe() chan string {
	// One slot is enough: a page that missed an event still gets the
	// latest, and the only thing it does is reload.
	ch := make(chan string, 1)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs == nil {
		b.subs = make(map[chan string]struct{})
	}
	b.subs[ch] = struct{}{}
	return ch
}

func (b *broker) unsubscribe(ch chan string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.subs, ch)
}

// send gives data to every subscriber without waiting for a slow one:
// a subscriber with an event still pending keeps the older one, which
// reloads the page just the same.
func (b *broker) send(data string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs {
		select {
		case ch <- data:
		default:
		}
	}
}

// serveEvents streams a "reload" event after each build until the page
// goes away or the server stops (the request's context ends).
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming is not supported", http.StatusInternalServerError)
		return
	}
	ch := s.events.subscribe()
	defer s.events.unsubscribe(ch)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	// A comment first, so the page (and a test) knows it is subscribed.
	fmt.Fprint(w, ": tkpkd serve\n\n")
	flusher.Flush()
	// A comment now and then keeps proxies and idle timeouts from closing the stream.
	tick := time.NewTicker(30 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case data := <-ch:
			fmt.Fprintf(w, "event: reload\ndata: %s\n\n", data)
		case <-tick.C:
			fmt.Fprint(w, ": ping\n\n")
		}
		flusher.Flush()
	}
}
