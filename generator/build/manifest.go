package build

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
)

// manifestName is the file in the output folder that records, for each
// brief, the key of the inputs it was laid out from (see pdf.Cache).
const manifestName = ".tkpkd-manifest.json"

// manifest is the build record: keys are only trusted when the binary that
// wrote them is this one, since fonts and layout code live in the binary.
type manifest struct {
	Version int                `json:"version"`
	Binary  string             `json:"binary"`
	Briefs  map[string]briefID `json:"briefs"` // path under pdf/ -> what it was built from
}

// briefID is a brief's input key and the hash of the bytes written for it,
// so a file changed by hand since is never taken for the build's own.
type briefID struct {
	Key string `json:"key"`
	Sum string `json:"sha256"`
}

// briefCache implements pdf.Cache over the previous build's manifest and
// its pdf/ tree.
type briefCache struct {
	dir  string             // the previous build's pdf/ folder
	old  map[string]briefID // from its manifest; empty when it cannot be trusted
	mu   sync.Mutex
	keys map[string]briefID // this build's
	hits int
}

// newBriefCache reads the manifest in out; a missing or foreign manifest
// just means nothing is reused.
func newBriefCache(out, binary string) *briefCache {
	c := &briefCache{dir: filepath.Join(out, "pdf"), old: map[string]briefID{}, keys: map[string]briefID{}}
	data, err := os.ReadFile(filepath.Join(out, manifestName))
	if err != nil || binary == "" {
		return c
	}
	var m manifest
	if json.Unmarshal(data, &m) == nil && m.Version == 1 && m.Binary == binary {
		c.old = m.Briefs
	}
	return c
}

// Get returns the previous build's brief when its key matches.
func (c *briefCache) Get(path, key string) ([]byte, bool) {
	id, ok := c.old[path]
	if !ok || id.Key != key {
		return nil, false
	}
	data, err := os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(path)))
	if err != nil || sum(data) != id.Sum {
		return nil, false
	}
	c.mu.Lock()
	c.hits++
	c.mu.Unlock()
	return data, true
}

// Put records this build's key and bytes for a brief.
func (c *briefCache) Put(path, key string, data []byte) {
	id := briefID{Key: key, Sum: sum(data)}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.keys[path] = id
}

// encode returns the manifest of this build (encoding/json writes map keys
// sorted, so the file is deterministic).
func (c *briefCache) encode(binary string) ([]byte, error) {
	return json.MarshalIndent(manifest{Version: 1, Binary: binary, Briefs: c.keys}, "", " ")
}

func sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}
