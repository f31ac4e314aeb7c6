package pdf

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"sort"

	"github.com/tkpkd/tkpkd/generator/chart"
)

// Key returns the hash of everything that decides a document's bytes,
// for build's cache: laying out and drawing a PDF is most of a build's time,
// while the Markdown a template produces, the charts and the metadata are
// cheap. A brief whose key is the one recorded for its path last time has
// the same bytes, because rendering is deterministic (the cache's owner also
// ties keys to the binary: fonts and layout code live in it).
func Key(doc *Document) (string, error) {
	h := sha256.New()
	field := func(s string) { fmt.Fprintf(h, "%d:%s;", len(s), s) }
	for _, s := range []string{doc.Title, doc.Subtitle, doc.Publisher, doc.Subject, doc.Keywords, doc.DateLine,
		doc.AsOf.UTC().Format("2006-01-02T15:04:05Z"), doc.Origin, doc.PageLabel, string(doc.Markdown)} {
		field(s)
	}
	ids := make([]string, 0, len(doc.Charts))
	for id := range doc.Charts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		field(id)
		// The recorded draw calls are the chart, whatever its kind.
		if err := doc.Charts[id].Render(chart.Record, writerFunc(func(p []byte) (int, error) { return h.Write(p) })); err != nil {
			return "", fmt.Errorf("chart %s: %w", id, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

var _ io.Writer = writerFunc(nil)
