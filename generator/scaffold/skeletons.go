package scaffold

import (
	"bytes"
	"text/template"
)

// The skeletons "tkpkd new" writes. Only what tkpkd knows for certain is
// filled in (ids, today's date, the site's region); everything else is a
// blank "" that check refuses until it is filled or its line deleted, so a
// half-filled file is never published. Nothing is pre-filled with sample
// text ("Isi keputusan") or a default claim (verification: verified) that
// could reach the site unnoticed. Comments are in Bahasa Indonesia, for
// the staff who fill them in.

var meetingSkeleton = template.Must(template.New("meeting").Parse(`# yaml-language-server: $schema=../../schema/meeting.json
# Rapat baru. Ganti setiap "" dengan isinya, atau hapus baris yang tidak
# dipakai; tkpkd check menolak berkas ini selama masih ada "" yang kosong.
# Teks yang memuat ": " atau " #" harus tetap di antara tanda kutip ganda.
id: {{.ID}}                 # sama dengan nama berkas: meetings/{{.ID}}.yaml
title: ""                   # judul rapat, mis. "Rapat Koordinasi TKPKD Triwulan IV 2024"
kind: ""                    # jenis rapat: rakor, rakor-teknis, fgd, ...
date: {{.Today}}            # tanggal rapat (YYYY-MM-DD); ubah bila rapatnya bukan hari ini
place:
  city: ""                  # kota, mis. Serang
  venue: ""                 # gedung atau ruang rapat
chair:
  name: ""                  # nama pimpinan rapat
  role: ""                  # jabatan, mis. "Sekretaris Daerah Provinsi Banten"
participants:
  regions: []               # kode wilayah yang hadir, mis. ["36.01", "36.02"]
  agencies: []              # id OPD yang hadir (dari agencies.yaml), mis. [banten-bappeda]
objectives:
  - ""                      # tujuan rapat; tambah baris "- " untuk tujuan berikutnya
agenda:
  - no: 1
    title: ""               # judul agenda
    presenter: ""           # id OPD penyaji (dari agencies.yaml)
decisions:
  # id keputusan: {{.ID}}/K01, {{.ID}}/K02, ...
  # status: baru, berjalan, selesai atau dibatalkan. "terlambat" tidak
  # ditulis: tkpkd menghitungnya dari due dan as_of di site.yaml.
  - id: {{.ID}}/K01
    text: ""                # isi keputusan
    owner: ""               # penanggung jawab: id OPD atau kode wilayah
    due: ""                 # batas waktu, YYYY-MM-DD
    status: baru
    strategy: ""            # rujukan strategi, mis. inpres-4-2022/beban-pengeluaran; hapus bila tidak ada
follow_ups: []
  # Tindak lanjut keputusan rapat sebelumnya yang dilaporkan di rapat ini:
  #   tkpkd new follow-up <id keputusan> --meeting {{.ID}}
sources: []                 # id sumber dari sources.yaml, mis. [antara-3849513]
verification: ""            # verified (sudah diperiksa), reported (menurut pejabat atau media), derived (hasil hitungan) atau illustrative (contoh)
`))

var yearSkeleton = template.Must(template.New("year").Parse(`# yaml-language-server: $schema=../../schema/allocations.json
# Anggaran tahun {{.Year}}. Ganti setiap "" dengan isinya, atau hapus baris
# yang tidak dipakai; tkpkd check menolak berkas ini selama masih ada "".
# Jumlah rupiah ditulis dengan angka saja, tanpa titik dan tanpa tanda
# kutip: 2200000000000, bukan "Rp2,2 triliun".
year: {{.Year}}
region: "{{.Region}}"{{if not .Region}}             # kode wilayah, mis. "36"{{end}}
summaries:
  # Total yang dinyatakan pejabat atau dokumen resmi (APBD, RKA, ...).
  - id: ""                  # mis. apbd-{{.Year}}
    stage: ""               # tahap: rkpd, kua_ppas, rka, apbd, apbd_p atau realisasi
    scope: ""               # apa yang dicakup, mis. "Anggaran penanggulangan kemiskinan ekstrem"
    amount: ""              # rupiah, angka saja
    source: ""              # id sumber dari sources.yaml
lines:
  # Rincian per sub kegiatan; rincian satu tahap harus berjumlah sama dengan
  # totalnya. Hapus seluruh bagian lines bila rinciannya belum ada.
  - id: ""                  # mis. {{.Year}}-dinsos-001
    stage: ""               # tahap yang sama dengan totalnya
    agency: ""              # id OPD dari agencies.yaml
    code: ""                # kode sub kegiatan, mis. "1.06.05.2.01.0001"
    name: ""                # nama sub kegiatan
    amount: ""              # rupiah, angka saja
    source: ""              # id sumber dari sources.yaml
`))

var pageSkeleton = template.Must(template.New("page").Parse(`---
# Halaman bebas. Isi judulnya, lalu tulis isinya (Markdown) di bawah baris
# --- kedua. tkpkd check menolak halaman ini selama judul atau isinya kosong.
title: ""                   # judul halaman
# weight: 10                # urutan di menu: angka kecil tampil lebih dulu
---
`))

// followUpSkeleton is one item of a follow_ups list, indented by Indent.
var followUpSkeleton = template.Must(template.New("follow-up").Parse(`{{.Indent}}- decision: {{.Decision}}
{{.Indent}}  status: ""             # baru, berjalan, selesai atau dibatalkan
{{.Indent}}  as_of: {{.Today}}      # tanggal status ini dilaporkan (YYYY-MM-DD)
{{.Indent}}  note: ""               # apa yang sudah dikerjakan; hapus bila tidak ada
`))

// skeleton fills t; the templates are fixed, so an error is a bug.
func skeleton(t *template.Template, data any) []byte {
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		panic(err)
	}
	return b.Bytes()
}
