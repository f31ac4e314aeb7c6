package render

import (
	"fmt"
	"sort"
)

// Job makes one output file. Renderers list their jobs and package build
// runs them: it owns which jobs run (a shard), reuse of the previous
// build's file (the cache), parallelism and writing, once for every kind
// of output.
type Job struct {
	Path string // slash-separated, relative to the renderer's tree
	// Plan does the cheap part of the job and says how to finish it.
	Plan func() (Plan, error)
}

// Plan is a job once its inputs are known.
type Plan struct {
	// Key is a hash of every input that decides the file's bytes; a job
	// whose key matches the previous build's may reuse its file without
	// Make. "" when the file is cheaper to make than to look up.
	Key string
	// Make produces the bytes: the expensive half of the job.
	Make func() ([]byte, error)
}

// Static is a job whose bytes are already known (an asset, open data).
func Static(path string, data []byte) Job {
	return Job{Path: path, Plan: func() (Plan, error) {
		return Plan{Make: func() ([]byte, error) { return data, nil }}, nil
	}}
}

// Batches lists a renderer's jobs a batch at a time: yield runs a batch to
// the end before the renderer prepares the next, so a renderer can hold the
// data of one kind of page at a time (a national site has 40,000 pages).
// A renderer returns yield's error as soon as yield returns one.
type Batches func(yield func([]Job) error) error

// Collect runs every job in order, on one core, and returns the files sorted
// by path. Tests and small tools use it; builds run jobs through package
// build.
func Collect(batches Batches) ([]File, error) {
	var files []File
	err := batches(func(jobs []Job) error {
		for _, j := range jobs {
			p, err := j.Plan()
			if err != nil {
				return err
			}
			data, err := p.Make()
			if err != nil {
				return err
			}
			files = append(files, File{Path: j.Path, Data: data})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	for i := 1; i < len(files); i++ {
		if files[i].Path == files[i-1].Path {
			return nil, fmt.Errorf("two outputs have the same path %s", files[i].Path)
		}
	}
	return files, nil
}
