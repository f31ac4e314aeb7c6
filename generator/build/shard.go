package build

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard selects a part of the outputs, so a CI matrix of N machines can
// each build part K of a large site. The zero Shard selects everything.
type Shard struct {
	K, N int // 1 <= K <= N
}

// ParseShard reads "K/N", e.g. "2/4".
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	ki, err1 := strconv.Atoi(k)
	ni, err2 := strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil || ni < 1 || ki < 1 || ki > ni {
		return Shard{}, fmt.Errorf("not a shard (got %q, want K/N with 1 <= K <= N, e.g. 1/4)", s)
	}
	return Shard{K: ki, N: ni}, nil
}

// Has reports whether the output with the given stable key (its path in
// the output folder) belongs to the shard. The key's hash decides, so the
// split does not depend on the order outputs are made.
func (s Shard) Has(key string) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32()%uint32(s.N)) == s.K-1
}
