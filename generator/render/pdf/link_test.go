package pdf

import "testing"

func TestSafeLink(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"https://bps.go.id/x":      "https://bps.go.id/x",
		"http://example.org":       "http://example.org",
		"mailto:tkpkd@example.org": "mailto:tkpkd@example.org",
		"javascript:alert(1)":      "",
		"JAVASCRIPT:alert(1)":      "",
		"&#106;avascript:alert(1)": "",
		" javascript:alert(1)":     "",
		"vbscript:x":               "",
		"data:text/html,<script>":  "",
		"file:///etc/passwd":       "",
		"../rapat/x.pdf":           "",
		"https:///no-host":         "",
		"https://x.org/\nevil":     "",
	}
	for in, want := range cases {
		if got := safeLink(in); got != want {
			t.Errorf("safeLink(%q) = %q; want %q", in, got, want)
		}
	}
}
