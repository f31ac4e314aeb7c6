package data

import (
	"reflect"
	"strings"

	"github.com/tkpkd/tkpkd/generator/model"
)

// dataPackage is datapackage.json (Frictionless Data Package v1). Structs,
// not maps, keep the key order fixed.
type dataPackage struct {
	Profile      string        `json:"profile"`
	Name         string        `json:"name"`
	Title        string        `json:"title,omitempty"`
	Description  string        `json:"description"`
	Licenses     []License     `json:"licenses"`
	Contributors []contributor `json:"contributors,omitempty"`
	Sources      []pkgSource   `json:"sources"`
	Resources    []resource    `json:"resources"`
}

type contributor struct {
	Title string `json:"title"`
	Email string `json:"email,omitempty"`
	Role  string `json:"role"`
}

type pkgSource struct {
	Title string `json:"title"`
	Path  string `json:"path,omitempty"`
}

type resource struct {
	Profile     string  `json:"profile"`
	Name        string  `json:"name"`
	Path        string  `json:"path"`
	Title       string  `json:"title"`
	Description string  `json:"description"`
	Format      string  `json:"format"`
	Mediatype   string  `json:"mediatype"`
	Encoding    string  `json:"encoding"`
	Dialect     dialect `json:"dialect"`
	Schema      schema  `json:"schema"`
}

type dialect struct {
	Delimiter      string `json:"delimiter"`
	LineTerminator string `json:"lineTerminator"`
	QuoteChar      string `json:"quoteChar"`
	DoubleQuote    bool   `json:"doubleQuote"`
	Header         bool   `json:"header"`
}

type schema struct {
	Fields        []schemaField `json:"fields"`
	PrimaryKey    string        `json:"primaryKey,omitempty"`
	MissingValues []string      `json:"missingValues"`
}

type schemaField struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Description string `json:"description,omitempty"`
}

// csvNote tells users of the package what was done to text cells.
const csvNote = " Berkas CSV mengikuti RFC 4180 (UTF-8 tanpa BOM, baris diakhiri CRLF, angka memakai titik desimal tanpa pemisah ribuan)." +
	" Untuk mencegah injeksi rumus pada aplikasi lembar kerja, sel teks yang diawali =, +, -, @, tab atau CR diberi awalan tanda kutip tunggal ('); kolom angka tidak diubah." +
	" Berkas JSON dengan nama yang sama memuat kolom yang sama dengan teks asli tanpa awalan; angka, tanggal dan nilai benar/salah yang kosong ditulis null." +
	" Semua tabel juga tersedia sebagai satu buku kerja Excel, tkpkd.xlsx (satu lembar per tabel; lembar keputusan berupa matriks tindak lanjut)."

func newPackage(s *model.Site, lic License, ts []table) dataPackage {
	p := dataPackage{
		Profile:  "tabular-data-package",
		Name:     packageName(s.Config.Region),
		Title:    s.Config.Title,
		Licenses: []License{lic},
		Description: "Data terbuka " + orDefault(s.Config.Publisher, "TKPKD") +
			": anggaran, indikator, keputusan rapat koordinasi dan sumbernya, per tanggal laporan " +
			s.Config.AsOf.String() + "." + csvNote,
		Sources: []pkgSource{},
	}
	if s.Config.Publisher != "" {
		p.Contributors = []contributor{{Title: s.Config.Publisher, Email: s.Config.Contact.Email, Role: "publisher"}}
	}
	for _, src := range s.Sources {
		p.Sources = append(p.Sources, pkgSource{Title: src.Title, Path: src.URL})
	}
	for _, t := range ts {
		p.Resources = append(p.Resources, newResource(t))
	}
	return p
}

func newResource(t table) resource {
	r := resource{
		Profile:     "tabular-data-resource",
		Name:        t.name,
		Path:        t.name + ".csv",
		Title:       t.title,
		Description: t.desc + " Versi JSON: " + t.name + ".json.",
		Format:      "csv",
		Mediatype:   "text/csv",
		Encoding:    "utf-8",
		Dialect:     dialect{Delimiter: ",", LineTerminator: "\r\n", QuoteChar: `"`, DoubleQuote: true, Header: true},
		Schema:      schema{PrimaryKey: t.key, MissingValues: []string{""}},
	}
	for _, f := range fieldsOf(reflect.TypeOf(t.rows).Elem()) {
		r.Schema.Fields = append(r.Schema.Fields, schemaField{Name: f.name, Type: f.typ, Description: f.desc})
	}
	return r
}

// packageName makes a Data Package name (lower case, digits, ".", "-",
// "_") from the site's region code: "tkpkd-36".
func packageName(region string) string {
	if region == "" {
		return "tkpkd"
	}
	return "tkpkd-" + strings.ReplaceAll(region, ".", "-")
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
