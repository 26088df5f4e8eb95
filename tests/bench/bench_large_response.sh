#!/usr/bin/env bash
# Benchmark (not a test): a generated JSON body (100 MB by default; try 1000 and 5000) sent chunked
# by a loopback server into Keyway's response view, as a send from the window fills it.
# Usage: tests/bench/bench_large_response.sh [MEGABYTES]   (needs a built tree with tests: scripts/test)
# Targets: first screen of the pretty view <= 1 s at any size, search <= 5 s, no UI-thread stall over
# 50 ms, peak RSS <= 1.5x the body and <= 300 MB above idle (bodies over 16 MB are kept on disk: a
# 5 GB run needs 5 GB free in the cache directory).
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
