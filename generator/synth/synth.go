package synth

import (
	"bytes"
	"fmt"
)

// Options say what to generate.
type Options struct {
	Size Size
	Seed uint64
}

// Stats says what Generate wrote.
type Stats struct {
	Regions, Agencies, Lines, Meetings, Decisions int
	Files                                         int
	Bytes                                         int64
}

// Generate writes synthetic content into dir, which must be missing,
// empty, or an earlier output of Generate (see Marker). The same Options
// always give the same bytes.
func Generate(dir string, opt Options) (Stats, error) {
	if opt.Size.Lines < 1 || opt.Size.Meetings < 1 {
		return Stats{}, fmt.Errorf("size %q needs at least one line and one meeting per region", opt.Size.Name)
	}
	out, err := openOut(dir)
	if err != nil {
		return Stats{}, err
	}
	w := newWorld(opt.Size, opt.Seed)
	st := Stats{Regions: len(w.regions)}
	var b bytes.Buffer
	emit := func(name string, fill func(*bytes.Buffer)) {
		if err != nil {
			return
		}
		b.Reset()
		fill(&b)
		err = out.write(name, &b)
	}
	emit("site.yaml", w.siteYAML)
	emit("sources.yaml", sourcesYAML)
	emit("strategies.yaml", strategiesYAML)
	emit("regions.yaml", w.regionsYAML)
	emit("agencies.yaml", w.agenciesYAML)
	emit("indicators.yaml", w.indicatorsYAML)
	emit("pages/tentang.md", func(b *bytes.Buffer) { pagesMD("id", b) })
	emit("pages/tentang.en.md", func(b *bytes.Buffer) { pagesMD("en", b) })
	for _, reg := range w.regions {
		st.Agencies += len(reg.agencies)
		for y := firstYear; y <= firstYear+1; y++ {
			emit(fmt.Sprintf("allocations/%d/%s.yaml", y, reg.code), func(b *bytes.Buffer) { w.allocationYAML(reg, y, b) })
			st.Lines += opt.Size.Lines
		}
		for _, m := range w.meetings(reg) {
			emit("meetings/"+m.id+".yaml", m.yaml)
			emit("meetings/"+m.id+".md", func(b *bytes.Buffer) { w.minutes(m, b) })
			st.Meetings++
			st.Decisions += len(m.decisions)
		}
	}
	st.Files, st.Bytes = out.files, out.bytes
	return st, err
}
