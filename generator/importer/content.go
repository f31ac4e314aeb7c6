package importer

import (
	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/validate"
)

// Content is a content folder read and checked for an import: the files,
// to find and edit the target, and the model, to match names against.
type Content struct {
	Files    []load.File
	Site     *model.Site
	Problems diag.List // sorted; an import starts only when none is an error
}

// ReadContent reads and checks dir. Here rather than in the command, so
// the command never reads content itself.
func ReadContent(dir string) Content {
	files, problems := load.ReadDir(dir)
	checked := validate.Files(files)
	return Content{Files: files, Site: checked.Site, Problems: append(problems, checked.Problems...).Sort()}
}

// Recheck runs the checks on the content as res would leave it, so an
// import that breaks a rule (a summary's total no longer matching its
// lines) is refused before anything is written.
func (c Content) Recheck(res Result) diag.List {
	next := make([]load.File, 0, len(c.Files)+1)
	for _, f := range c.Files {
		if f.Name != res.Path {
			next = append(next, f)
		}
	}
	next = append(next, load.File{Name: res.Path, Data: res.Data})
	return validate.Files(next).Problems
}
