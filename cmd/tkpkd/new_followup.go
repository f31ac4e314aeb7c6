package main

import (
	"os"
	"path/filepath"
	"time"

	"github.com/tkpkd/tkpkd/generator/scaffold"
)

// followUp adds a follow-up skeleton for decision to its meeting's file,
// or to meeting's file when given (see scaffold.Content.FollowUp).
func (c newCmd) followUp(content, decision, meeting string, today time.Time) int {
	sc, err := scaffold.Read(content)
	if err != nil {
		return c.fail("follow-up", err)
	}
	f, err := sc.FollowUp(decision, meeting, today)
	if err != nil {
		return c.fail("follow-up", err)
	}
	return c.created("follow-up", content, f)
}

// replaceFile writes data over path through a temporary file, so an
// interrupted write never leaves half a meeting.
func replaceFile(path string, data []byte) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tkpkd-new-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
