package parallel

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

func TestEach(t *testing.T) {
	t.Parallel()
	out := make([]int, 1000)
	var calls atomic.Int32
	err := Each(len(out), func(i int) error {
		calls.Add(1)
		out[i] = i * i
		if i == 700 || i == 300 {
			return fmt.Errorf("job %d", i)
		}
		return nil
	})
	if err == nil || err.Error() != "job 300" {
		t.Errorf("err = %v, want the lowest failing job's (job 300)", err)
	}
	if calls.Load() != 1000 {
		t.Errorf("%d jobs ran, want all 1000 even after a failure", calls.Load())
	}
	for i, v := range out {
		if v != i*i {
			t.Fatalf("out[%d] = %d, want %d", i, v, i*i)
		}
	}
	if err := Each(0, func(int) error { return errors.New("never") }); err != nil {
		t.Errorf("no jobs: err = %v", err)
	}
}
