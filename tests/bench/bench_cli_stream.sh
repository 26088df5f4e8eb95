#!/usr/bin/env bash
# Benchmark (not a test): a large body through `keyway-cli send`, to a file (-o) and to standard
# output, with peak memory (GNU time's maximum resident set) next to an empty send's.
# Usage: tests/bench/bench_cli_stream.sh [MEGABYTES]   (default 1024; needs a built tree: scripts/test)
# Target: peak memory <= 50 MB above an empty send, whatever the body's size.
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
megabytes=${1:-1024}
bench="$KEYWAY_BUILD_DIR/tests/bench/bench_large_response"
cli="$KEYWAY_BUILD_DIR/app/cli/keyway-cli"
[ -x "$bench" ] && [ -x "$cli" ] || { echo "build first: scripts/test" >&2; exit 1; }
work=$(mktemp -d -t keyway-bench-XXXXXX)
servers=()
trap 'kill "${servers[@]}" 2>/dev/null; rm -rf "$work"' EXIT

serve() { # PORT MEGABYTES
    "$bench" --serve "$1" "$2" >/dev/null &
    servers+=($!)
    for _ in $(seq 1 600); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    echo "the server on port $1 did not start" >&2
    exit 1
}
port=$(( 20000 + RANDOM % 20000 ))
serve "$port" "$megabytes"
serve $((port + 1)) 0

export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export KEYWAY_WORKSPACE="$work/ws"
"$cli" workspace init "$KEYWAY_WORKSPACE" >/dev/null
"$cli" env add big --kind sandbox --base-url "http://127.0.0.1:$port" >/dev/null
"$cli" env add empty --kind sandbox --base-url "http://127.0.0.1:$((port + 1))" >/dev/null

measure() { # LABEL COMMAND…: prints peak MB and seconds
    local label=$1
    shift
    /usr/bin/time -f '%M %e' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r kib seconds <"$work/time"
    printf '%s %s %s\n' "$label" "$kib" "$seconds"
}
read -r _ empty_kib _ < <(measure empty "$cli" send empty GET /large.json)
printf 'body: %s MB; empty send: peak %d MB\n' "$megabytes" $((empty_kib / 1024))
for mode in file stdout; do
    if [ "$mode" = file ]; then
        read -r _ kib seconds < <(measure file "$cli" send big GET /large.json -o "$work/body.json")
        size=$(stat -c %s "$work/body.json")
    else
        # Through a pipe, as in `keyway-cli send … | jq`; the count proves the whole body came out.
        read -r _ kib seconds < <(measure stdout sh -c '"$0" send big GET /large.json | wc -c >"$1"' \
            "$cli" "$work/count")
        size=$(cat "$work/count")
    fi
    printf 'send %-9s %11d bytes  peak %5d MB (%4d MB above an empty send)  %6.1f s  %6.0f MB/s\n' \
        "$([ "$mode" = file ] && echo '-o FILE' || echo '| wc -c')" "$size" $((kib / 1024)) \
        $(((kib - empty_kib) / 1024)) "$seconds" "$(awk -v s="$size" -v t="$seconds" 'BEGIN { print s / 1048576 / (t + 0.001) }')"
done
