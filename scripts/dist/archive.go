package main

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// item is one archive member: a folder (name ends in "/") or a file.
type item struct {
	name string
	e    entry
}

// items is every folder and file under top, sorted by name.
func items(top string, entries []entry) []item {
	sortEntries(entries)
	var out []item
	for _, d := range dirsOf(top, entries) {
		out = append(out, item{name: d})
	}
	for _, e := range entries {
		out = append(out, item{name: top + "/" + e.name, e: e})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// writeArchive writes a .tar.gz or, for a name ending in .zip, a zip file
// holding entries under the folder top, through a temporary file so a
// failed run leaves no half archive.
func writeArchive(dst, top string, entries []entry, mtime time.Time) (err error) {
	f, err := os.CreateTemp(dirOf(dst), ".dist-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	w := bufio.NewWriter(f)
	if strings.HasSuffix(dst, ".zip") {
		err = writeZip(w, items(top, entries), mtime)
	} else {
		err = writeTarGz(w, items(top, entries), mtime)
	}
	if err != nil {
		return err
	}
	if err = w.Flush(); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), dst)
}

func dirOf(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[:i+1]
	}
	return "."
}

func mode(it item) int64 {
	switch {
	case strings.HasSuffix(it.name, "/"), it.e.exec:
		return 0o755
	}
	return 0o644
}

func writeTarGz(w io.Writer, list []item, mtime time.Time) error {
	// No file name and no time in the gzip header: the bytes depend on
	// the contents only.
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(gz)
	for _, it := range list {
		h := &tar.Header{Name: it.name, Mode: mode(it), ModTime: mtime}
		if strings.HasSuffix(it.name, "/") {
			h.Typeflag = tar.TypeDir
			if err := tw.WriteHeader(h); err != nil {
				return err
			}
			continue
		}
		data, err := os.ReadFile(it.e.src)
		if err != nil {
			return err
		}
		h.Typeflag, h.Size = tar.TypeReg, int64(len(data))
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func writeZip(w io.Writer, list []item, mtime time.Time) error {
	zw := zip.NewWriter(w)
	for _, it := range list {
		h := &zip.FileHeader{Name: it.name, Method: zip.Deflate, Modified: mtime}
		if strings.HasSuffix(it.name, "/") {
			h.Method = zip.Store
			h.SetMode(os.ModeDir | 0o755)
			if _, err := zw.CreateHeader(h); err != nil {
				return err
			}
			continue
		}
		h.SetMode(os.FileMode(mode(it)))
		data, err := os.ReadFile(it.e.src)
		if err != nil {
			return err
		}
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}
