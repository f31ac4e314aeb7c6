// Package sheet reads and writes spreadsheets: the tables staff receive
// (SIPD budget exports, BPS tables) as CSV or XLSX, and the open-data
// workbook the site publishes. It knows cells, rows and sheets, never
// what a table means: package importer reads the meaning, package
// render/data decides what is written.
//
// XLSX goes through github.com/xuri/excelize/v2 (no hand-written reader).
// CSV may use ";" (Indonesian-locale Excel) or "," (sniffed from the
// first rows), and may be UTF-8 with or without a byte order mark or
// Windows-1252 (what older Excel writes on Windows).
package sheet
