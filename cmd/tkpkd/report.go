package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tkpkd/tkpkd/generator/build"
	"github.com/tkpkd/tkpkd/generator/diag"
)

// formats are how check can print problems: text for people, github for
// GitHub Actions annotations, gitlab for a GitLab Code Quality report, json
// for other tools.
var formats = []string{"text", "github", "gitlab", "json"}

// problemLang chooses the language problems are written in: --lang, else
// LANG when it names English or Indonesian, else the site's default.
func problemLang(flagLang, content string) (string, bool) {
	switch flagLang {
	case diag.ID, diag.EN:
		return flagLang, true
	case "":
	default:
		return "", false
	}
	switch env := os.Getenv("LANG"); {
	case strings.HasPrefix(env, "en_"), env == "en":
		return diag.EN, true
	case strings.HasPrefix(env, "id_"), env == "id":
		return diag.ID, true
	}
	return build.DefaultLanguage(content), true
}

// printProblems writes problems in format. text and github go to w (the
// error stream); gitlab and json are one document for out, written even
// when there are no problems, so a CI job always has its report file.
func printProblems(w, out io.Writer, problems diag.List, content, format, lang string) {
	switch format {
	case "github":
		printGitHub(w, problems, content, lang)
	case "gitlab":
		writeJSON(out, gitlabReport(problems, content, lang))
	case "json":
		writeJSON(out, jsonReport(problems, lang))
	default:
		for _, p := range problems {
			fmt.Fprintln(w, p.Format(lang))
		}
	}
}

// printGitHub writes GitHub Actions annotations, so problems show on the
// changed line of a pull request (paths are then relative to the
// repository, not the content).
func printGitHub(w io.Writer, problems diag.List, content, lang string) {
	for _, p := range problems {
		level := "error"
		if p.Severity == diag.Warning {
			level = "warning"
		}
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d::%s\n", level, ghEscapeProp(repoPath(content, p.File)), max(p.Line, 1), max(p.Col, 1), ghEscapeData(p.Message(lang)))
	}
}

func repoPath(content, file string) string { return strings.TrimSuffix(content, "/") + "/" + file }

func ghEscapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghEscapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// codeQuality is one issue of a GitLab Code Quality report, the fields
// GitLab reads to show it in a merge request.
type codeQuality struct {
	Description string     `json:"description"`
	CheckName   string     `json:"check_name"`
	Fingerprint string     `json:"fingerprint"`
	Severity    string     `json:"severity"`
	Location    cqLocation `json:"location"`
}

type cqLocation struct {
	Path  string  `json:"path"`
	Lines cqLines `json:"lines"`
}

type cqLines struct {
	Begin int `json:"begin"`
}

// gitlabReport builds the Code Quality issues. The fingerprint hashes the
// file, field and English message but not the line, so GitLab still sees
// the same issue after lines are added above it; identical issues are
// numbered to keep fingerprints unique.
func gitlabReport(problems diag.List, content, lang string) []codeQuality {
	out := []codeQuality{}
	seen := map[string]int{}
	for _, p := range problems {
		sev := "major"
		if p.Severity == diag.Warning {
			sev = "minor"
		}
		base := p.File + "\x00" + p.Field + "\x00" + p.Msg.EN
		seen[base]++
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", base, seen[base])))
		out = append(out, codeQuality{
			Description: p.Message(lang),
			CheckName:   checkName(p),
			Fingerprint: hex.EncodeToString(sum[:16]),
			Severity:    sev,
			Location:    cqLocation{Path: repoPath(content, p.File), Lines: cqLines{Begin: max(p.Line, 1)}},
		})
	}
	return out
}

// checkName groups issues by the field they are about (the key as written
// in the file), or by file for a problem with the whole file.
func checkName(p diag.Problem) string {
	if p.Field == "" {
		return "tkpkd/file"
	}
	f := p.Field
	if i := strings.LastIndexByte(f, '.'); i >= 0 && !strings.Contains(f[i:], "]") {
		f = f[i+1:]
	}
	if i := strings.IndexByte(f, '['); i >= 0 {
		f = f[:i]
	}
	return "tkpkd/" + f
}

// jsonProblem is one problem for other tools: the place, the field path,
// the message in the chosen language and in both.
type jsonProblem struct {
	File     string            `json:"file"`
	Line     int               `json:"line"`
	Column   int               `json:"column"`
	Field    string            `json:"field,omitempty"`
	Severity string            `json:"severity"`
	Message  string            `json:"message"`
	Messages map[string]string `json:"messages"`
	Follows  int               `json:"follows,omitempty"`
}

func jsonReport(problems diag.List, lang string) []jsonProblem {
	out := []jsonProblem{}
	for _, p := range problems {
		sev := "error"
		if p.Severity == diag.Warning {
			sev = "warning"
		}
		out = append(out, jsonProblem{File: p.File, Line: p.Line, Column: p.Col, Field: p.Field, Severity: sev,
			Message: p.Message(lang), Messages: map[string]string{diag.ID: p.Message(diag.ID), diag.EN: p.Message(diag.EN)}, Follows: p.Follow})
	}
	return out
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the values are plain data: encoding cannot fail
}
