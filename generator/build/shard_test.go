package build

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

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

// shardsMakeTheBuild checks that the union of the N shard builds of
// full's content is full's output, byte for byte, and that no output is
// built by two shards: a CI matrix of N runners then publishes exactly
// what one machine would. full is a finished build without the cache;
// TestBuildSequence calls this so the full build is shared.
func shardsMakeTheBuild(t *testing.T, full Config) {
	t.Helper()
	want := outputs(t, full.Out)
	if len(want) < 100 {
		t.Errorf("the full build has %d files; want hundreds, so every shard gets some", len(want))
	}
	const n = 3
	union := map[string][]byte{}
	owner := map[string]int{}
	for k := 1; k <= n; k++ {
		cfg := full
		cfg.Out, cfg.Shard = filepath.Join(t.TempDir(), "shard"+strconv.Itoa(k)), Shard{K: k, N: n}
		if _, err := Run(context.Background(), cfg); err != nil {
			t.Fatalf("build shard %d/%d: %v", k, n, err)
		}
		part := outputs(t, cfg.Out)
		if len(part) == 0 || len(part) == len(want) {
			t.Errorf("shard %d/%d holds %d of %d files; want a proper part", k, n, len(part), len(want))
		}
		for name, data := range part {
			if prev, ok := owner[name]; ok {
				t.Errorf("%s is built by shard %d and by shard %d", name, prev, k)
			}
			owner[name] = k
			union[name] = data
		}
	}
	for name, data := range want {
		got, ok := union[name]
		switch {
		case !ok:
			t.Errorf("%s is in the full build but in no shard", name)
		case !bytes.Equal(got, data):
			t.Errorf("%s differs between its shard (%d bytes) and the full build (%d bytes)", name, len(got), len(data))
		}
	}
	for name := range union {
		if _, ok := want[name]; !ok {
			t.Errorf("%s is in shard %d but not in the full build", name, owner[name])
		}
	}
}
