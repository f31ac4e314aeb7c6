// Package view computes, once, what the site and the briefs both show a
// reader: the glossary's name for every stage, status, reconciliation result
// and provenance mark; indicator values with their unit and decimals; signed
// differences; which rows a long table or chart shows and which it sums; and
// the per-site lookups (decisions by region and by owner, the overdue ones in
// order, lines by agency and location, observations by indicator and region).
//
// render/html and render/pdf present these values; neither decides them, so
// a figure or a label cannot read one way on the site and another in a brief.
package view
