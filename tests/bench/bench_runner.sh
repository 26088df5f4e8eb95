#!/usr/bin/env bash
# Benchmark (not a test): a 200-request run against the loopback sandbox with two checks and one
# capture per request — `keyway-cli run` (checks and captures in the request file), newman (the same
# in a Postman test script) and bru (assert and vars:post-response blocks) — next to curl fetching the
# same URL 200 times in one process. Prints wall times (medians of 9 rounds for curl and keyway-cli,
# each round running one right after the other, so both see the machine in the same state; the
# ratio is the median of the rounds' ratios), ratios and each tool's peak memory. newman and bru come from the npm registry into the build tree
# (KEYWAY_BENCH_NO_NPM=1 skips them).
# Usage: tests/bench/bench_runner.sh [REQUESTS]   (needs a built tree: scripts/run or scripts/test)
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
requests=${1:-200}
KEYWAY_PACKAGES=(curl gnome-keyring dbus libsecret-tools bc time)
install_packages

cli="$KEYWAY_BUILD_DIR/app/cli/keyway-cli"
[ -x "$cli" ] || { echo "build first: scripts/test" >&2; exit 1; }
tools="$KEYWAY_BUILD_DIR/bench-deps"
if [ "${KEYWAY_BENCH_NO_NPM:-0}" != 1 ] && command -v npm >/dev/null && [ ! -x "$tools/node_modules/.bin/bru" ]; then
    log "Installing newman and bru from npm into $tools"
    npm install --silent --no-audit --no-fund --prefix "$tools" newman@6 @usebruno/cli@1 >/dev/null 2>&1 \
        || echo "npm install failed: newman and bru are left out" >&2
fi
home=$(mktemp -d -t keyway-bench-XXXXXX)
trap 'rm -rf "$home"' EXIT

XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    dbus-run-session -- bash -s "$cli" "$home" "$requests" "$KEYWAY_ROOT" "$tools/node_modules/.bin" <<'INNER'
set -euo pipefail
cli=$1 home=$2 requests=$3 root=$4 bin=$5
source "$root/tests/bench/bench_sandbox.sh"
url="$base/v1/accounts"
mkdir -p "$home/ws/requests/bench"
cat >"$home/ws/requests/bench/accounts.json" <<JSON
{"schemaVersion": 1, "name": "accounts", "method": "GET", "url": "/accounts", "headers": [], "body": "",
 "checks": ["status == 200", "\$.data length == 3"], "captures": ["firstId = \$.data[0].id"]}
JSON

source "$root/tests/bench/bench_timing.sh"
ms() { echo $(( $(wall_us "$@") / 1000 )); } # wall time of "$@" in milliseconds
peak_mb() { # peak resident memory of "$@" in MB
    /usr/bin/time -f '%M' -o "$home/rss" "$@" >/dev/null 2>&1 || true
    echo $(( $(tail -1 "$home/rss") / 1024 ))
}
row() { # name, ms, peak MB[, "compare" for a "keyway-cli is Nx faster", the ratio to curl if not ms / curl_ms]
    printf '%-46s %6s ms %7.1f %6s MB' "$1" "$2" "${5:-$(echo "$2 / $curl_ms" | bc -l)}" "$3"
    [ -n "${4:-}" ] && printf '   keyway-cli is %.0fx faster' "$(echo "$2 / $keyway_ms" | bc -l)"
    echo
}

# Every check must pass, or the figures would time failures.
"$cli" run bench --env bench --iterations 2 | tail -1 | grep -q '2 requests, 0 failed; 4 checks, 0 failed' \
    || { echo "the Keyway run does not pass its checks" >&2; exit 1; }
urls=()
for _ in $(seq 1 "$requests"); do urls+=("$url"); done
curl_runs=() keyway_runs=() ratios=()
for _ in $(seq 1 9); do # this machine is shared: one run says little, and its load drifts
    c=$(ms curl -sS -H "Authorization: Bearer $key" -H 'X-Company-Id: company_demo' "${urls[@]}")
    k=$(ms "$cli" run bench --env bench --iterations "$requests")
    curl_runs+=("$c") keyway_runs+=("$k") ratios+=("$(echo "$k / $c" | bc -l)")
done
curl_ms=$(printf '%s\n' "${curl_runs[@]}" | median)
keyway_ms=$(printf '%s\n' "${keyway_runs[@]}" | median)
keyway_ratio=$(printf '%s\n' "${ratios[@]}" | median)
curl_mb=$(peak_mb curl -sS -H "Authorization: Bearer $key" -H 'X-Company-Id: company_demo' "${urls[@]}")
keyway_mb=$(peak_mb "$cli" run bench --env bench --iterations "$requests")
printf '%-46s %9s %7s %9s\n' "$requests requests, 2 checks + 1 capture each" "time" "x curl" "peak"
row "curl, one process, $requests URLs (no checks)" "$curl_ms" "$curl_mb"
row "keyway-cli run (x curl: median of the rounds)" "$keyway_ms" "$keyway_mb" "" "$keyway_ratio"

if [ -x "$bin/newman" ]; then
    collection="$home/collection.json"
    cat >"$collection" <<JSON
{"info": {"name": "bench", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "item": [{"name": "accounts",
   "event": [{"listen": "test", "script": {"exec": [
     "pm.test('status', () => pm.response.to.have.status(200));",
     "pm.test('length', () => pm.expect(pm.response.json().data.length).to.eql(3));",
     "pm.environment.set('firstId', pm.response.json().data[0].id);"]}}],
   "request": {"method": "GET", "url": "$url",
     "header": [{"key": "Authorization", "value": "Bearer $key"}, {"key": "X-Company-Id", "value": "company_demo"}]}}]}
JSON
    "$bin/newman" run "$collection" -n 2 --reporters cli >/dev/null || { echo "newman's checks fail" >&2; exit 1; }
    row "newman run -n $requests" "$(ms "$bin/newman" run "$collection" -n "$requests" --reporters cli)" \
        "$(peak_mb "$bin/newman" run "$collection" -n "$requests" --reporters cli)" compare
else
    echo "newman: not installed (npm could not be reached)"
fi
if [ -x "$bin/bru" ]; then
    # bru has no iteration count: the request saved $requests times, run as one collection.
    mkdir -p "$home/bru/bench"
    printf '{"version": "1", "name": "bench", "type": "collection"}\n' >"$home/bru/bench/bruno.json"
    for i in $(seq 1 "$requests"); do
        cat >"$home/bru/bench/accounts-$i.bru" <<BRU
meta {
  name: accounts $i
  type: http
  seq: $i
}

get {
  url: $url
}

headers {
  Authorization: Bearer $key
  X-Company-Id: company_demo
}

assert {
  res.status: eq 200
  res.body.data.length: eq 3
}

vars:post-response {
  firstId: res.body.data[0].id
}
BRU
    done
    (cd "$home/bru/bench" && "$bin/bru" run accounts-1.bru >/dev/null 2>&1) || { echo "bru's asserts fail" >&2; exit 1; }
    row "bru run ($requests requests)" "$(cd "$home/bru/bench" && ms "$bin/bru" run)" \
        "$(cd "$home/bru/bench" && peak_mb "$bin/bru" run)" compare
else
    echo "bru: not installed (npm could not be reached)"
fi
echo "targets: keyway-cli run within 3x curl, at least 20x faster than newman and bru"
INNER
