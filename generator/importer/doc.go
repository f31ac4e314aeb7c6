// Package importer turns spreadsheets into content: budget lines from a
// SIPD-style export into allocations/<year>.yaml, indicator values from a
// BPS-style table into indicators.yaml (tkpkd import).
//
// It reads tables from package sheet and edits files through load.Doc,
// so only the records an import changes are rewritten: importing the same
// spreadsheet twice leaves the file byte-identical, and importing a
// changed one reports what was added, removed and changed. Nothing is
// guessed silently: an agency or region the content does not know, an
// amount with a fraction of a rupiah, a code stored as a number are
// problems that name the file, row and column and say how to fix them,
// and nothing is written until there are none.
//
// Identity decides what an import replaces. A budget line is the same
// line when its id matches (an id column, as in the open data), or else
// when its agency and code match a line of the same year, stage and
// region; a new line's id is derived from stage, year, agency and code,
// never from its row. An observation is the same when its indicator,
// region, period and method match.
//
// A budget import replaces the lines of its year, stage and region: a
// line the spreadsheet no longer has is removed. An indicator table only
// adds and revises values: observations outside it are kept, and an empty
// or "-" cell removes nothing, because BPS tables often cover only some
// periods or regions.
package importer
