#!/usr/bin/env bash
# Every shipped language is complete: each translations/keyway_<lang>.ts is refreshed from the code
# into a scratch copy with lupdate (English holds only plural forms: -pluralonly), and any
# unfinished string fails the test with its text. Usage: check-translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
root=$1 lupdate=$2
work=$(mktemp -d -t keyway-ts-XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$root"
mapfile -t sources < <(scripts/translatable-sources)
mapfile -t english_sources < <(scripts/translatable-sources --english)
status=0
for ts in translations/keyway_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    if [ "$(basename "$ts")" = keyway_en.ts ]; then
        "$lupdate" -pluralonly -I app -I ui -no-obsolete -locations none "${english_sources[@]}" -ts "$copy" >/dev/null
    else
        "$lupdate" -I app -I ui -no-obsolete -locations none "${sources[@]}" -ts "$copy" >/dev/null
    fi
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$ts: $unfinished unfinished string(s); translate them (for English: scripts/update-english-plurals):" >&2
        grep -B3 'type="unfinished"' "$copy" | grep -o '<source>.*' | head -10 >&2
        status=1
    else
        echo "$ts: complete"
    fi
done
exit $status
