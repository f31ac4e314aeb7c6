package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// normalise strips a UTF-8 byte order mark and turns CRLF line endings
// into LF: both are what Windows editors write, and neither changes the
// line and column of anything the staff see.
func normalise(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.Contains(data, []byte("\r\n")) {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	return data
}

// checkText reports invalid UTF-8 and tabs used as indentation, the two
// problems YAML reports badly or not at all. It returns false if the file
// cannot be parsed.
func checkText(name string, data []byte, problems *diag.List) bool {
	return checkEncoding(name, data, problems) && checkTabs(name, data, problems)
}

// checkEncoding reports the first byte that is not valid UTF-8.
func checkEncoding(name string, data []byte, problems *diag.List) bool {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			problems.Add(name, line, col, "", "is not valid UTF-8 text (byte 0x%02X); save the file as UTF-8 (in VS Code: \"Save with Encoding\", UTF-8)", data[i])
			return false
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return true
}

// checkTabs reports tabs in indentation, which YAML forbids and reports
// with a message the staff cannot act on.
func checkTabs(name string, data []byte, problems *diag.List) bool {
	ok := true
	for n, l := range strings.Split(string(data), "\n") {
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if i := strings.IndexByte(indent, '\t'); i >= 0 && strings.TrimSpace(l) != "" {
			problems.Add(name, n+1, i+1, "", "uses a tab for indentation; YAML allows only spaces (replace the tab with spaces)")
			ok = false
		}
	}
	return ok
}

// parseYAML parses one YAML document into a node tree, reporting an empty
// file, several documents and syntax errors at the line that is wrong.
func parseYAML(name string, data []byte, problems *diag.List) (*yaml.Node, bool) {
	data = normalise(data)
	if !checkText(name, data, problems) {
		return nil, false
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			problems.Add(name, 0, 0, "", "is empty; write the file's fields or delete the file")
			return nil, false
		}
		line, col, msg := locateSyntax(data, err)
		problems.Add(name, line, col, "", "%s", msg)
		return nil, false
	}
	if len(doc.Content) == 0 || (doc.Content[0].Kind == yaml.ScalarNode && doc.Content[0].Tag == "!!null") {
		problems.Add(name, 0, 0, "", "is empty; write the file's fields or delete the file")
		return nil, false
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		problems.Add(name, secondDocLine(data), 1, "", "holds several YAML documents (a line \"---\" starts a new one); keep one document per file")
		return nil, false
	}
	return doc.Content[0], true
}

// secondDocLine finds the "---" or "..." marker that ends the first document.
func secondDocLine(data []byte) int {
	seenContent := false
	for i, l := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(l, "---") || strings.HasPrefix(l, "...") {
			if seenContent {
				return i + 1
			}
			continue
		}
		if t != "" && !strings.HasPrefix(t, "#") {
			seenContent = true
		}
	}
	return 1
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// locateSyntax finds the line a syntax error is really on. yaml.v3 often
// names the line where the enclosing block starts, so parse ever longer
// prefixes of the file: the first line whose addition breaks the parse
// is the one to fix. A prefix that fails only because it was cut short (an
// open bracket or quote that a later line closes) counts as parsing.
func locateSyntax(data []byte, err error) (line, col int, msg string) {
	raw := err.Error()
	lines := strings.Split(string(data), "\n")
	truncated := isTruncation(raw)
	bad := func(k int) bool {
		var n yaml.Node
		e := yaml.Unmarshal([]byte(strings.Join(lines[:k], "\n")), &n)
		if e == nil {
			return false
		}
		if truncated {
			return true // looking for where the unclosed thing opens
		}
		return !isTruncation(e.Error()) && !reportedPast(e.Error(), k)
	}
	lo, hi := 0, len(lines)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if bad(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	line = hi
	if m := yamlLine.FindStringSubmatch(raw); m != nil {
		raw = m[2]
	} else {
		raw = strings.TrimPrefix(raw, "yaml: ")
	}
	text := ""
	if line >= 1 && line <= len(lines) {
		text = lines[line-1]
	}
	col, advice := explain(raw, text)
	return line, col, fmt.Sprintf("YAML syntax error: %s (YAML says: %s)", advice, raw)
}

func isTruncation(msg string) bool {
	for _, s := range []string{"end of stream", "did not find expected ',' or ']'", "did not find expected ',' or '}'", "did not find expected node content"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func reportedPast(msg string, k int) bool {
	m := yamlLine.FindStringSubmatch(msg)
	if m == nil {
		return false
	}
	n, _ := strconv.Atoi(m[1])
	return n > k
}

// explain turns yaml.v3's message into advice for the data staff, with the
// column the advice is about.
func explain(raw, text string) (int, string) {
	first := len(text) - len(strings.TrimLeft(text, " ")) + 1
	switch {
	case strings.Contains(raw, "mapping values are not allowed"):
		if i := strings.Index(text, ": "); i >= 0 {
			if j := strings.Index(text[i+2:], ": "); j >= 0 {
				return i + 2 + j + 1, "a second \": \" inside an unquoted value; put the value in double quotes, e.g. note: \"Catatan: ...\""
			}
		}
		return first, "a \": \" inside an unquoted value; put the value in double quotes"
	case strings.Contains(raw, "cannot start any token"):
		if i := strings.Index(text, ": "); i >= 0 {
			return i + 3, "the value starts with a character YAML reserves (such as @, ` or %); put the value in double quotes"
		}
		return first, "the line starts with a character YAML reserves (such as @, ` or %); put the value in double quotes"
	case isTruncation(raw), strings.Contains(raw, "while scanning a quoted scalar"):
		return first, "a quote or bracket opened on this line is never closed"
	case strings.Contains(raw, "did not find expected key"), strings.Contains(raw, "did not find expected '-' indicator"):
		return first, "this line's indentation does not match the lines above it"
	case strings.Contains(raw, "could not find expected ':'"):
		return first, "a key without \":\" after it, or an unclosed quote"
	case strings.Contains(raw, "block sequence entries are not allowed"):
		return first, "a list item \"- \" where a value was expected; indent the list under its key or quote the value"
	case strings.Contains(raw, "did not find expected alphabetic or numeric character"), strings.Contains(raw, "did not find expected whitespace or line break"):
		return first, "an anchor (&) or alias (*) is malformed; if the text starts with * or &, put it in double quotes"
	}
	return first, "the text on this line is not valid YAML"
}
