package data

import (
	"reflect"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/sheet"
)

// Workbook is the file name of the open data as one XLSX workbook.
const Workbook = "tkpkd.xlsx"

// followUp is a row of the workbook's decisions sheet: a follow-up matrix
// the secretariat filters by owner, status or overdue before a meeting.
type followUp struct {
	ID           string `json:"id"`
	Meeting      string `json:"meeting"`
	MeetingDate  Date   `json:"meeting_date"`
	Text         string `json:"text"`
	Owner        string `json:"owner"`
	OwnerName    string `json:"owner_name"`
	Due          Date   `json:"due"`
	Current      string `json:"current_status"`
	Overdue      bool   `json:"overdue"`
	LastFollowUp Date   `json:"last_follow_up"`
	LastMeeting  string `json:"last_follow_up_meeting"`
	LastStatus   string `json:"last_follow_up_status"`
	LastNote     string `json:"last_follow_up_note"`
	FollowUps    int    `json:"follow_ups"`
}

func followUps(s *model.Site) []followUp {
	out := []followUp{}
	for _, m := range s.Meetings {
		for _, d := range m.Decisions {
			r := followUp{
				ID: d.ID, Meeting: m.ID, MeetingDate: Date(m.Date.String()), Text: d.Text,
				Owner: d.Owner, OwnerName: s.OwnerName(d.Owner), Due: Date(d.Due.String()),
				Current: string(d.Shown()), Overdue: d.Overdue, FollowUps: len(d.FollowUps),
			}
			if n := len(d.FollowUps); n > 0 {
				f := d.FollowUps[n-1]
				r.LastFollowUp, r.LastMeeting = Date(f.AsOf.String()), f.Meeting
				r.LastStatus, r.LastNote = string(f.Status), f.Note
			}
			out = append(out, r)
		}
	}
	return out
}

var (
	moneyType = reflect.TypeFor[model.Money]()
	int64Type = reflect.TypeFor[int64]()
)

// writeWorkbook writes every table as a sheet of one workbook, with the
// decisions as a follow-up matrix. Cells are typed (amounts and counts as
// numbers, dates as dates) so Indonesian-locale Excel shows them in its
// own format; text is guarded against formulas as in the CSV. The
// document date is the site's as_of, never the clock.
func writeWorkbook(s *model.Site, ts []table) ([]byte, error) {
	wb := sheet.Workbook{
		Title: s.Config.Title, Creator: orDefault(s.Config.Publisher, "TKPKD"),
		Language: s.Config.DefaultLanguage(), Date: s.Config.AsOf.Time(),
	}
	for _, t := range ts {
		rows := t.rows
		if t.name == "keputusan" {
			rows = followUps(s)
		}
		wb.Sheets = append(wb.Sheets, sheetOf(t.name, rows))
	}
	return sheet.WriteXLSX(wb)
}

// sheetOf turns a slice of row structs into a sheet with the same
// columns as the CSV.
func sheetOf(name string, rows any) sheet.Sheet {
	rt := reflect.TypeOf(rows).Elem()
	fields := fieldsOf(rt)
	sh := sheet.Sheet{Name: name}
	for _, f := range fields {
		sh.Columns = append(sh.Columns, sheet.Column{Header: f.name, Kind: kindOf(rt.Field(f.index).Type, f.typ)})
	}
	v := reflect.ValueOf(rows)
	for r := range v.Len() {
		row := make([]any, len(fields))
		for i, f := range fields {
			row[i] = value(v.Index(r).Field(f.index))
		}
		sh.Rows = append(sh.Rows, row)
	}
	return sh
}

// kindOf types a column: rupiah (Money, int64 differences) get digit
// groups; other integers (years, counts) do not, so 2024 is not 2.024.
func kindOf(t reflect.Type, typ string) sheet.Kind {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == moneyType || t == int64Type:
		return sheet.Money
	case typ == "integer":
		return sheet.Integer
	case typ == "number":
		return sheet.Decimal
	case typ == "date":
		return sheet.Date
	case typ == "boolean":
		return sheet.Bool
	}
	return sheet.Text
}

// value is one cell's typed value; a nil pointer is an empty cell.
func value(v reflect.Value) any {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return v.Bool()
	case reflect.Float64:
		return v.Float()
	}
	return v.Int()
}
