package synth

import (
	"bytes"
	"fmt"
)

// indicatorsYAML writes five annual observations of four poverty
// indicators per region, drawn as a gentle random walk so trend charts
// look like BPS series, and a 2024 target per region.
func (w *world) indicatorsYAML(b *bytes.Buffer) {
	line(b, "definitions:")
	line(b, "  - {id: kemiskinan-persen, name: \"Persentase penduduk miskin (P0)\", unit: persen, producer: \"BPS\", decimals: 2}")
	line(b, "  - {id: jumlah-penduduk-miskin, name: \"Jumlah penduduk miskin\", unit: \"ribu jiwa\", producer: \"BPS\", decimals: 2}")
	line(b, "  - {id: garis-kemiskinan, name: \"Garis kemiskinan\", unit: \"rupiah/kapita/bulan\", producer: \"BPS\", decimals: 0}")
	line(b, "  - {id: kemiskinan-ekstrem-persen, name: \"Persentase penduduk miskin ekstrem\", unit: persen, producer: \"BPS\", decimals: 2}")
	line(b, "observations:")
	var targets bytes.Buffer
	for _, reg := range w.regions {
		p0 := 2 + w.r.Float64()*18
		pop := 100 + w.r.Float64()*2900 // thousands of people
		if reg.kind == "provinsi" {
			pop *= 8
		}
		gk := 380000 + w.r.Float64()*250000
		ext := 0.3 + w.r.Float64()*4
		last := firstYear - 1
		for y := last - indicatorYears + 1; y <= last; y++ {
			period := fmt.Sprint(y)
			obs := func(id, value string) {
				line(b, "  - {indicator: %s, region: %s, period: %s, value: %s, source: %s, verification: illustrative}", id, q(reg.code), q(period), value, srcBPS)
			}
			obs("kemiskinan-persen", num(p0, 2))
			obs("jumlah-penduduk-miskin", num(p0*pop/100, 2))
			obs("garis-kemiskinan", num(gk, 0))
			obs("kemiskinan-ekstrem-persen", num(ext, 2))
			p0 = max(0.5, p0+(w.r.Float64()-0.6)*0.8)
			pop *= 1.01
			gk *= 1.03 + w.r.Float64()*0.04
			ext = max(0, ext-w.r.Float64()*0.6)
		}
		line(&targets, "  - {indicator: kemiskinan-persen, region: %s, year: 2024, value: %s, source: %s, verification: illustrative}", q(reg.code), num(max(0.5, p0-1), 2), srcRPKD)
		line(&targets, "  - {indicator: kemiskinan-ekstrem-persen, region: %s, year: 2024, value: 0, source: %s, verification: illustrative}", q(reg.code), srcInpres)
	}
	line(b, "targets:")
	b.Write(targets.Bytes())
}
