package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tkpkd/tkpkd/generator/importer"
	"github.com/tkpkd/tkpkd/generator/sheet"
	"github.com/tkpkd/tkpkd/generator/write"
)

const importUsage = `usage: tkpkd import allocations FILE.xlsx|FILE.csv --year Y --stage S --source ID [--region R] [--columns "pagu=Nilai,skpd=OPD"] [--content DIR] [--lang id|en]
       tkpkd import observations FILE.xlsx|FILE.csv --indicator ID --source ID [--method M] [--columns "wilayah=Kab/Kota"] [--content DIR] [--lang id|en]`

// runImport reads a spreadsheet into the content: it checks the content,
// imports, checks the result in memory, and writes the one changed file
// only when that result is clean.
func runImport(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || (args[0] != "allocations" && args[0] != "observations") {
		fmt.Fprintln(stderr, importUsage)
		return 2
	}
	kind := args[0]
	fs := flag.NewFlagSet("import "+kind, flag.ContinueOnError)
	fs.SetOutput(stderr)
	content := fs.String("content", "content", "the content folder")
	lang := fs.String("lang", "", "language of messages: id or en (default: LANG if English or Indonesian, else the site's first language)")
	columns := fs.String("columns", "", `which heading holds which column, e.g. "pagu=Nilai,skpd=OPD"`)
	source := fs.String("source", "", "the sources.yaml id every imported figure cites")
	year := fs.Int("year", 0, "allocations: the budget year")
	stage := fs.String("stage", "", "allocations: the budget stage (rkpd, kua_ppas, rka, apbd, apbd_p, realisasi)")
	region := fs.String("region", "", "allocations: the region code (default: the file's or the site's)")
	indicator := fs.String("indicator", "", "observations: the indicator id")
	method := fs.String("method", "", "observations: the method id, when the indicator has methods")
	// The file may come before or after the flags.
	var files []string
	rest := args[1:]
	for {
		if err := fs.Parse(rest); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(files) != 1 || (kind == "allocations" && (*year == 0 || *stage == "")) || (kind == "observations" && *indicator == "") {
		fmt.Fprintln(stderr, importUsage)
		return 2
	}
	data, err := readSheetFile(files[0])
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", files[0], err)
		return 1
	}
	tables, err := sheet.Read(files[0], data)
	if err != nil {
		fmt.Fprintf(stderr, "%s: tidak dapat dibaca sebagai CSV atau XLSX / cannot be read as CSV or XLSX: %v\n", files[0], err)
		return 1
	}
	msgLang, ok := problemLang(*lang, *content)
	if !ok {
		fmt.Fprintln(stderr, importUsage)
		return 2
	}
	*lang = msgLang
	c := importer.ReadContent(*content)
	if c.Problems.HasErrors() {
		printProblems(stderr, stdout, c.Problems, *content, "text", *lang)
		fmt.Fprintf(stderr, "%s: isi konten bermasalah; perbaiki dulu (tkpkd check), lalu impor lagi / the content has problems; fix them first (tkpkd check), then import again\n", *content)
		return 1
	}
	o := importer.Options{Site: c.Site, Files: c.Files, Lang: *lang, File: files[0], Tables: tables,
		Columns: *columns, Source: *source, Year: *year, Stage: *stage, Region: *region,
		Indicator: *indicator, Method: *method}
	var res importer.Result
	if kind == "allocations" {
		res = importer.Allocations(o)
	} else {
		res = importer.Observations(o)
	}
	if len(res.Problems) > 0 {
		printProblems(stderr, stdout, res.Problems.Sort(), *content, "text", *lang)
		fmt.Fprintln(stderr, say(*lang, "tidak ada yang ditulis; perbaiki lembar kerjanya lalu impor lagi", "nothing was written; fix the spreadsheet and import again"))
		return 1
	}
	if res.Changed {
		if after := c.Recheck(res); after.HasErrors() {
			printProblems(stderr, stdout, after, *content, "text", *lang)
			fmt.Fprintln(stderr, say(*lang, "tidak ada yang ditulis: hasil impor tidak lolos pemeriksaan (mis. total ringkasan tidak cocok dengan baris); perbaiki lalu impor lagi",
				"nothing was written: the imported content does not pass the check (e.g. a summary's total does not match its lines); fix that and import again"))
			return 1
		}
		if err := write.Replace(filepath.Join(*content, filepath.FromSlash(res.Path)), res.Data); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", res.Path, err)
			return 1
		}
	}
	fmt.Fprint(stdout, res.Report())
	return 0
}

func say(lang, id, en string) string {
	if lang == "en" {
		return en
	}
	return id
}

func readSheetFile(name string) ([]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() || info.Size() > sheet.MaxSize {
		return nil, fmt.Errorf("not a regular file of at most %d bytes", sheet.MaxSize)
	}
	return os.ReadFile(name)
}
