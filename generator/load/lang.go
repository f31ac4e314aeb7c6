package load

import (
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// DefaultLanguage is the first of site.yaml's languages under root, the
// language problems are written in: Indonesian when site.yaml cannot be
// read or names none, since that is what a broken site most likely is.
// Only this one field is read; the file's problems are reported by Dir.
func DefaultLanguage(root string) string {
	data, err := os.ReadFile(filepath.Join(root, "site.yaml"))
	if err != nil || len(data) > MaxFileSize {
		return diag.ID
	}
	var cfg struct {
		Languages []string `yaml:"languages"`
	}
	if yaml.Unmarshal(normalise(data), &cfg) != nil || len(cfg.Languages) == 0 {
		return diag.ID
	}
	if cfg.Languages[0] == diag.EN {
		return diag.EN
	}
	return diag.ID
}
