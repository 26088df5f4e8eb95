#!/usr/bin/env bash
# Benchmark (not a test): one cold `keyway-cli send` process against curl and httpie (`http`) on the
# same loopback sandbox, RUNS times each; prints medians and the ratio to curl.
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

# Median wall time in milliseconds of running "$@" $runs times (after one warm-up run).
median_ms() {
    "$@" >/dev/null 2>&1 || { echo "command failed: $*" >&2; return 1; }
    local times=()
    for _ in $(seq 1 "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f\n", m/1000}'
}

url="$base/v1/accounts"
curl_ms=$(median_ms curl -sS -H "Authorization: Bearer $key" -H 'X-Company-Id: company_demo' "$url")
keyway_ms=$(median_ms "$cli" send bench GET /accounts)
printf '%-34s %8s %8s\n' "one cold GET, $runs runs" "median" "x curl"
printf '%-34s %6s ms %8s\n' "curl" "$curl_ms" "1.0"
printf '%-34s %6s ms %8.1f\n' "keyway-cli send (secret in keyring)" "$keyway_ms" "$(echo "$keyway_ms / $curl_ms" | bc -l)"
if command -v http >/dev/null; then
    http_ms=$(median_ms http --ignore-stdin GET "$url" "Authorization:Bearer $key" X-Company-Id:company_demo)
    printf '%-34s %6s ms %8.1f\n' "httpie (http)" "$http_ms" "$(echo "$http_ms / $curl_ms" | bc -l)"
fi
echo "target: keyway-cli send within 3x curl"
INNER
