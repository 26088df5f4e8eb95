#!/usr/bin/env bash
# Benchmark (not a test): cold start of `keyway` to its first painted main window under Xvfb, and
# idle RSS one second later, with a workspace of a few environments and requests open.
# Usage: tests/bench/bench_startup.sh [RUNS]   (needs a built tree: scripts/run or scripts/test)
# Targets: first paint ≤ 200 ms, idle RSS ≤ 80 MB (a bare Qt window: ~20 ms, ~31 MB here).
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
runs=${1:-15}
KEYWAY_PACKAGES=(xvfb xauth dbus gnome-keyring)
install_packages
app="$KEYWAY_BUILD_DIR/ui/keyway"
cli="$KEYWAY_BUILD_DIR/app/cli/keyway-cli"
[ -x "$app" ] || { echo "build first: scripts/run or scripts/test" >&2; exit 1; }
home=$(mktemp -d -t keyway-bench-XXXXXX)
trap 'rm -rf "$home"' EXIT
ws="$home/ws"
"$cli" workspace init "$ws" >/dev/null
for env in sandbox staging production; do
    "$cli" -w "$ws" env add "$env" --kind "$([ $env = production ] && echo production || echo sandbox)" \
        --base-url "https://$env.example.com/v1" >/dev/null
done
mkdir -p "$ws/requests/accounts"
for name in List Create Update Delete; do
    printf '{"method":"GET","name":"%s","schemaVersion":1,"url":"/accounts"}\n' "$name" >"$ws/requests/accounts/$name.json"
done

XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$app" "$ws" "$runs" "$KEYWAY_ROOT" <<'INNER'
set -euo pipefail
app=$1 ws=$2 runs=$3 root=$4
"$root/tests/support/start-test-keyring.sh"
paints=() rss=()
for _ in $(seq 0 "$runs"); do
    line=$(KEYWAY_STARTUP_PROBE=1 KEYWAY_LAUNCHED_AT_MS=$(date +%s%3N) "$app" --workspace "$ws" 2>/dev/null | tail -1)
    paints+=("$(echo "$line" | sed -E 's/.*first-paint-ms=([0-9]+).*/\1/')")
    rss+=("$(echo "$line" | sed -E 's/.*idle-rss-kib=([0-9]+).*/\1/')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }
# The first run warms the page cache and is left out.
printf 'cold start to first paint, %s runs: median %s ms (target <= 200 ms)\n' "$runs" "$(median "${paints[@]:1}")"
printf 'idle RSS with the workspace open:  median %s MiB (target <= 80 MiB)\n' "$(( $(median "${rss[@]:1}" | cut -d. -f1) / 1024 ))"
INNER
