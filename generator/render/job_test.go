package render

import (
	"errors"
	"strings"
	"testing"
)

func TestCollect(t *testing.T) {
	t.Parallel()
	made := 0
	job := func(path, body string) Job {
		return Job{Path: path, Plan: func() (Plan, error) {
			return Plan{Key: "k-" + path, Make: func() ([]byte, error) { made++; return []byte(body), nil }}, nil
		}}
	}
	batches := func(yield func([]Job) error) error {
		if err := yield([]Job{job("b.html", "B"), job("a.html", "A")}); err != nil {
			return err
		}
		return yield([]Job{Static("c.css", []byte("C"))})
	}
	files, err := Collect(batches)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Path+"="+string(f.Data))
	}
	if strings.Join(got, " ") != "a.html=A b.html=B c.css=C" || made != 2 {
		t.Errorf("Collect = %v (made %d), want the three files sorted by path", got, made)
	}

	dup := func(yield func([]Job) error) error { return yield([]Job{Static("x", nil), Static("x", nil)}) }
	if _, err := Collect(dup); err == nil || !strings.Contains(err.Error(), "same path x") {
		t.Errorf("two jobs with one path: err = %v", err)
	}
	boom := errors.New("boom")
	failing := func(yield func([]Job) error) error {
		return yield([]Job{{Path: "y", Plan: func() (Plan, error) { return Plan{}, boom }}})
	}
	if _, err := Collect(failing); !errors.Is(err, boom) {
		t.Errorf("a failing plan: err = %v, want boom", err)
	}
}
