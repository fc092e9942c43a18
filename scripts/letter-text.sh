#!/usr/bin/env bash
# The text of a PDF as poppler's pdftotext reads it, whitespace collapsed to single spaces
# (how the letter tests compare it with the network's own letter, src/test/resources/fixtures).
#   scripts/letter-text.sh letter.pdf            # the text on one line
#   scripts/letter-text.sh letter.pdf --raw      # pdftotext's own lines
#   scripts/letter-text.sh sheet.pdf --layout    # lines as laid out (tables row by row)
set -euo pipefail
pdf="${1:?usage: scripts/letter-text.sh FILE.pdf [--raw|--layout]}"
case "${2:-}" in
  --raw) pdftotext -enc UTF-8 "$pdf" - ;;
  --layout) pdftotext -enc UTF-8 -layout "$pdf" - ;;
  *) pdftotext -enc UTF-8 "$pdf" - | sed -e 's/\xc2\xa0/ /g' | tr -s ' \t\n\r\f\v' ' ' | sed -e 's/^ //' -e 's/ $//'
     echo ;;
esac
