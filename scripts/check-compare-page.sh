#!/usr/bin/env bash
# Checks compare.html in headless Chromium: the page loads, logs nothing to the console (a Content-Security-Policy
# violation would show there), and has the runs' legend, the figure tables and the overlaid charts; leaves a
# screenshot to look at. Usage: scripts/check-compare-page.sh [OUT_DIR]   (default: a temporary folder)
# Needs chromium on the PATH (apt-get install -y chromium) and a built jar (./cmsim builds it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$(mktemp -d)}"
mkdir -p "$OUT"
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
CHROMIUM=(chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
          --disable-sync --no-first-run --user-data-dir="$PROFILE")

"$ROOT/cmsim" compare "$ROOT/scenarios/src/test/resources/load/lb-compare.yaml" \
  --variant "--set mesh.services.api.loadBalancer=LEAST_REQUEST" --variant "--set services.api.replicas=5" \
  --replications 3 --quiet --out "$OUT/compare" > "$OUT/console.txt"
PAGE="file://$OUT/compare/compare.html"

"${CHROMIUM[@]}" --enable-logging=stderr --v=0 --dump-dom "$PAGE" > "$OUT/dom.html" 2> "$OUT/chromium.log"
if grep -q "CONSOLE" "$OUT/chromium.log"; then
  echo "compare.html logged to the console:" >&2
  grep "CONSOLE" "$OUT/chromium.log" >&2
  exit 1
fi
legend=$(grep -o 'class="legend-entry"' "$OUT/dom.html" | wc -l)
charts=$(grep -o '<svg' "$OUT/dom.html" | wc -l)
tables=$(grep -o '<caption>Figures both runs have</caption>' "$OUT/dom.html" | wc -l)
if [[ "$legend" -ne 3 || "$charts" -lt 4 || "$tables" -ne 2 ]]; then
  echo "compare.html: expected 3 legend entries, 4 or more charts and 2 figure tables;" \
       "found $legend, $charts and $tables" >&2
  exit 1
fi
"${CHROMIUM[@]}" --window-size=1280,6000 --screenshot="$OUT/compare.png" "$PAGE" 2> /dev/null
echo "compare.html: loads without console messages; 3 runs in the legend, $charts charts, 2 tables."
echo "look at: $OUT/compare.png"
