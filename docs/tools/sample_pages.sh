#!/usr/bin/env bash
# Render every template from a fresh demo database and picture the first page of each into
# docs/samples/ (needs LibreOffice and pdftoppm; ../shared/tools/look-docx installs them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
monev-desktop --database "sqlite:///$work/demo.sqlite3" demo >/dev/null
monev-desktop --database "sqlite:///$work/demo.sqlite3" render-samples --out "$work/docx" >/dev/null
mkdir -p "$root/docs/samples"
for file in "$work"/docx/*.docx; do
  name=$(basename "$file" .docx)
  "$root/../shared/tools/look-docx" "$file" "$work/png" 60 >/dev/null
  cp "$work/png/$name-1.png" "$root/docs/samples/$name.png"
done
ls "$root/docs/samples"
