package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
)

var meetingID = regexp.MustCompile(`^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$`)

// meetingSkeleton is what "tkpkd new meeting" writes: every field of a
// meeting with a comment in Bahasa Indonesia, so staff fill in the blanks.
var meetingSkeleton = template.Must(template.New("meeting").Parse(`# yaml-language-server: $schema=../../schema/meeting.json
# Rapat koordinasi baru. Isi setiap kolom, lalu jalankan: tkpkd check
# Teks bebas yang memuat ": " atau " #" harus diberi tanda kutip ganda.
id: {{.ID}}                      # sama dengan nama file: meetings/{{.ID}}.yaml
title: "Rapat Koordinasi TKPKD"   # judul rapat
kind: rakor                       # rakor, rakor-teknis, fgd, ...
date: 2024-01-31                  # tanggal rapat, YYYY-MM-DD
place:
  city: Serang
  venue: ""
chair:
  name: ""                        # nama pimpinan rapat
  role: ""                        # jabatan, mis. "Sekretaris Daerah Provinsi Banten"
participants:
  regions: []                     # kode wilayah, mis. ["36.01", "36.02"]
  agencies: []                    # id OPD dari agencies.yaml
objectives:
  - "Tujuan rapat"
agenda:
  - {no: 1, title: "Agenda pertama", presenter: ""}   # presenter: id OPD (boleh dikosongkan)
decisions:
  # id keputusan: <id rapat>/K<nomor dua angka>. Status: baru, berjalan, selesai, dibatalkan.
  # "terlambat" tidak ditulis: dihitung dari due dan as_of di site.yaml.
  - id: {{.ID}}/K01
    text: "Isi keputusan"
    owner: ""                     # id OPD atau kode wilayah penanggung jawab
    co_owners: []
    due: 2024-03-31
    status: baru
    strategy: ""                  # rujukan strategi, mis. inpres-4-2022/beban-pengeluaran (boleh dihapus)
follow_ups: []
  # Tindak lanjut keputusan rapat sebelumnya, mis.:
  # - {decision: rakor-lama/K01, status: selesai, as_of: 2024-01-31, note: "Sudah dilaksanakan"}
sources: []                       # id sumber dari sources.yaml
verification: verified            # verified, reported, derived atau illustrative
`))

func runNew(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("new", flag.ContinueOnError)
	fset.SetOutput(stderr)
	content := fset.String("content", "content", "the content folder")
	usage := "usage: tkpkd new meeting [--content DIR] ID"
	if len(args) == 0 || args[0] != "meeting" {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	if err := fset.Parse(args[1:]); err != nil || fset.NArg() != 1 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	id := fset.Arg(0)
	if !meetingID.MatchString(id) || len(id) > 100 {
		fmt.Fprintf(stderr, "tkpkd new meeting: %q is not a valid id (want lower-case letters, digits, '-', '_' or '.', e.g. rakor-2024-q4)\n", id)
		return 2
	}
	path := filepath.Join(*content, "meetings", id+".yaml")
	if err := writeNew(path, id); err != nil {
		fmt.Fprintf(stderr, "tkpkd new meeting: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s; fill it in, then run: tkpkd check --content %s\n", path, *content)
	return 0
}

// writeNew creates the file, never overwriting an existing meeting.
func writeNew(path, id string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	var b strings.Builder
	if err := meetingSkeleton.Execute(&b, struct{ ID string }{id}); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; choose another id", path)
	}
	if err != nil {
		return err
	}
	if _, err := io.WriteString(f, b.String()); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
