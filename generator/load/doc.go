// Package load reads a content folder: the YAML and Markdown files that the
// data staff edit, as described in SPEC §2.
//
// The folder holds site.yaml, sources.yaml, regions.yaml, agencies.yaml,
// strategies.yaml and indicators.yaml at its root; allocations/<year>.yaml
// (or allocations/<year>/*.yaml for a year split by region);
// meetings/<id>.yaml with optional minutes in meetings/<id>.md; and free
// pages in pages/*.md (pages/<name>.<lang>.md for a translation).
//
// Reading is defensive, because the files are edited by hand and may come
// from anyone who can open a pull request: a file over 10 MiB, invalid
// UTF-8, tabs used as indentation, an empty file, several YAML documents in
// one file, a symlink that leaves the folder, an unreadable file and YAML
// aliases that expand without bound are each reported, never a panic or a
// hang. A UTF-8 byte order mark and CRLF line endings are accepted. A YAML
// syntax error is reported at the line that is actually wrong, found by
// parsing ever longer prefixes of the file, because yaml.v3 often names the
// line where the enclosing block starts instead.
//
// Each file is decoded from yaml.v3 nodes, keeping the line and column of
// every value, into the model's types. Every problem found on the way is
// collected (types, enums, unknown keys with a "did you mean", required
// fields, integer money, ISO dates, quoted codes) so staff fix them all in
// one go. Rules that span several records or files (references, duplicate
// ids, totals) belong to package validate.
//
// Load is the only package that parses YAML: it also reads the front
// matter of brief templates (FrontMatter) and the interface strings
// (Strings), which build hands to the renderers, so their problems name
// the template file and line the same way.
package load
