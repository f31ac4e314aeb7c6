package serve

import (
	"bytes"
	"errors"
	"html/template"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// errorPageTmpl is shown instead of every page while the latest build
// failed. html/template escapes the problems: a message quotes the content
// it is about, which may hold markup.
var errorPageTmpl = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.TitleID}} · {{.TitleEN}}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{color:#a40000;font-size:1.5rem;margin-bottom:0}
.en{color:#555;margin-top:.25rem}
li{margin:.5rem 0}
code,pre{font:14px/1.4 ui-monospace,monospace;background:#f4f4f4;padding:.1rem .3rem}
pre{padding:.75rem;white-space:pre-wrap}
.warn{color:#7a5500}
h2{font-size:1.1rem}
</style>
</head>
<body>
<main>
<h1>{{.TitleID}}</h1>
<p class="en" lang="en">{{.TitleEN}}</p>
{{- if .Errors}}
<p>{{len .Errors}} masalah di folder konten. Perbaiki lalu simpan berkasnya; halaman ini akan dimuat ulang sendiri.</p>
<p class="en" lang="en">{{len .Errors}} problem(s) in the content folder. Fix and save the file; this page reloads by itself.</p>
<ol>
{{- range .Errors}}
<li>{{template "problem" .}}</li>
{{- end}}
</ol>
{{- if .Warnings}}
<h2>Peringatan <span lang="en">(warnings)</span></h2>
<ol>
{{- range .Warnings}}
<li class="warn">{{template "problem" .}}</li>
{{- end}}
</ol>
{{- end}}
{{- else}}
<p>Build gagal. Perbaiki penyebabnya lalu simpan; halaman ini akan dimuat ulang sendiri.</p>
<p class="en" lang="en">The build failed. Fix the cause and save; this page reloads by itself.</p>
<pre>{{.Err}}</pre>
{{- end}}
{{- if .Good}}
<p>Berkas lain (gambar, PDF) masih dari build terakhir yang berhasil. <span lang="en">Other files (images, PDFs) are still from the last good build.</span></p>
{{- else}}
<p>Belum ada build yang berhasil sejak <code>tkpkd serve</code> dimulai. <span lang="en">No build has succeeded since <code>tkpkd serve</code> started.</span></p>
{{- end}}
</main>
{{.Script}}
</body>
</html>
{{- define "problem"}}<code>{{.Where}}</code>: {{.Msg}}<br><span class="en" lang="en">{{.MsgEN}}</span>{{end}}
`))

// problemView is one problem in both languages: the page is read before
// anyone has chosen one.
type problemView struct{ Where, Msg, MsgEN string }

// errorPage renders a failed build's error: each content problem at its
// file:line:col, or the error as it is when it is not about the content.
// good says whether an earlier build succeeded (and is still served).
func errorPage(err error, good bool) []byte {
	data := struct {
		TitleID, TitleEN string
		Errors, Warnings []problemView
		Err              string
		Good             bool
		Script           template.HTML
	}{TitleID: "Build gagal", TitleEN: "The build failed", Err: err.Error(), Good: good, Script: template.HTML(reloadScript)}
	var problems diag.List
	if errors.As(err, &problems) {
		data.TitleID, data.TitleEN = "Konten bermasalah", "The content has problems"
		for _, p := range problems {
			v := problemView{Where: p.Where(), Msg: p.Message(diag.ID), MsgEN: p.Message(diag.EN)}
			if p.Severity == diag.Warning {
				data.Warnings = append(data.Warnings, v)
			} else {
				data.Errors = append(data.Errors, v)
			}
		}
	}
	var b bytes.Buffer
	if err := errorPageTmpl.Execute(&b, data); err != nil {
		panic(err) // the template and its data are fixed: a failure is a bug here
	}
	return b.Bytes()
}
