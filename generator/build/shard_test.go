package build_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/tkpkd/tkpkd/generator/build"
	"github.com/tkpkd/tkpkd/generator/synth"
	"github.com/tkpkd/tkpkd/templates"
)

// genContent writes synthetic content of the named size into a temp folder.
func genContent(tb testing.TB, size string, seed uint64) string {
	tb.Helper()
	s, err := synth.ParseSize(size)
	if err != nil {
		tb.Fatal(err)
	}
	dir := filepath.Join(tb.TempDir(), "content")
	if _, err := synth.Generate(dir, synth.Options{Size: s, Seed: seed}); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// outputs reads the site/ and pdf/ trees of a build folder.
func outputs(t *testing.T, out string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, tree := range []string{"site", "pdf"} {
		root := filepath.Join(out, tree)
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if os.IsNotExist(err) && p == root {
				return fs.SkipDir // a shard may hold no file of a tree
			}
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(out, p)
			data, err := os.ReadFile(p)
			files[filepath.ToSlash(rel)] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// The union of the N shard builds must be the full build, byte for byte,
// and no output may be built by two shards: a CI matrix of N runners then
// publishes exactly what one machine would.
func TestShardUnionIsFullBuild(t *testing.T) {
	t.Parallel()
	content := genContent(t, "province", 1)
	outRoot := t.TempDir()
	run := func(name string, shard build.Shard) map[string][]byte {
		out := filepath.Join(outRoot, name)
		_, err := build.Run(context.Background(), build.Config{Content: content, Out: out, Defaults: templates.Defaults, Shard: shard})
		if err != nil {
			t.Fatalf("build %s: %v", name, err)
		}
		return outputs(t, out)
	}
	full := run("full", build.Shard{})
	const n = 3
	union := map[string][]byte{}
	owner := map[string]int{}
	for k := 1; k <= n; k++ {
		part := run("shard"+string(rune('0'+k)), build.Shard{K: k, N: n})
		if len(part) == 0 || len(part) == len(full) {
			t.Errorf("shard %d/%d holds %d of %d files; want a proper part", k, n, len(part), len(full))
		}
		for name, data := range part {
			if prev, ok := owner[name]; ok {
				t.Errorf("%s is built by shard %d and by shard %d", name, prev, k)
			}
			owner[name] = k
			union[name] = data
		}
	}
	for name, data := range full {
		got, ok := union[name]
		switch {
		case !ok:
			t.Errorf("%s is in the full build but in no shard", name)
		case !bytes.Equal(got, data):
			t.Errorf("%s differs between its shard (%d bytes) and the full build (%d bytes)", name, len(got), len(data))
		}
	}
	for name := range union {
		if _, ok := full[name]; !ok {
			t.Errorf("%s is in shard %d but not in the full build", name, owner[name])
		}
	}
	if len(full) < 100 {
		t.Errorf("the full build has %d files; the province content should give hundreds", len(full))
	}
}
