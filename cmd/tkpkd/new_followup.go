package main

import (
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
