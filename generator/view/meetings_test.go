package view

import (
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
)

// meetingsSite: two regions; three meetings of region A and one of B. A's
// first meeting decides K01 (due between the second and third, closed at the
// third) and K02 (due before the second, never closed: overdue).
func meetingsSite(t *testing.T) *model.Site {
	d := func(s string) model.Date {
		v, err := model.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	a1 := &model.Meeting{ID: "a1", Date: d("2024-01-10"), Participants: model.Participants{Regions: []string{"A"}}}
	b1 := &model.Meeting{ID: "b1", Date: d("2024-02-01"), Participants: model.Participants{Regions: []string{"B"}}}
	a2 := &model.Meeting{ID: "a2", Date: d("2024-03-01"), Participants: model.Participants{Regions: []string{"A"}}}
	a3 := &model.Meeting{ID: "a3", Date: d("2024-06-01"), Participants: model.Participants{Regions: []string{"A"}}}
	k1 := &model.Decision{ID: "a1/K01", Meeting: "a1", Owner: "A", Due: d("2024-04-30"), Status: model.Baru}
	k2 := &model.Decision{ID: "a1/K02", Meeting: "a1", Owner: "A", Due: d("2024-02-15"), Status: model.Baru, Overdue: true}
	a1.Decisions = []*model.Decision{k1, k2}
	f := &model.FollowUp{Decision: k1.ID, Meeting: "a3", Status: model.Selesai, Note: "selesai", AsOf: d("2024-06-01")}
	a3.FollowUps = []*model.FollowUp{f}
	k1.FollowUps = []*model.FollowUp{f}
	s := &model.Site{Regions: []*model.Region{{Code: "A"}, {Code: "B"}}, Meetings: []*model.Meeting{a1, b1, a2, a3}}
	s.Index()
	return s
}

func TestMeetingRules(t *testing.T) {
	t.Parallel()
	s := meetingsSite(t)
	x := NewIndex(s)
	a1, a2, a3 := s.Meetings[0], s.Meetings[2], s.Meetings[3]
	if got := x.Near(s, 2, -1); got != a1 {
		t.Errorf("the meeting before a2 is %v, want a1 (b1 is another region's)", got)
	}
	if got := x.Near(s, 0, -1); got != nil {
		t.Errorf("the meeting before the first is %v", got)
	}
	if got := x.OverdueBefore(s, a2); len(got) != 1 || got[0].ID != "a1/K02" {
		t.Errorf("OverdueBefore(a2) = %v, want a1/K02", got)
	}
	if got := x.OverdueBefore(s, a1); len(got) != 0 {
		t.Errorf("OverdueBefore(a1) = %v: its own decisions are not earlier ones", got)
	}
	c := x.Between(s, a2, a3)
	if len(c.Reports) != 1 || c.Reports[0].Was != model.Baru || c.Reports[0].Now != model.Selesai {
		t.Errorf("a3's reports = %+v, want K01 baru -> selesai", c.Reports)
	}
	if len(c.NowLate) != 0 {
		t.Errorf("NowLate(a2..a3) = %v: K01 fell due but was closed by a3", c.NowLate)
	}
	if c := x.Between(s, a1, a2); len(c.NowLate) != 1 || c.NowLate[0].ID != "a1/K02" {
		t.Errorf("NowLate(a1..a2) = %v, want a1/K02", c.NowLate)
	}
	k1 := a1.Decisions[0]
	if StatusAt(k1, a2.Date) != model.Baru || StatusAt(k1, a3.Date) != model.Selesai {
		t.Errorf("StatusAt: %s at a2, %s at a3", StatusAt(k1, a2.Date), StatusAt(k1, a3.Date))
	}
}
