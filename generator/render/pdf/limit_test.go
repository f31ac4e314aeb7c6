package pdf

import (
	"fmt"
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

func TestLongListsAreCut(t *testing.T) {
	t.Parallel()
	// view.TopN rows are shown; the two after them are summed.
	rows := make([]model.Amount, view.TopN+2)
	for i := range rows {
		rows[i] = model.Amount{Key: fmt.Sprint(i), Amount: model.Money(100 - i), Lines: 1 + i%2}
	}
	if got := topAmounts(rows); len(got) != view.TopN || got[1].Key != "1" {
		t.Errorf("topAmounts = %d rows, want %d", len(got), view.TopN)
	}
	want := others{Count: 2, Lines: rows[view.TopN].Lines + rows[view.TopN+1].Lines, Amount: rows[view.TopN].Amount + rows[view.TopN+1].Amount}
	if got := restAmounts(rows); got == nil || *got != want {
		t.Errorf("restAmounts = %+v, want %+v", got, want)
	}
	if got := restAmounts(rows[:view.TopN]); got != nil {
		t.Errorf("restAmounts with nothing left = %+v, want nil", got)
	}
	ds := make([]*model.Decision, view.FirstOverdue+15)
	if got := firstDecisions(ds); len(got.Rows) != view.FirstOverdue || got.More != 15 {
		t.Errorf("firstDecisions = %d rows, %d more; want %d and 15", len(got.Rows), got.More, view.FirstOverdue)
	}
	if got := firstDecisions(ds[:3]); len(got.Rows) != 3 || got.More != 0 {
		t.Errorf("firstDecisions of a short list = %d rows, %d more", len(got.Rows), got.More)
	}
}
