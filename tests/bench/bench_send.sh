#!/usr/bin/env bash
# Benchmark (not a test): one cold `keyway-cli send` process against curl and httpie (`http`) on the
# same loopback sandbox, RUNS rounds of curl and keyway-cli one right after the other (so both see the
# machine in the same state; its load drifts), then httpie RUNS times; prints medians, and for
# keyway-cli the median of the rounds' ratios to curl.
# Usage: tests/bench/bench_send.sh [RUNS]   (needs a built tree: scripts/run or scripts/test)
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
runs=${1:-25}
KEYWAY_PACKAGES=(curl httpie gnome-keyring dbus libsecret-tools)
install_packages

cli="$KEYWAY_BUILD_DIR/app/cli/keyway-cli"
[ -x "$cli" ] || { echo "build first: scripts/test" >&2; exit 1; }
home=$(mktemp -d -t keyway-bench-XXXXXX)
trap 'rm -rf "$home"' EXIT

XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    dbus-run-session -- bash -s "$cli" "$home" "$runs" "$KEYWAY_ROOT" <<'INNER'
set -euo pipefail
cli=$1 home=$2 runs=$3 root=$4
source "$root/tests/bench/bench_sandbox.sh"

source "$root/tests/bench/bench_timing.sh"
# Median wall time in milliseconds of running "$@" $runs times (after one warm-up run).
median_ms() {
    "$@" >/dev/null 2>&1 || { echo "command failed: $*" >&2; return 1; }
    for _ in $(seq 1 "$runs"); do wall_us "$@"; done | median | awk '{printf "%.1f\n", $1 / 1000}'
}

url="$base/v1/accounts"
send_curl() { curl -sS -H "Authorization: Bearer $key" -H 'X-Company-Id: company_demo' "$url"; }
send_keyway() { "$cli" send bench GET /accounts; }
send_curl >/dev/null && send_keyway >/dev/null || { echo "a warm-up send failed" >&2; exit 1; }
curl_runs=() keyway_runs=() ratios=()
for _ in $(seq 1 "$runs"); do
    c=$(wall_us send_curl) k=$(wall_us send_keyway)
    curl_runs+=("$c") keyway_runs+=("$k") ratios+=("$(echo "$k / $c" | bc -l)")
done
curl_ms=$(printf '%s\n' "${curl_runs[@]}" | median | awk '{printf "%.1f\n", $1 / 1000}')
keyway_ms=$(printf '%s\n' "${keyway_runs[@]}" | median | awk '{printf "%.1f\n", $1 / 1000}')
printf '%-34s %8s %8s\n' "one cold GET, $runs rounds" "median" "x curl"
printf '%-34s %6s ms %8s\n' "curl" "$curl_ms" "1.0"
printf '%-34s %6s ms %8.1f\n' "keyway-cli send (secret in keyring)" "$keyway_ms" "$(printf '%s\n' "${ratios[@]}" | median)"
if command -v http >/dev/null; then
    http_ms=$(median_ms http --ignore-stdin GET "$url" "Authorization:Bearer $key" X-Company-Id:company_demo)
    printf '%-34s %6s ms %8.1f\n' "httpie (http)" "$http_ms" "$(echo "$http_ms / $curl_ms" | bc -l)"
fi
echo "target: keyway-cli send within 3x curl"
INNER
