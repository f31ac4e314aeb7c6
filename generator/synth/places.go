package synth

import (
	"math/rand/v2"
	"strings"
)

// province is one of Indonesia's 38 provinces with its count of regencies
// (kabupaten) and cities (kota); the counts add up to 416 and 98, i.e. 514.
type province struct {
	code, name string
	kab, kota  int
}

var provinces = []province{
	{"11", "Aceh", 18, 5}, {"12", "Sumatera Utara", 25, 8}, {"13", "Sumatera Barat", 12, 7},
	{"14", "Riau", 10, 2}, {"15", "Jambi", 9, 2}, {"16", "Sumatera Selatan", 13, 4},
	{"17", "Bengkulu", 9, 1}, {"18", "Lampung", 13, 2}, {"19", "Kepulauan Bangka Belitung", 6, 1},
	{"21", "Kepulauan Riau", 5, 2}, {"31", "DKI Jakarta", 1, 5}, {"32", "Jawa Barat", 18, 9},
	{"33", "Jawa Tengah", 29, 6}, {"34", "DI Yogyakarta", 4, 1}, {"35", "Jawa Timur", 29, 9},
	{"36", "Banten", 4, 4}, {"51", "Bali", 8, 1}, {"52", "Nusa Tenggara Barat", 8, 2},
	{"53", "Nusa Tenggara Timur", 21, 1}, {"61", "Kalimantan Barat", 12, 2}, {"62", "Kalimantan Tengah", 13, 1},
	{"63", "Kalimantan Selatan", 11, 2}, {"64", "Kalimantan Timur", 7, 3}, {"65", "Kalimantan Utara", 4, 1},
	{"71", "Sulawesi Utara", 11, 4}, {"72", "Sulawesi Tengah", 12, 1}, {"73", "Sulawesi Selatan", 21, 3},
	{"74", "Sulawesi Tenggara", 15, 2}, {"75", "Gorontalo", 5, 1}, {"76", "Sulawesi Barat", 6, 0},
	{"81", "Maluku", 9, 2}, {"82", "Maluku Utara", 8, 2}, {"91", "Papua", 8, 1},
	{"92", "Papua Barat", 7, 0}, {"93", "Papua Selatan", 4, 0}, {"94", "Papua Tengah", 8, 0},
	{"95", "Papua Pegunungan", 8, 0}, {"96", "Papua Barat Daya", 5, 1},
}

// banten keeps the real names of Banten's regencies and cities, so the
// province size reads like the reference content.
var banten = []string{"Pandeglang", "Lebak", "Tangerang", "Serang", "Tangerang", "Cilegon", "Serang", "Tangerang Selatan"}

// Place names are made from common Indonesian toponym parts: glued
// ("Sukamaju", "Wonorejo") or two words ("Tanjung Jaya", "Muara Baru").
var (
	gluedHeads = []string{"Suka", "Sido", "Wono", "Karang", "Giri", "Mekar", "Tirta", "Sri", "Pura", "Bangun", "Rejo", "Sumber", "Cikalong", "Banjar", "Tegal", "Mulya"}
	gluedTails = []string{"maju", "rejo", "jaya", "mulya", "sari", "asih", "harjo", "wangi", "asri", "makmur", "tani", "agung", "arum", "kerta", "raharja", "luhur", "mekar", "wening"}
	wordHeads  = []string{"Tanjung", "Muara", "Bukit", "Sungai", "Batu", "Pulau", "Lubuk", "Teluk", "Padang", "Ujung", "Tanah", "Kuala", "Labuhan", "Rantau", "Air", "Danau"}
	wordTails  = []string{"Jaya", "Raya", "Baru", "Indah", "Tinggi", "Panjang", "Putih", "Hitam", "Merah", "Emas", "Besar", "Tengah", "Lama", "Datar", "Permai", "Hijau", "Kembang", "Laut"}
)

// placeNames returns every candidate place name in a fixed order.
func placeNames() []string {
	var out []string
	for _, h := range gluedHeads {
		for _, t := range gluedTails {
			out = append(out, h+t)
		}
	}
	for _, h := range wordHeads {
		for _, t := range wordTails {
			out = append(out, h+" "+t)
		}
	}
	return out
}

// shuffled returns the first n names of a seeded shuffle of names; a
// compass suffix keeps names unique when n exceeds the pool.
func shuffled(r *rand.Rand, names []string, n int) []string {
	pool := append([]string(nil), names...)
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	out := make([]string, n)
	suffix := []string{"", " Utara", " Selatan", " Timur", " Barat"}
	for i := range out {
		out[i] = pool[i%len(pool)] + suffix[(i/len(pool))%len(suffix)]
	}
	return out
}

// slug turns a name into the lower-case, hyphenated form ids use.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
