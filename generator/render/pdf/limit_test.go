package pdf

import (
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
)

func TestLongListsAreCut(t *testing.T) {
	t.Parallel()
	rows := []model.Amount{{Key: "a", Amount: 50, Lines: 2}, {Key: "b", Amount: 30, Lines: 1}, {Key: "c", Amount: 20, Lines: 4}, {Key: "d", Amount: 5, Lines: 1}}
	if got := limitAmounts(2, rows); len(got) != 2 || got[1].Key != "b" {
		t.Errorf("limitAmounts = %v", got)
	}
	if got := restAmounts(2, rows); got == nil || *got != (others{Count: 2, Lines: 5, Amount: 25}) {
		t.Errorf("restAmounts = %+v, want 2 agencies, 5 lines, 25", got)
	}
	if got := restAmounts(4, rows); got != nil {
		t.Errorf("restAmounts with nothing left = %+v, want nil", got)
	}
	ds := make([]*model.Decision, 45)
	if got := firstDecisions(30, ds); len(got.Rows) != 30 || got.More != 15 {
		t.Errorf("firstDecisions = %d rows, %d more; want 30 and 15", len(got.Rows), got.More)
	}
	if got := firstDecisions(30, ds[:3]); len(got.Rows) != 3 || got.More != 0 {
		t.Errorf("firstDecisions of a short list = %d rows, %d more", len(got.Rows), got.More)
	}
}
