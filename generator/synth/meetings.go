package synth

import (
	"fmt"
	"time"
)

type decision struct {
	id, text, owner, co, due, strategy string
	ownerAg                            *agency
}

type meeting struct {
	id, title, kind, chair, role string
	date                         time.Time
	reg                          *region
	present                      []*agency
	decisions                    []decision
	followUps                    []followUp
}

type followUp struct {
	decision, status, note string
}

var (
	firstNames    = []string{"Ahmad", "Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Nurhayati", "Yusuf", "Lestari", "Eko", "Sri", "Bambang", "Wahyuni", "Rudi", "Fitri", "Joko", "Ratna", "Dedi", "Maria"}
	lastNames     = []string{"Santoso", "Rahmawati", "Hidayat", "Siregar", "Nasution", "Wijaya", "Saputra", "Lubis", "Kusuma", "Pratama", "Simanjuntak", "Harahap", "Setiawan", "Purnomo", "Manurung", "Tanjung"}
	kinds         = []string{"rakor", "rakor", "rakor", "rakor-teknis", "fgd"}
	kindTitle     = map[string]string{"rakor": "Rapat Koordinasi TKPKD", "rakor-teknis": "Rapat Koordinasi Teknis TKPKD", "fgd": "Diskusi Kelompok Terpumpun TKPKD"}
	decisionTexts = []string{
		"%s memadankan data sasaran kegiatan %s dengan data P3KE dan melaporkan hasilnya kepada Sekretariat TKPKD.",
		"%s menandai kegiatan %s sebagai belanja kemiskinan ekstrem di SIPD untuk tahun anggaran berikutnya.",
		"%s mempercepat realisasi kegiatan %s di desa kantong kemiskinan.",
		"%s menyampaikan laporan capaian kegiatan %s triwulan berjalan kepada Bappeda.",
		"%s menyelaraskan lokasi kegiatan %s dengan daftar desa prioritas yang ditetapkan TKPKD.",
	}
)

// meetings draws a region's meetings, spread evenly over the two budget
// years; each follows up most decisions of the one before.
func (w *world) meetings(reg *region) []*meeting {
	n := w.size.Meetings
	start := time.Date(firstYear, 1, 16, 0, 0, 0, 0, time.UTC)
	span := time.Date(firstYear+1, 12, 10, 0, 0, 0, 0, time.UTC).Sub(start)
	out := make([]*meeting, n)
	var prev *meeting
	for i := range out {
		d := workday(start.Add(span * time.Duration(i) / time.Duration(n)))
		k := pick(w.r, kinds)
		m := &meeting{
			id:    fmt.Sprintf("rakor-%s-%d-%02d", reg.slug, d.Year(), i+1),
			title: fmt.Sprintf("%s %s ke-%d Tahun %d", kindTitle[k], reg.name, i+1, d.Year()),
			kind:  k, date: d, reg: reg,
			chair: pick(w.r, firstNames) + " " + pick(w.r, lastNames),
			role:  "Sekretaris Daerah " + reg.name + ", Wakil Ketua TKPKD",
		}
		m.present = w.sample(reg.agencies, 6+w.r.IntN(5))
		m.decisions = w.decisions(m)
		if prev != nil {
			m.followUps = w.followUps(prev)
		}
		out[i], prev = m, m
	}
	return out
}

// workday moves a weekend date to the Monday after.
func workday(d time.Time) time.Time {
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// sample picks k distinct agencies, keeping the region's order; the
// secretariat (index 1) always attends.
func (w *world) sample(list []*agency, k int) []*agency {
	idx := w.r.Perm(len(list))[:k]
	chosen := make([]bool, len(list))
	chosen[1] = true
	for _, i := range idx {
		chosen[i] = true
	}
	var out []*agency
	for i, a := range list {
		if chosen[i] {
			out = append(out, a)
		}
	}
	return out
}

func (w *world) decisions(m *meeting) []decision {
	out := make([]decision, 5+w.r.IntN(6))
	for i := range out {
		a := pick(w.r, m.present)
		co := pick(w.r, m.present)
		if co == a {
			co = m.reg.agencies[0] // Bappeda
		}
		coID := co.id
		if m.reg.parent != "" && w.r.IntN(4) == 0 {
			coID = m.reg.parent // the province helps
		}
		if coID == a.id {
			coID = m.reg.agencies[1].id
		}
		out[i] = decision{
			id:    fmt.Sprintf("%s/K%02d", m.id, i+1),
			text:  fmt.Sprintf(pick(w.r, decisionTexts), a.name, lowerFirst(pick(w.r, a.tmpl.subs).name)),
			owner: a.id, co: coID, ownerAg: a,
			due:      m.date.AddDate(0, 0, 30+w.r.IntN(121)).Format(time.DateOnly),
			strategy: a.tmpl.strategy,
		}
	}
	return out
}

func (w *world) followUps(prev *meeting) []followUp {
	var out []followUp
	for _, d := range prev.decisions {
		if w.r.IntN(5) == 0 {
			continue // not discussed this time
		}
		f := followUp{decision: d.id}
		switch x := w.r.IntN(10); {
		case x < 5:
			f.status, f.note = "berjalan", "Pelaksanaan sedang berjalan; "+pick(w.r, progressNotes)
		case x < 9:
			f.status, f.note = "selesai", "Selesai dilaksanakan dan dilaporkan kepada Sekretariat TKPKD."
		default:
			f.status, f.note = "dibatalkan", "Dibatalkan karena kegiatan sudah ditangani program lain."
		}
		out = append(out, f)
	}
	return out
}

var progressNotes = []string{"data sasaran sedang dipadankan.", "anggaran menunggu APBD Perubahan.", "sebagian desa sudah selesai.", "laporan triwulan sedang disusun."}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]|0x20) + s[1:]
}
