// Package parallel runs independent jobs on every core while keeping what
// callers see deterministic: results go to the job's own index, and the
// error reported is the lowest-numbered job's, whichever finished first.
package parallel

import (
	"runtime"
	"sync"
)

// Each calls f(i) for every i in [0, n) on up to GOMAXPROCS goroutines and
// returns the error of the lowest i that failed, or nil. Every job runs even
// after one fails, so the reported error never depends on timing.
func Each(n int, f func(i int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
