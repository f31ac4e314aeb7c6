package load

import (
	"path"
	"strings"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// Dir reads the content folder at root.
func Dir(root string) (*Set, diag.List) {
	files, problems := ReadDir(root)
	set, more := Files(files)
	return set, append(problems, more...).Sort()
}

// Files reads content files already in memory (names relative to the
// content folder). Problems are sorted; the Set is returned even when
// there are problems so that check can report cross-file problems too.
func Files(files []File) (*Set, diag.List) {
	s := &Set{Site: &model.Site{}}
	var problems diag.List
	var minutes []File
	for _, f := range files {
		s.Files = append(s.Files, f.Name)
		switch kind := kindOf(f.Name); kind {
		case "minutes":
			minutes = append(minutes, f)
		case "page":
			s.readPage(f, &problems)
		case "":
			s.unknownFile(f.Name, &problems)
		default:
			s.readYAML(f, kind, &problems)
		}
	}
	for _, f := range minutes {
		s.attachMinutes(f, &problems)
	}
	if !s.HasConfig && !hasProblemIn(problems, "site.yaml") {
		problems.Add("site.yaml", 0, 0, "", diag.T("tidak ada; setiap folder konten memerlukan site.yaml berisi title, publisher dan as_of", "is missing; every content folder needs a site.yaml with title, publisher and as_of"))
	}
	return s, problems.Sort()
}

func hasProblemIn(l diag.List, file string) bool {
	for _, p := range l {
		if p.File == file {
			return true
		}
	}
	return false
}

// kindOf names what a content file holds from where it is.
func kindOf(name string) string {
	dir, base := path.Split(name)
	ext := path.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	switch {
	case dir == "" && ext == ".yaml":
		switch stem {
		case "site", "sources", "regions", "agencies", "strategies", "indicators":
			return stem
		}
	case dir == "allocations/" && ext == ".yaml":
		return "allocations"
	case strings.HasPrefix(dir, "allocations/") && strings.Count(dir, "/") == 2 && ext == ".yaml":
		return "allocations"
	case dir == "meetings/" && ext == ".yaml":
		return "meeting"
	case dir == "meetings/" && ext == ".md":
		return "minutes"
	case dir == "pages/" && ext == ".md":
		return "page"
	}
	return ""
}

// unknownFile reports YAML files tkpkd does not read, which are usually a
// misnamed file or folder; Markdown elsewhere (a README) is left alone.
func (s *Set) unknownFile(name string, problems *diag.List) {
	if strings.HasSuffix(name, ".md") && !strings.HasPrefix(name, "pages/") && !strings.HasPrefix(name, "meetings/") {
		return
	}
	var hint diag.Text
	if strings.HasSuffix(name, ".yml") {
		hint = diag.T("; ganti akhiran namanya menjadi .yaml", "; rename it to end in .yaml")
	} else {
		dir, _ := path.Split(name)
		hint = suggest(strings.TrimSuffix(dir, "/"), []string{"allocations", "meetings", "pages"})
	}
	problems.Warn(name, 0, 0, "", diag.T("bukan berkas yang dibaca tkpkd, jadi diabaikan%s", "is not a file tkpkd reads, so it is ignored%s", hint))
}

func (s *Set) readYAML(f File, kind string, problems *diag.List) {
	data := normalise(f.Data)
	root, ok := parseYAML(f.Name, data, problems)
	if !ok {
		s.Broken = append(s.Broken, f.Name)
		return
	}
	d := s.trackBlanks(newDecoder(f.Name, root, problems))
	d.text = data
	r := d.object(root, "")
	if r == nil {
		return
	}
	switch kind {
	case "site":
		s.readSiteConfig(r)
	case "sources":
		s.readSources(r)
	case "regions":
		s.readRegions(r)
	case "agencies":
		s.readAgencies(r)
	case "strategies":
		s.readStrategies(r)
	case "indicators":
		s.readIndicators(r)
	case "allocations":
		s.readAllocationsFile(r, f.Name)
	case "meeting":
		s.readMeeting(r, strings.TrimSuffix(path.Base(f.Name), ".yaml"))
	}
}

func (s *Set) readAllocationsFile(r *obj, name string) {
	parts := strings.Split(strings.TrimSuffix(name, ".yaml"), "/")
	y, ok := yearOf(parts[1])
	if !ok {
		r.d.errorf(nil, "", diag.T("tidak dinamai menurut tahun anggaran; namai allocations/<tahun>.yaml atau allocations/<tahun>/<nama>.yaml, mis. allocations/2024.yaml", "is not named after a budget year (want allocations/<year>.yaml or allocations/<year>/<name>.yaml, e.g. allocations/2024.yaml)"))
		return
	}
	s.readAllocations(r, y)
}
