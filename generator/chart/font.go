package chart

import (
	"sync"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// DPI is the resolution every chart is laid out at: one point is one pixel.
const DPI = 72.0

var (
	fontsOnce sync.Once
	regular   *truetype.Font
	bold      *truetype.Font
)

// loadFonts parses the Go fonts once. Every chart sets them explicitly, which
// also keeps go-chart's racy GetDefaultFont out of the picture.
func loadFonts() {
	fontsOnce.Do(func() {
		var err error
		if regular, err = truetype.Parse(goregular.TTF); err != nil {
			panic("chart: parsing goregular: " + err.Error()) // embedded font, cannot fail
		}
		if bold, err = truetype.Parse(gobold.TTF); err != nil {
			panic("chart: parsing gobold: " + err.Error())
		}
	})
}

// Font returns the parsed Go Regular font used for chart text.
func Font() *truetype.Font { loadFonts(); return regular }

// BoldFont returns the parsed Go Bold font used for emphasised chart text.
func BoldFont() *truetype.Font { loadFonts(); return bold }

type faceKey struct {
	f         *truetype.Font
	size, dpi float64
}

// lockedFace is a face with its own lock: truetype faces cache glyphs and
// are not safe for concurrent use.
type lockedFace struct {
	mu sync.Mutex
	d  font.Drawer
}

var (
	facesMu sync.Mutex
	faces   = map[faceKey]*lockedFace{}
)

// face returns the single cached face for (f, size, dpi). go-chart's SVG
// writer builds a new face for every measurement, about 64 MB per chart.
func face(f *truetype.Font, size, dpi float64) *lockedFace {
	k := faceKey{f, size, dpi}
	facesMu.Lock()
	defer facesMu.Unlock()
	lf := faces[k]
	if lf == nil {
		lf = &lockedFace{d: font.Drawer{Face: truetype.NewFace(f, &truetype.Options{Size: size, DPI: dpi})}}
		faces[k] = lf
	}
	return lf
}

// Measure returns the box of s set in f at size points and dpi, the way the
// package's renderers measure it: Right is the advance width in pixels and
// Bottom the font size in pixels. A nil f means Font().
func Measure(f *truetype.Font, size, dpi float64, s string) gochart.Box {
	if f == nil {
		f = Font()
	}
	lf := face(f, size, dpi)
	lf.mu.Lock()
	w := lf.d.MeasureString(s).Ceil()
	lf.mu.Unlock()
	return gochart.Box{Right: w, Bottom: int(drawing.PointsToPixels(dpi, size))}
}
