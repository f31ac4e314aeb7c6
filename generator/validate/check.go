package validate

import (
	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
)

// Checked is what a content folder holds once every rule has run.
type Checked struct {
	Site     *model.Site // never nil; render it only when Problems has no errors
	Files    []string    // every file read, in path order
	Problems diag.List   // load's and validate's, sorted
}

// Dir reads the content folder at root and checks it: load, every rule,
// then the sort. check, build, serve and the tests all come through here
// (or Files), so they cannot disagree on what content is acceptable.
func Dir(root string) Checked {
	set, problems := load.Dir(root)
	return run(set, problems)
}

// Files is Dir for content files already in memory (names relative to the
// content folder).
func Files(files []load.File) Checked {
	set, problems := load.Files(files)
	return run(set, problems)
}

func run(set *load.Set, problems diag.List) Checked {
	site, more := Site(set)
	return Checked{Site: site, Files: set.Files, Problems: append(problems, more...).Sort()}
}
