// Package data writes the open data of a site under data/: every table the
// site shows as CSV and JSON, described by a Frictionless Data
// datapackage.json (profile tabular-data-package).
//
//	data/alokasi.csv,    alokasi.json     budget lines
//	data/ringkasan.csv,  ringkasan.json   stated totals and their reconciliation
//	data/indikator.csv,  indikator.json   indicator observations
//	data/keputusan.csv,  keputusan.json   meeting decisions with their computed status
//	data/sumber.csv,     sumber.json      the citation registry
//	data/tkpkd.xlsx                       every table as a sheet of one workbook
//	data/datapackage.json
//
// The workbook has the CSV's columns with typed cells (rupiah with digit
// groups, dates as dates), the header row frozen and filters on, and the
// decisions as a follow-up matrix (status now, last follow-up, overdue).
// datapackage.json names it in its description only: a Tabular Data
// Package may list only CSV resources with a schema.
//
// CSV follows RFC 4180: UTF-8 without a byte-order mark, a header row, CRLF
// line ends, and numbers in machine form (6.17, 1700000000000). A text
// cell that a spreadsheet would run as a formula (it starts with =, +, -,
// @, a tab or a carriage return) gets a leading single quote; numeric
// columns are never changed, so a negative difference stays -5. JSON files
// hold the same columns as arrays of objects with the original text, an
// empty number, date or boolean becoming null.
//
// The output is a pure function of the model: rows follow the model's
// sorted slices and columns follow the row structs.
package data

import (
	"reflect"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/render"
)

// Dir is the folder, relative to the site root, that holds the open data.
const Dir = "data"

// License is the licence the data is published under.
type License struct {
	Name  string `json:"name"`            // an SPDX id, e.g. "CC-BY-4.0"
	Path  string `json:"path"`            // the licence text's URL
	Title string `json:"title,omitempty"` // a human name
}

// DefaultLicense is used when the Renderer names none: Creative Commons
// Attribution 4.0, the licence Indonesia's Satu Data portals commonly use.
var DefaultLicense = License{
	Name:  "CC-BY-4.0",
	Path:  "https://creativecommons.org/licenses/by/4.0/",
	Title: "Creative Commons Attribution 4.0",
}

// Renderer writes the open data files.
type Renderer struct {
	License License // DefaultLicense when zero
}

// Name returns "data".
func (Renderer) Name() string { return "data" }

// Render writes the open data of s with the default licence.
func Render(s *model.Site) ([]render.File, error) { return Renderer{}.Render(s) }

// Render writes every table as CSV and JSON, then datapackage.json.
func (r Renderer) Render(s *model.Site) ([]render.File, error) {
	var files []render.File
	ts := tables(s)
	for _, t := range ts {
		fields := fieldsOf(reflect.TypeOf(t.rows).Elem())
		c, err := writeCSV(t.rows, fields)
		if err != nil {
			return nil, err
		}
		j, err := writeJSON(t.rows)
		if err != nil {
			return nil, err
		}
		files = append(files,
			render.File{Path: Dir + "/" + t.name + ".csv", Data: c},
			render.File{Path: Dir + "/" + t.name + ".json", Data: j})
	}
	x, err := writeWorkbook(s, ts)
	if err != nil {
		return nil, err
	}
	files = append(files, render.File{Path: Dir + "/" + Workbook, Data: x})
	lic := r.License
	if lic == (License{}) {
		lic = DefaultLicense
	}
	p, err := writeJSON(newPackage(s, lic, ts))
	if err != nil {
		return nil, err
	}
	return append(files, render.File{Path: Dir + "/datapackage.json", Data: p}), nil
}

// table is one data set: its file name, its rows and how to describe it.
type table struct {
	name  string // file name without extension, also the resource name
	title string
	desc  string
	key   string // the primary key column, or ""
	rows  any    // a slice of a row struct
}

func tables(s *model.Site) []table {
	return []table{
		{"alokasi", "Alokasi anggaran",
			"Baris anggaran penanggulangan kemiskinan per tahun, tahap, wilayah dan perangkat daerah.",
			"id", allocations(s)},
		{"ringkasan", "Ringkasan anggaran dan rekonsiliasi",
			"Total anggaran yang dinyatakan pejabat, dibandingkan dengan jumlah rincian barisnya (kolom kosong bila tidak dirinci).",
			"id", summaries(s)},
		{"indikator", "Indikator kemiskinan",
			"Nilai indikator per wilayah dan periode, dengan metode dan sumbernya.",
			"", observations(s)},
		{"keputusan", "Keputusan rapat koordinasi",
			"Keputusan rapat dengan penanggung jawab, tenggat dan status terkini per tanggal laporan.",
			"id", decisions(s)},
		{"sumber", "Sumber",
			"Daftar sumber yang dirujuk setiap angka.",
			"id", sources(s)},
	}
}
