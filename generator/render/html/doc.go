// Package html renders the static bilingual site: one HTML page per budget
// year, agency, strategy framework, meeting and region, plus the home
// dashboard, the indicators, the sources, the free pages, 404.html and
// sitemap.xml.
//
// The default language is written at the root of the output and every other
// language under a folder named after it ("en/"), with the same readable
// Indonesian paths in both, so the language switch only adds or removes that
// folder. Every link is relative and ends in index.html, so the site works
// from any sub-folder of a static host and straight from file://.
//
// Templates are html/template files read from an fs.FS (the embedded
// defaults, possibly overlaid by a user's --templates folder). layout.html
// and partials.html are shared; each page kind has its own file that defines
// "main". They are parsed once by New; their errors name the file and line.
package html
