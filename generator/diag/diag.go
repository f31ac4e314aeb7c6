// Package diag holds the problems a check finds in content: each with the
// file, line and column it is about, the field, what is wrong and what was
// expected, written for the data staff who will fix it.
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
	Field    string // the field's path, e.g. "lines[3].amount"; "" for the file
	Msg      string // what is wrong, with (got X, want Y) where it helps
	Severity Severity
}

// String formats p as "file:line:col: field: message", with "warning: "
// before the message of a warning.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	if p.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Error lets a single Problem be returned as an error.
func (p Problem) Error() string { return p.String() }

// List is every problem a check found.
type List []Problem

// Add appends an error.
func (l *List) Add(file string, line, col int, field, format string, args ...any) {
	*l = append(*l, Problem{File: file, Line: line, Col: col, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// Warn appends a warning.
func (l *List) Warn(file string, line, col int, field, format string, args ...any) {
	*l = append(*l, Problem{File: file, Line: line, Col: col, Field: field, Msg: fmt.Sprintf(format, args...), Severity: Warning})
}

// Sort orders the list by file, line, column, field and message, and drops
// exact duplicates, so output is the same on every run.
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
		return a.Msg < b.Msg
	})
	out := l[:0]
	for i, p := range l {
		if i > 0 && p == l[i-1] {
			continue
		}
		out = append(out, p)
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

// Error joins the problems one per line, so a List can be returned as an error.
func (l List) Error() string {
	var b strings.Builder
	for i, p := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}
