#!/bin/bash
# Regenerates docs/screenshots (see `make screenshots`): app screens per language, printed documents.
set -euo pipefail
# Checked first: without it the plans' old pictures would be deleted and none made.
command -v pdftoppm >/dev/null || { echo "make screenshots needs pdftoppm (Debian: apt-get install poppler-utils)" >&2; exit 2; }
BIN=${1:-.venv/bin}
OUT=docs/screenshots
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export POLKU_PASSPHRASE=demo-passphrase-for-screenshots QT_QPA_PLATFORM=offscreen
for lang in fi sv en; do
  rm -f "$OUT/$lang"/*.png
  "$BIN/polku" screenshots --out "$OUT/$lang" --lang "$lang"
done
"$BIN/polku" demo-data --profile "$WORK/demo" --clients 20 --seed 3 >/dev/null
# The first demo client with a plan.
for client in $("$BIN/polku" list-clients --profile "$WORK/demo" | cut -f1); do
  "$BIN/polku" print --profile "$WORK/demo" --client "$client" --document plan --out "$WORK/x.pdf" \
    >/dev/null 2>&1 && break
done
rm -f "$OUT"/plan-*.png
for second in fa vi uk ar; do
  "$BIN/polku" print --profile "$WORK/demo" --client "$client" --document plan --lang "$second" \
    --out "$WORK/plan-fi-$second.pdf" >/dev/null
  pdftoppm -png -r 60 "$WORK/plan-fi-$second.pdf" "$OUT/plan-fi-$second"
done
"$BIN/polku" print --profile "$WORK/demo" --client "$client" --document plan --copy office --lang so \
  --out "$WORK/plan-office-so.pdf" >/dev/null
pdftoppm -png -r 60 "$WORK/plan-office-so.pdf" "$OUT/plan-office-so"
echo "docs/screenshots regenerated"
