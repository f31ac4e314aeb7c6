package load

import (
	"bytes"
	"errors"
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

// checkText reports invalid UTF-8, tabs and non-breaking spaces where
// YAML needs a plain space: problems YAML reports badly or not at all. It
// returns false if the file cannot be parsed.
func checkText(name string, data []byte, problems *diag.List) bool {
	return checkEncoding(name, data, problems) && checkSpaces(name, data, problems)
}

// checkEncoding reports the first byte that is not valid UTF-8.
func checkEncoding(name string, data []byte, problems *diag.List) bool {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			problems.Add(name, line, col, "", diag.T("bukan teks UTF-8 yang sah (byte 0x%02X); simpan berkas sebagai UTF-8 (di VS Code: \"Save with Encoding\", UTF-8)", "is not valid UTF-8 text (byte 0x%02X); save the file as UTF-8 (in VS Code: \"Save with Encoding\", UTF-8)", data[i]))
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

const nbsp = '\u00a0'

// checkSpaces reports tabs in indentation or after a list's "-", and
// non-breaking spaces (pasted from Word or a web page) in indentation or
// after "-" or ":": YAML sees none of them as a space and then reports
// something unrelated, or reads the line as one long text.
func checkSpaces(name string, data []byte, problems *diag.List) bool {
	ok := true
	for n, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimLeft(l, " "), "#") {
			continue
		}
		col, what := badSpace(l)
		switch what {
		case '\t':
			problems.Add(name, n+1, col, "", diag.T("memakai tab di kolom %d; YAML hanya membolehkan spasi untuk indentasi dan setelah \"-\" (ganti tab dengan spasi)", "has a tab at column %d; YAML allows only spaces for indentation and after \"-\" (replace the tab with spaces)", col))
			ok = false
		case nbsp:
			problems.Add(name, n+1, col, "", diag.T("memuat spasi tak-putus (NBSP, biasanya tersalin dari Word atau halaman web) di kolom %d, yang bagi YAML bukan spasi; hapus lalu ketik ulang spasinya", "has a non-breaking space (NBSP, usually pasted from Word or a web page) at column %d, which YAML does not read as a space; delete it and type the space again", col))
			ok = false
		}
	}
	return ok
}

// badSpace finds a tab or NBSP where YAML needs a space: in the
// indentation (which includes "- " list markers) or, for an NBSP, right
// after a key's ":". The column counts characters, as editors do. It reads
// bytes, not runes: it runs on every line of every file.
func badSpace(l string) (int, rune) {
	isNBSP := func(i int) bool { return i+1 < len(l) && l[i] == 0xc2 && l[i+1] == 0xa0 }
	col := func(i int) int { return utf8.RuneCountInString(l[:i]) + 1 }
indent:
	for i := 0; i < len(l); i++ {
		switch {
		case l[i] == ' ':
		case l[i] == '\t':
			return col(i), '\t'
		case isNBSP(i):
			return col(i), nbsp
		case l[i] == '-' && i+1 < len(l) && (l[i+1] == ' ' || l[i+1] == '\t' || isNBSP(i+1)):
		default:
			break indent
		}
	}
	if !strings.Contains(l, "\u00a0") {
		return 0, 0
	}
	if m := keyNBSP.FindStringIndex(l); m != nil {
		return utf8.RuneCountInString(l[:m[1]]), nbsp
	}
	return 0, 0
}

var keyNBSP = regexp.MustCompile(`^[ -]*[A-Za-z_][A-Za-z0-9_-]*:\x{a0}`)

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
			problems.Add(name, 0, 0, "", diag.T("kosong; tulis isinya atau hapus berkasnya", "is empty; write the file's fields or delete the file"))
			return nil, false
		}
		line, col, msg := locateSyntax(data, err)
		problems.Add(name, line, col, "", msg)
		return nil, false
	}
	if len(doc.Content) == 0 || (doc.Content[0].Kind == yaml.ScalarNode && doc.Content[0].Tag == "!!null") {
		problems.Add(name, 0, 0, "", diag.T("kosong; tulis isinya atau hapus berkasnya", "is empty; write the file's fields or delete the file"))
		return nil, false
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		problems.Add(name, secondDocLine(data), 1, "", diag.T("berisi beberapa dokumen YAML (baris \"---\" memulai dokumen baru); satu berkas hanya boleh satu dokumen", "holds several YAML documents (a line \"---\" starts a new one); keep one document per file"))
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
// open bracket or quote that a later line closes) counts as parsing. The
// parser's own words are not shown: they name YAML's grammar, not the fix.
func locateSyntax(data []byte, err error) (line, col int, msg diag.Text) {
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
	// A quote left open runs on over the following lines, and YAML stumbles
	// only where it finally closes: point at the line that opened it.
	for k := min(line, len(lines)); k >= 1 && k > line-50; k-- {
		if opensQuote(lines[k-1]) {
			col := strings.Index(lines[k-1], ": ") + 3
			return k, col, diag.T("baris ini tidak bisa dibaca: tanda kutip yang dibuka di sini tidak ditutup di baris yang sama; tambahkan tanda kutip penutup di akhir nilainya",
				"this line cannot be read: the quote opened here is not closed on the same line; add the closing quote at the end of the value")
		}
	}
	if m := yamlLine.FindStringSubmatch(raw); m != nil {
		raw = m[2]
	} else {
		raw = strings.TrimPrefix(raw, "yaml: ")
	}
	col, advice := explain(raw, lines, line)
	return line, col, diag.T("baris ini tidak bisa dibaca: %s", "this line cannot be read: %s", advice)
}

// opensQuote reports whether a "key: value" line starts its value with a
// quote that the line does not close.
func opensQuote(l string) bool {
	i := strings.Index(l, ": ")
	if i < 0 || !isKeyLine(l[:i+2]) {
		return false
	}
	v := strings.TrimLeft(l[i+2:], " ")
	if v == "" || (v[0] != '"' && v[0] != '\'') {
		return false
	}
	q := v[0]
	for j := 1; j < len(v); j++ {
		switch {
		case q == '"' && v[j] == '\\':
			j++ // an escaped character
		case v[j] == q && q == '\'' && j+1 < len(v) && v[j+1] == '\'':
			j++ // '' is a quote inside single quotes
		case v[j] == q:
			return false
		}
	}
	return true
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

// explain turns yaml.v3's message about line n (1-based) into advice for
// the data staff, with the column the advice is about.
func explain(raw string, lines []string, n int) (int, diag.Text) {
	text := ""
	if n >= 1 && n <= len(lines) {
		text = lines[n-1]
	}
	indent := len(text) - len(strings.TrimLeft(text, " "))
	first := indent + 1
	prevLine, prevIndent := previousKey(lines, n)
	misindented := prevLine > 0 && isKeyLine(text) && indent != prevIndent
	switch {
	case strings.Contains(raw, "mapping values are not allowed"):
		if i := strings.Index(text, ": "); i >= 0 {
			if j := strings.Index(text[i+2:], ": "); j >= 0 {
				return i + 2 + j + 1, diag.T("ada \": \" kedua di dalam nilai tanpa tanda kutip; apit nilainya dengan tanda kutip ganda, mis. note: \"Catatan: ...\"",
					"a second \": \" inside an unquoted value; put the value in double quotes, e.g. note: \"Catatan: ...\"")
			}
		}
		if misindented {
			return first, indentAdvice(n, indent, prevLine, prevIndent)
		}
		return first, diag.T("ada \": \" di dalam nilai tanpa tanda kutip; apit nilainya dengan tanda kutip ganda", "a \": \" inside an unquoted value; put the value in double quotes")
	case strings.Contains(raw, "cannot start any token"):
		if i := strings.Index(text, ": "); i >= 0 {
			return i + 3, diag.T("nilainya diawali karakter yang dicadangkan YAML (seperti @, ` atau %%); apit nilainya dengan tanda kutip ganda", "the value starts with a character YAML reserves (such as @, ` or %%); put the value in double quotes")
		}
		return first, diag.T("baris ini diawali karakter yang dicadangkan YAML (seperti @, ` atau %%); apit nilainya dengan tanda kutip ganda", "the line starts with a character YAML reserves (such as @, ` or %%); put the value in double quotes")
	case isTruncation(raw), strings.Contains(raw, "while scanning a quoted scalar"):
		return first, diag.T("tanda kutip atau kurung yang dibuka di baris ini tidak pernah ditutup", "a quote or bracket opened on this line is never closed")
	case strings.Contains(raw, "did not find expected key"), strings.Contains(raw, "did not find expected '-' indicator"):
		if misindented {
			return first, indentAdvice(n, indent, prevLine, prevIndent)
		}
		return first, diag.T("indentasi baris ini tidak cocok dengan baris-baris di atasnya", "this line's indentation does not match the lines above it")
	case strings.Contains(raw, "could not find expected ':'"):
		return first, diag.T("ada kunci tanpa \":\" sesudahnya, atau tanda kutip yang tidak ditutup", "a key without \":\" after it, or an unclosed quote")
	case strings.Contains(raw, "block sequence entries are not allowed"):
		return first, diag.T("ada butir daftar \"- \" di tempat yang seharusnya nilai; menjorokkan daftar di bawah kuncinya atau apit nilainya dengan tanda kutip", "a list item \"- \" where a value was expected; indent the list under its key or quote the value")
	case strings.Contains(raw, "did not find expected alphabetic or numeric character"), strings.Contains(raw, "did not find expected whitespace or line break"):
		return first, diag.T("anchor (&) atau alias (*) salah tulis; bila teksnya diawali * atau &, apit dengan tanda kutip ganda", "an anchor (&) or alias (*) is malformed; if the text starts with * or &, put it in double quotes")
	}
	return first, diag.T("susunannya tidak sah; periksa indentasi, titik dua dan tanda kutip di baris ini dan baris di atasnya", "it is not laid out as YAML expects; check the indentation, colons and quotes on this line and the one above")
}

// indentAdvice says which line's indentation differs from which, and by
// how much: over-indentation is the commonest slip when a line is pasted.
func indentAdvice(n, indent, prevLine, prevIndent int) diag.Text {
	if indent > prevIndent {
		d := indent - prevIndent
		return diag.T("baris %d menjorok %d spasi, %d spasi lebih dalam daripada baris %d di atasnya (%d spasi); hapus %d %s di awal baris %d",
			"line %d is indented %d spaces, %d more than line %d above it (%d spaces); remove %d %s at the start of line %d", n, indent, d, prevLine, prevIndent, d, diag.Plural(d, "spasi", "space", "spaces"), n)
	}
	d := prevIndent - indent
	return diag.T("baris %d menjorok %d spasi, %d spasi kurang daripada baris %d di atasnya (%d spasi); bila baris ini bagian dari rekaman yang sama, tambahkan %d %s di awal baris %d",
		"line %d is indented %d spaces, %d fewer than line %d above it (%d spaces); if it belongs to the same record, add %d %s at the start of line %d", n, indent, d, prevLine, prevIndent, d, diag.Plural(d, "spasi", "space", "spaces"), n)
}

// previousKey finds the nearest line above n holding a key, and the
// column its key starts at (after a "- " list marker).
func previousKey(lines []string, n int) (int, int) {
	for i := n - 2; i >= 0 && i < len(lines); i-- {
		l := lines[i]
		t := strings.TrimLeft(l, " ")
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		ind := len(l) - len(t)
		for strings.HasPrefix(t, "- ") {
			t = strings.TrimLeft(t[2:], " ")
			ind = len(l) - len(t)
		}
		if !isKeyLine(strings.Repeat(" ", ind) + t) {
			return 0, 0
		}
		return i + 1, ind
	}
	return 0, 0
}

var keyLine = regexp.MustCompile(`^ *[A-Za-z_][A-Za-z0-9_-]*:( |$)`)

func isKeyLine(l string) bool { return keyLine.MatchString(l) }
