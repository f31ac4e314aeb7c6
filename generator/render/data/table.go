package data

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// A table's columns come from its row struct, in declaration order, so the
// CSV header, the JSON keys and the datapackage schema cannot disagree:
//
//	json:"name"   the column name (snake_case)
//	desc:"..."    its description in the datapackage, in Indonesian
//
// The column type follows the Go type: string is "string" (a text column,
// guarded against formula injection), Date is "date", int and model.Money
// are "integer", float64 is "number", bool is "boolean". A pointer makes
// the column nullable: an empty CSV cell and a JSON null.

// Date is an ISO date column; "" is written as an empty cell and JSON null.
type Date string

// MarshalJSON writes "" as null, so a missing date is not an empty string.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

var dateType = reflect.TypeFor[Date]()

// field is one column of a table.
type field struct {
	index int    // of the struct field
	name  string // json tag
	typ   string // Table Schema type
	desc  string
	text  bool // free text: neutralised in CSV
}

// fieldsOf returns the columns of a row struct type.
func fieldsOf(t reflect.Type) []field {
	var out []field
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		ft := sf.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		f := field{index: i, name: name, desc: sf.Tag.Get("desc")}
		switch {
		case ft == dateType:
			f.typ = "date"
		case ft.Kind() == reflect.String:
			f.typ, f.text = "string", true
		case ft.Kind() == reflect.Bool:
			f.typ = "boolean"
		case ft.Kind() == reflect.Float64:
			f.typ = "number"
		case ft.Kind() >= reflect.Int && ft.Kind() <= reflect.Int64:
			f.typ = "integer"
		default:
			panic(fmt.Sprintf("data: column %s.%s has unsupported type %s", t.Name(), sf.Name, sf.Type)) // a bug in this package
		}
		out = append(out, f)
	}
	return out
}

// writeCSV writes rows (a slice of row structs) as RFC 4180 CSV: a header,
// CRLF line ends, UTF-8 without a byte-order mark.
func writeCSV(rows any, fields []field) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true // RFC 4180 §2: records end in CRLF
	header := make([]string, len(fields))
	for i, f := range fields {
		header[i] = f.name
	}
	if err := w.Write(header); err != nil {
		return nil, err
	}
	v := reflect.ValueOf(rows)
	record := make([]string, len(fields))
	for r := range v.Len() {
		row := v.Index(r)
		for i, f := range fields {
			record[i] = cell(row.Field(f.index), f)
		}
		if err := w.Write(record); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// cell writes one value in the machine form Table Schema reads: numbers
// with a "." and no digit groups, booleans as true/false.
func cell(v reflect.Value, f field) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		if f.text {
			return neutralise(v.String())
		}
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	default:
		return strconv.FormatInt(v.Int(), 10)
	}
}

// neutralise stops a spreadsheet from running a text cell as a formula
// (OWASP "CSV injection"): a cell that starts with =, +, -, @, a tab or a
// carriage return gets a leading single quote. Only text columns pass
// here; numbers such as a negative difference stay numbers.
func neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// writeJSON writes v indented, with HTML characters escaped so the file is
// safe even if a browser is talked into rendering it as HTML.
func writeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
