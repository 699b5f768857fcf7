#!/usr/bin/env bash
# Regenerate the sample briefs (PDF, DOCX, JSON) and the PNG renders of their first pages.
# Needs the project installed (.venv) and, for the renders, pdftoppm and LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
briefing=${BRIEFING:-.venv/bin/briefing}
out=samples/briefs
mkdir -p "$out"
"$briefing" generate samples/*.txt samples/*.md samples/*.html -f pdf,docx,json -o "$out" --force --jobs 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for pdf in "$out"/*.pdf; do
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$pdf"
done
for docx in "$out"/*.docx; do
  soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$docx" >/dev/null
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$tmp/$(basename "${docx%.docx}").pdf" "$docx"
done
ls -l "$out"
