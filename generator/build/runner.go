package build

import (
	"strings"
	"sync"

	"github.com/tkpkd/tkpkd/generator/internal/parallel"
	"github.com/tkpkd/tkpkd/generator/render"
	"github.com/tkpkd/tkpkd/generator/write"
)

// runner runs the renderers' jobs, once for every kind of output: it skips
// other shards' jobs before any work is done, reuses the previous build's
// file when a job's key matches it, makes the rest on every core, and hands
// each file to the stage as soon as it is made (a national site is
// gigabytes; only counts stay in memory). The stage refuses two files with
// one path.
type runner struct {
	shard Shard
	stage *write.Stage
	cache *briefCache // the keys of the previous build's files, by tree path

	mu                       sync.Mutex
	pages, siteFiles, briefs int
}

// all runs a renderer's jobs batch by batch; within a batch the error
// returned is the first job's, so messages are the same on every run.
func (r *runner) all(tree string, batches render.Batches) error {
	return batches(func(jobs []render.Job) error {
		return parallel.Each(len(jobs), func(i int) error { return r.one(tree, jobs[i]) })
	})
}

func (r *runner) one(tree string, j render.Job) error {
	if !r.shard.Has(tree + "/" + j.Path) {
		return nil
	}
	plan, err := j.Plan()
	if err != nil {
		return err
	}
	cached := plan.Key != "" && tree == "pdf"
	data, ok := []byte(nil), false
	if cached {
		data, ok = r.cache.Get(j.Path, plan.Key)
	}
	if !ok {
		if data, err = plan.Make(); err != nil {
			return err
		}
	}
	if cached {
		r.cache.Put(j.Path, plan.Key, data)
	}
	if err := r.stage.Put(tree, render.File{Path: j.Path, Data: data}); err != nil {
		return err
	}
	r.count(tree, j.Path)
	return nil
}

func (r *runner) count(tree, path string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case tree == "pdf":
		r.briefs++
	case strings.HasSuffix(path, ".html"):
		r.pages++
		r.siteFiles++
	default:
		r.siteFiles++
	}
}
