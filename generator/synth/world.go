package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// region is a province, regency or city with its agencies.
type region struct {
	code, name, kind, parent, slug string
	place                          string // the bare place name, for venues and minutes
	children                       []*region
	agencies                       []*agency
}

type agency struct {
	id, name, short, kind, parent string
	tmpl                          *agencyKind
}

// world is everything the files are written from, drawn once from the
// seed so the files can be written in any grouping without changing.
type world struct {
	size    Size
	r       *rand.Rand
	regions []*region // provinces first in code order, each followed by its children
}

func newWorld(size Size, seed uint64) *world {
	w := &world{size: size, r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	names := shuffled(w.r, placeNames(), 514)
	next := 0
	for _, p := range provinces {
		if size.Provinces != nil && !slices.Contains(size.Provinces, p.code) {
			continue
		}
		prov := &region{code: p.code, name: "Provinsi " + p.name, kind: "provinsi", place: p.name, slug: "prov-" + slug(p.name)}
		w.regions = append(w.regions, prov)
		for i := 0; i < p.kab+p.kota; i++ {
			var place string
			if p.code == "36" {
				place = banten[i]
			} else {
				place, next = names[next], next+1
			}
			prov.children = append(prov.children, w.child(prov, i, p.kab, place))
		}
		w.regions = append(w.regions, prov.children...)
	}
	for _, reg := range w.regions {
		reg.agencies = w.agenciesOf(reg)
	}
	return w
}

// child makes the i-th regency or city of a province: regencies number
// from 01, cities from 71, as Kemendagri codes do.
func (w *world) child(prov *region, i, kab int, place string) *region {
	c := &region{parent: prov.code, place: place}
	if i < kab {
		c.kind, c.name, c.slug = "kabupaten", "Kabupaten "+place, "kab-"+slug(place)
		c.code = fmt.Sprintf("%s.%02d", prov.code, i+1)
	} else {
		c.kind, c.name, c.slug = "kota", "Kota "+place, "kota-"+slug(place)
		c.code = fmt.Sprintf("%s.%02d", prov.code, 71+i-kab)
	}
	return c
}

// agenciesOf gives a region the standard set of 30 agencies, or the 10
// core ones (Bappeda and the secretariat first: meetings rely on it).
func (w *world) agenciesOf(reg *region) []*agency {
	var out []*agency
	byKey := map[string]*agency{}
	for i := range agencyKinds {
		k := &agencyKinds[i]
		if w.size.Core && !slices.Contains(coreAgencies, k.key) {
			continue
		}
		a := &agency{id: reg.slug + "-" + k.key, name: k.name + " " + reg.name, short: k.short, kind: k.kind, tmpl: k}
		if k.parent != "" {
			a.parent = byKey[k.parent].id
		}
		byKey[k.key] = a
		out = append(out, a)
	}
	return out
}

// coreAgencies are the agencies of the small province size; a UPTD's
// parent must be among them.
var coreAgencies = []string{"bappeda", "sekretariat-tkpkd", "dinsos", "dinkes", "disdik", "disnaker", "dpupr", "dprkp", "uptd-blk", "uptd-labkesda"}

// pick returns a random element.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }
