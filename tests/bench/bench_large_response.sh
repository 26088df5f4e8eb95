#!/usr/bin/env bash
# Benchmark (not a test): a 100 MB JSON response from a loopback server in Keyway's response view.
# Usage: tests/bench/bench_large_response.sh [MEGABYTES]   (needs a built tree with tests: scripts/test)
# Targets: first screen of the pretty view <= 3 s, no UI-thread stall > 100 ms, peak RSS <= 5x the body.
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
megabytes=${1:-100}
bench="$KEYWAY_BUILD_DIR/tests/bench/bench_large_response"
[ -x "$bench" ] || { echo "build first: scripts/test" >&2; exit 1; }
port=$(( 20000 + RANDOM % 20000 ))
"$bench" --serve "$port" "$megabytes" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done
QT_QPA_PLATFORM=offscreen "$bench" --fetch "http://127.0.0.1:$port/large.json"
