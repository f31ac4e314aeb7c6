// Package render defines what every renderer produces: files with paths
// relative to the output folder. Only package write puts them on disk.
package render

// File is one output file. Path uses forward slashes and is relative to the
// renderer's output root (site/ or pdf/), e.g. "en/tahun/2024/index.html".
type File struct {
	Path string
	Data []byte
}
