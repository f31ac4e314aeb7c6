// Package diag holds the problems a check finds in content: each with the
// file, line and column it is about, the field, what is wrong and what was
// expected, written in both languages for the data staff who will fix it.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a problem stops the build.
type Severity int

// Errors stop check and build; warnings are printed and do not, unless --strict.
const (
	Error Severity = iota
	Warning
)

// Problem is one thing wrong in the content.
type Problem struct {
	File     string // relative to the content folder, with forward slashes
	Line     int    // 1-based; 0 when the problem is about the whole file
	Col      int    // 1-based; 0 when unknown
	Field    string // the field's path, e.g. "lines[3].amount" or "decisions[rakor-1/K01].owner"; "" for the file
	Msg      Text   // what is wrong, with (got X, want Y) where it helps
	Severity Severity
	Cause    string // Key of the problem this one only follows from; "" for a root cause
	Follow   int    // how many problems were folded into this one (see List.Sort)
}

// Key names a problem's place (file and field), so another problem can say
// it follows from this one.
func Key(file, field string) string { return file + "#" + field }

// Key is p's own key.
func (p Problem) Key() string { return Key(p.File, p.Field) }

// Where is "file:line:col", or less when the line or column is unknown.
func (p Problem) Where() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	return b.String()
}

// Message is what is wrong in lang, with the readable field before it and
// the count of folded problems after it, but without the place.
func (p Problem) Message(lang string) string {
	var b strings.Builder
	if f := FieldName(p.Field, lang); f != "" {
		b.WriteString(f)
		b.WriteString(": ")
	}
	if p.Severity == Warning {
		b.WriteString(T("peringatan: ", "warning: ").In(lang))
	}
	b.WriteString(p.Msg.In(lang))
	if p.Follow > 0 {
		b.WriteString(" ")
		b.WriteString(Follows(p.Follow).In(lang))
	}
	return b.String()
}

// Format writes p as "file:line:col: field: message" in lang.
func (p Problem) Format(lang string) string { return p.Where() + ": " + p.Message(lang) }

// String formats p in Indonesian, the default language of a site.
func (p Problem) String() string { return p.Format(ID) }

// Error lets a single Problem be returned as an error.
func (p Problem) Error() string { return p.String() }

// Follows says how many other problems follow from a root cause.
func Follows(n int) Text {
	return T("(%d %s lain mengikuti dari ini)", "(%d more %s from this)", n, Plural(n, "masalah", "problem follows", "problems follow"))
}

// List is every problem a check found.
type List []Problem

// Add appends an error.
func (l *List) Add(file string, line, col int, field string, msg Text) {
	*l = append(*l, Problem{File: file, Line: line, Col: col, Field: field, Msg: msg})
}

// Warn appends a warning.
func (l *List) Warn(file string, line, col int, field string, msg Text) {
	*l = append(*l, Problem{File: file, Line: line, Col: col, Field: field, Msg: msg, Severity: Warning})
}

// Sort orders the list by file, line, column, field and message, drops
// exact duplicates, and folds every problem whose Cause is in the list into
// that root cause (counted in its Follow), so output is the same on every
// run and a knock-on problem never hides the real one. Sorting a list
// already sorted changes nothing.
func (l List) Sort() List {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Field != b.Field {
			return a.Field < b.Field
		}
		if a.Msg.ID != b.Msg.ID {
			return a.Msg.ID < b.Msg.ID
		}
		return a.Cause < b.Cause
	})
	out := l[:0]
	for i, p := range l {
		if i > 0 && p == l[i-1] {
			continue
		}
		out = append(out, p)
	}
	return out.fold()
}

// fold moves each problem that follows from another present in the list
// into that problem's count. Causes may chain (a reference into a record
// whose id was itself written wrong); the count goes to the first problem
// of the chain, the one to fix.
func (l List) fold() List {
	root := map[string]int{} // key -> index of the first problem there
	for i, p := range l {
		if _, ok := root[p.Key()]; !ok {
			root[p.Key()] = i
		}
	}
	// find returns the root of i's chain, or -1 when i is a root itself.
	find := func(i int) int {
		r := -1
		for hops := 0; hops < 8; hops++ {
			j, ok := root[l[i].Cause]
			if l[i].Cause == "" || !ok || j == i {
				break
			}
			r, i = j, j
		}
		return r
	}
	folded := make([]bool, len(l))
	for i := range l {
		if r := find(i); r >= 0 {
			folded[i] = true
			l[r].Follow++
		}
	}
	out := l[:0]
	for i, p := range l {
		if !folded[i] {
			out = append(out, p)
		}
	}
	return out
}

// Errors returns how many problems are errors.
func (l List) Errors() int {
	n := 0
	for _, p := range l {
		if p.Severity == Error {
			n++
		}
	}
	return n
}

// Warnings returns how many problems are warnings.
func (l List) Warnings() int { return len(l) - l.Errors() }

// HasErrors reports whether the list stops a build.
func (l List) HasErrors() bool { return l.Errors() > 0 }

// Error joins the problems one per line, in Indonesian, so a List can be
// returned as an error.
func (l List) Error() string { return l.Format(ID) }

// Format joins the problems one per line in lang.
func (l List) Format(lang string) string {
	var b strings.Builder
	for i, p := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Format(lang))
	}
	return b.String()
}

// Count is the closing line of a check: how many errors and warnings.
func (l List) Count() Text {
	e, w := l.Errors(), l.Warnings()
	return T("%d %s, %d %s", "%d %s, %d %s", e, Plural(e, "kesalahan", "error", "errors"), w, Plural(w, "peringatan", "warning", "warnings"))
}
