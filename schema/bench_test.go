package schema_test

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkValidateContent decodes and validates every file of the
// reference content (or the good fixtures while content/ is empty): the
// cost an editor or a pre-commit hook would pay per full check.
func BenchmarkValidateContent(b *testing.B) {
	schemas := compile(b)
	root := filepath.Join("..", "content")
	files := contentFiles(b, root)
	if len(files) == 0 {
		root = filepath.Join("testdata", "good")
		files = contentFiles(b, root)
	}
	data := make([][]byte, len(files))
	for i, rel := range files {
		var err error
		if data[i], err = os.ReadFile(filepath.Join(root, filepath.FromSlash(rel))); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for i, rel := range files {
			v, err := decode(rel, data[i])
			if err != nil {
				b.Fatal(err)
			}
			if err := schemas[kindOf(rel)].Validate(v); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(files)), "files")
}

// BenchmarkCompile measures compiling the nine schemas, which a program
// that validates (tkpkd new, say) pays once.
func BenchmarkCompile(b *testing.B) {
	for b.Loop() {
		compile(b)
	}
}
