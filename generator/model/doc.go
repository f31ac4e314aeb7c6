// Package model holds the checked content of a tkpkd site: the domain types
// every renderer reads (budget years, strategy frameworks, meetings and their
// decisions, indicators, sources) and small pure helpers over them.
//
// The model has no YAML tags and does no I/O. It is built by package validate
// from what package load read, after every rule of the content contract has
// been checked, so a renderer may trust that every reference resolves, every
// total reconciles or is marked, and every slice is sorted in a stable order.
package model
