// Package synth writes synthetic TKPKD content in the SPEC §2 format, for
// tests, benchmarks and the growth curve of a national build.
//
// Three sizes: province (Banten and its 8 regencies and cities with 10
// agencies, 10 lines a year and 2 meetings each: small enough for tests
// under -race), national (38 provinces and 514 regencies/cities, each
// with about 30 agencies, 30 budget lines per year for two years, five
// years of indicators and 8 meetings with minutes) and x10 (national with
// ten times the budget lines and meetings per region).
//
// Output depends only on the size and the seed: one PCG stream is drawn in
// a fixed order, nothing ranges over a map, and files are written in the
// order they are made. Every record says `verification: illustrative`,
// because none of it is a fact.
package synth
