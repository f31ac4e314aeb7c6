package synth

import (
	"bytes"
	"fmt"
	"strings"
	"time"
)

func (m *meeting) yaml(b *bytes.Buffer) {
	line(b, "# Rapat SINTETIS dari tkpkd gen: contoh, bukan notulen resmi.")
	line(b, "id: %s", m.id)
	line(b, "title: %s", q(m.title))
	line(b, "kind: %s", m.kind)
	line(b, "date: %s", m.date.Format(time.DateOnly))
	line(b, "place: {city: %s, venue: %s}", q(m.reg.place), q("Aula Bappeda "+m.reg.name))
	line(b, "chair: {name: %s, role: %s}", q(m.chair), q(m.role))
	regions := []string{m.reg.code}
	for _, c := range m.reg.children {
		regions = append(regions, c.code)
	}
	ids := make([]string, len(m.present))
	for i, a := range m.present {
		ids[i] = a.id
	}
	line(b, "participants: {regions: %s, agencies: [%s]}", qs(regions), strings.Join(ids, ", "))
	line(b, "objectives:")
	line(b, "  - %s", q("Mengevaluasi pelaksanaan program penanggulangan kemiskinan di "+m.reg.name))
	line(b, "  - %s", q("Menetapkan langkah tindak lanjut bagi perangkat daerah"))
	line(b, "agenda:")
	line(b, "  - {no: 1, title: \"Capaian program dan anggaran\", presenter: %s}", m.reg.agencies[0].id)
	line(b, "  - {no: 2, title: \"Tindak lanjut keputusan rapat sebelumnya\", presenter: %s}", m.reg.agencies[1].id)
	line(b, "  - {no: 3, title: \"Pemadanan data sasaran P3KE\", presenter: %s}", m.present[len(m.present)-1].id)
	line(b, "decisions:")
	for _, d := range m.decisions {
		line(b, "  - id: %s", d.id)
		line(b, "    text: %s", q(d.text))
		line(b, "    owner: %s", d.owner)
		line(b, "    co_owners: %s", qs([]string{d.co}))
		line(b, "    due: %s", d.due)
		line(b, "    status: baru")
		line(b, "    strategy: %s", d.strategy)
		line(b, "    verification: illustrative")
	}
	if len(m.followUps) > 0 {
		line(b, "follow_ups:")
	}
	for _, f := range m.followUps {
		line(b, "  - {decision: %s, status: %s, note: %s, as_of: %s, verification: illustrative}", f.decision, f.status, q(f.note), m.date.Format(time.DateOnly))
	}
	line(b, "sources: [%s]", srcNotulen)
	line(b, "source: %s", srcNotulen)
	line(b, "verification: illustrative")
}

var bulan = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}

func tanggal(d time.Time) string {
	return fmt.Sprintf("%d %s %d", d.Day(), bulan[d.Month()-1], d.Year())
}

// minutes writes about 400 words of Markdown: opening, presentations,
// discussion and decisions, in the shape of the reference minutes.
func (w *world) minutes(m *meeting, b *bytes.Buffer) {
	line(b, "> **Notulen sintetis.** Teks ini dibuat oleh `tkpkd gen` sebagai contoh bentuk notulen; semua nama dan angka adalah contoh.")
	line(b, "")
	line(b, "## Pembukaan")
	line(b, "")
	line(b, "Rapat dibuka oleh %s selaku %s pada %s di Aula Bappeda %s. "+
		"Rapat dihadiri %d perangkat daerah dan membahas pelaksanaan program penanggulangan kemiskinan, "+
		"terutama kemiskinan ekstrem, sejalan dengan Instruksi Presiden Nomor 4 Tahun 2022 dan Permendagri Nomor 53 Tahun 2020. "+
		"Pimpinan rapat mengingatkan bahwa setiap perangkat daerah wajib melaporkan capaian dengan data sasaran yang sama.",
		m.chair, m.role, tanggal(m.date), m.reg.name, len(m.present))
	line(b, "")
	line(b, "## Paparan")
	line(b, "")
	recap := fmt.Sprintf("menyampaikan rekapitulasi tindak lanjut keputusan rapat sebelumnya: %d keputusan dibahas kembali pada rapat ini", len(m.followUps))
	if len(m.followUps) == 0 {
		recap = "menyampaikan bahwa rapat ini adalah rapat pertama dalam periode pelaporan, sehingga belum ada keputusan yang ditindaklanjuti"
	}
	line(b, "%s memaparkan capaian program dan anggaran yang ditandai untuk kemiskinan ekstrem. "+
		"Sebagian besar kegiatan berjalan sesuai rencana, tetapi beberapa kegiatan masih menunggu penetapan data sasaran "+
		"dan pencairan anggaran. %s %s.", m.reg.agencies[0].name, m.reg.agencies[1].name, recap)
	line(b, "")
	line(b, "## Diskusi")
	line(b, "")
	for _, a := range m.present[:3] {
		s := pick(w.r, a.tmpl.subs)
		line(b, "- **%s** melaporkan kegiatan %s: %s ditargetkan %d %s, dengan kendala %s.",
			a.short, lowerFirst(s.name), lowerFirst(s.output), s.lo+w.r.IntN(s.hi-s.lo+1), s.unit, pick(w.r, obstacles))
	}
	line(b, "")
	line(b, "Peserta sepakat bahwa data P3KE dipakai sebagai rujukan tunggal sasaran, dan bahwa setiap perubahan lokasi kegiatan "+
		"dilaporkan kepada Sekretariat TKPKD paling lambat akhir triwulan. Perangkat daerah yang belum menandai anggarannya "+
		"di SIPD diminta berkoordinasi dengan BPKAD dan Bappeda.")
	line(b, "")
	line(b, "## Keputusan")
	line(b, "")
	line(b, "Rapat menetapkan %d keputusan. Rinciannya, beserta penanggung jawab, tenggat dan status terkini, tercantum pada halaman rapat ini:", len(m.decisions))
	line(b, "")
	for i, d := range m.decisions {
		line(b, "%d. %s", i+1, d.text)
	}
	line(b, "")
	line(b, "## Penutup")
	line(b, "")
	line(b, "Rapat ditutup oleh %s. Rapat berikutnya akan membahas tindak lanjut keputusan di atas.", m.chair)
}

var obstacles = []string{
	"data sasaran yang belum dipadankan dengan P3KE",
	"keterlambatan pencairan anggaran",
	"akses ke desa terpencil pada musim hujan",
	"kurangnya tenaga pendamping di lapangan",
	"perubahan lokasi setelah verifikasi lapangan",
}
