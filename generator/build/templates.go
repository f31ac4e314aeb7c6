package build

import (
	"errors"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// TemplateError is a problem in the templates (an i18n file, a brief's
// front matter), not in the content: its problems name the template file
// relative to the templates folder ("briefs/meeting.md:4:1: ..."). It does
// not unwrap to a diag.List, so it is never counted as content problems.
type TemplateError struct {
	Problems diag.List
}

func (e *TemplateError) Error() string {
	return "templat bermasalah (the templates have problems):\n" + e.Problems.Error()
}

// templateErr turns the problems in err into a *TemplateError, their files
// prefixed with dir, the folder they were read from inside the templates;
// any other error is returned as it is.
func templateErr(dir string, err error) error {
	var list diag.List
	if !errors.As(err, &list) {
		return err
	}
	out := make(diag.List, len(list))
	for i, p := range list {
		p.File = dir + p.File
		out[i] = p
	}
	return &TemplateError{Problems: out}
}
