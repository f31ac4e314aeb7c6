package load

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// MaxFileSize is the largest content file read. Real files are a few
// hundred kilobytes; anything bigger is a mistake or an attack.
const MaxFileSize = 10 << 20

// File is one content file as read from disk.
type File struct {
	Name string // relative to the content folder, with forward slashes
	Data []byte
}

// ReadDir reads every content file under root, refusing what SPEC §2 says
// must not be read: symlinks that lead out of the folder, files over
// MaxFileSize, unreadable files. Files are returned in path order.
func ReadDir(root string) ([]File, diag.List) {
	var problems diag.List
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		problems.Add(root, 0, 0, "", diag.T("folder konten tidak bisa dibuka: %v", "cannot open the content folder: %v", plainErr(err)))
		return nil, problems
	}
	realRoot, _ = filepath.Abs(realRoot)
	var files []File
	walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		rel := relName(root, path)
		if err != nil {
			problems.Add(rel, 0, 0, "", diag.T("tidak bisa dibaca: %v", "cannot read: %v", plainErr(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && path != root {
			if d.IsDir() {
				return fs.SkipDir // .git, .vscode: not content
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !wanted(rel) {
			officeFile(rel, &problems)
			return nil
		}
		f, ok := readOne(realRoot, path, rel, d, &problems)
		if ok {
			files = append(files, f)
		}
		return nil
	})
	if walkErr != nil {
		problems.Add(relName(root, root), 0, 0, "", diag.T("folder konten tidak bisa dibaca: %v", "cannot read the content folder: %v", plainErr(walkErr)))
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, problems
}

// wanted reports whether a path names a file tkpkd reads (by extension);
// other files (README, images) are left alone.
func wanted(rel string) bool {
	ext := strings.ToLower(filepath.Ext(rel))
	return ext == ".yaml" || ext == ".yml" || ext == ".md"
}

// officeFile warns about a Word, Excel or PDF file dropped where content
// files live: the officer expects it to be published and it is not.
func officeFile(rel string, problems *diag.List) {
	dir, _ := filepath.Split(rel)
	ext := strings.ToLower(filepath.Ext(rel))
	if strings.Count(rel, "/") > 2 || strings.HasPrefix(filepath.Base(rel), "~$") {
		return
	}
	switch ext {
	case ".docx", ".doc", ".odt", ".pdf", ".rtf":
		if dir == "meetings/" {
			problems.Warn(rel, 0, 0, "", diag.T("adalah dokumen %s yang tidak dibaca tkpkd; notulen ditulis sebagai teks di meetings/<id-rapat>.md (salin isinya ke sana) dan rapatnya di meetings/<id-rapat>.yaml (buat dengan tkpkd new meeting); lalu pindahkan dokumen ini keluar dari folder konten",
				"is a %s document, which tkpkd does not read; minutes are written as text in meetings/<meeting-id>.md (copy the text there) and the meeting in meetings/<meeting-id>.yaml (tkpkd new meeting makes one); then move this document out of the content folder", ext))
			return
		}
		problems.Warn(rel, 0, 0, "", diag.T("adalah dokumen %s yang tidak dibaca tkpkd; isinya perlu ditulis ke berkas YAML atau Markdown (lihat docs/content.md), lalu pindahkan dokumen ini keluar dari folder konten",
			"is a %s document, which tkpkd does not read; its content must be written into a YAML or Markdown file (see docs/content.md); then move the document out of the content folder", ext))
	case ".xlsx", ".xls", ".ods", ".csv":
		problems.Warn(rel, 0, 0, "", diag.T("adalah lembar kerja %s yang tidak dibaca tkpkd; angkanya perlu ditulis ke allocations/<tahun>.yaml atau indicators.yaml, lalu pindahkan lembar kerja ini keluar dari folder konten",
			"is a %s spreadsheet, which tkpkd does not read; its figures must be written into allocations/<year>.yaml or indicators.yaml; then move the spreadsheet out of the content folder", ext))
	}
}

func readOne(realRoot, path, rel string, d fs.DirEntry, problems *diag.List) (File, bool) {
	if d.Type()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			problems.Add(rel, 0, 0, "", diag.T("adalah symlink yang tidak menunjuk ke mana pun: %v", "is a symlink that leads nowhere: %v", plainErr(err)))
			return File{}, false
		}
		target, _ = filepath.Abs(target)
		if !within(realRoot, target) {
			problems.Add(rel, 0, 0, "", diag.T("adalah symlink yang menunjuk ke luar folder konten (ke %s); salin berkasnya ke dalam folder", "is a symlink that leads out of the content folder (to %s); copy the file in instead", target))
			return File{}, false
		}
	}
	// Stat before opening: opening a named pipe would wait for a writer forever.
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		problems.Add(rel, 0, 0, "", diag.T("bukan berkas biasa", "is not a regular file"))
		return File{}, false
	}
	fh, err := os.Open(path)
	if err != nil {
		problems.Add(rel, 0, 0, "", diag.T("berkas tidak bisa dibaca: %v", "cannot read the file: %v", plainErr(err)))
		return File{}, false
	}
	defer fh.Close()
	info, err := fh.Stat()
	if err != nil || !info.Mode().IsRegular() {
		problems.Add(rel, 0, 0, "", diag.T("bukan berkas biasa", "is not a regular file"))
		return File{}, false
	}
	if info.Size() > MaxFileSize {
		problems.Add(rel, 0, 0, "", diag.T("terlalu besar (%d byte; paling besar %d, 10 MiB); pecah berkasnya, mis. allocations/<tahun>/<wilayah>.yaml", "is too large (got %d bytes, want at most %d, 10 MiB); split it, e.g. allocations/<year>/<region>.yaml", info.Size(), MaxFileSize))
		return File{}, false
	}
	// Read one byte past the limit: the file may grow between Stat and Read.
	data, err := io.ReadAll(io.LimitReader(fh, MaxFileSize+1))
	if err != nil {
		problems.Add(rel, 0, 0, "", diag.T("berkas tidak bisa dibaca: %v", "cannot read the file: %v", plainErr(err)))
		return File{}, false
	}
	if len(data) > MaxFileSize {
		problems.Add(rel, 0, 0, "", diag.T("terlalu besar (paling besar %d byte, 10 MiB)", "is too large (want at most %d bytes, 10 MiB)", MaxFileSize))
		return File{}, false
	}
	return File{Name: rel, Data: data}, true
}

func within(root, path string) bool {
	r, err := filepath.Rel(root, path)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) && !filepath.IsAbs(r)
}

func relName(root, path string) string {
	r, err := filepath.Rel(root, path)
	if err != nil || r == "." {
		return filepath.ToSlash(filepath.Base(root))
	}
	return filepath.ToSlash(r)
}

// plainErr drops the path from an *fs.PathError: the message already names the file.
func plainErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return fmt.Sprint(err)
}
