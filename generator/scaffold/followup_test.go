package scaffold_test

import (
	"testing"

	"github.com/tkpkd/tkpkd/generator/load"
)

// TestAppendFollowUp adds a follow-up to each way a follow_ups list can
// be written, keeping every other line as it was.
func TestAppendFollowUp(t *testing.T) {
	t.Parallel()
	item := func(indent string) []byte {
		return []byte(indent + "- decision: r/K01\n" + indent + "  status: \"\"\n")
	}
	for _, tc := range []struct{ name, in, want string }{
		{"absent", "id: r\ntitle: T\n", "id: r\ntitle: T\nfollow_ups:\n  - decision: r/K01\n    status: \"\"\n"},
		{"absent, no final newline", "id: r\ntitle: T", "id: r\ntitle: T\nfollow_ups:\n  - decision: r/K01\n    status: \"\"\n"},
		{"empty flow", "id: r\nfollow_ups: []  # none yet\nsources: []\n", "id: r\nfollow_ups: # none yet\n  - decision: r/K01\n    status: \"\"\nsources: []\n"},
		{"null", "id: r\nfollow_ups:\nsources: []\n", "id: r\nfollow_ups:\n  - decision: r/K01\n    status: \"\"\nsources: []\n"},
		{"block before a key and its comment", "follow_ups:\n    - decision: a/K01\n      status: selesai\n\n# the sources\nsources: []\n",
			"follow_ups:\n    - decision: a/K01\n      status: selesai\n    - decision: r/K01\n      status: \"\"\n\n# the sources\nsources: []\n"},
		{"indentless block at the end", "follow_ups:\n- decision: a/K01\n  status: selesai\n\n", "follow_ups:\n- decision: a/K01\n  status: selesai\n- decision: r/K01\n  status: \"\"\n\n"},
		{"crlf", "id: r\r\nfollow_ups: []\r\n", "id: r\r\nfollow_ups:\r\n  - decision: r/K01\r\n    status: \"\"\r\n"},
	} {
		got, err := load.AppendFollowUp([]byte(tc.in), item, "r/K01")
		if err != nil || string(got) != tc.want {
			t.Errorf("%s: got %q (%v), want %q", tc.name, got, err, tc.want)
		}
	}
	for _, in := range []string{"follow_ups: [{decision: a/K01}]\n", "follow_ups: x\n", "- a\n", "a: [\n"} {
		if got, err := load.AppendFollowUp([]byte(in), item, "r/K01"); err == nil {
			t.Errorf("%q: want a refusal, got %q", in, got)
		}
	}
}
