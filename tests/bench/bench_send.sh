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
"$root/tests/support/start-test-keyring.sh"
"$cli" sandbox >"$home/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill $sandbox' EXIT
for _ in $(seq 1 50); do grep -q listening "$home/sandbox.log" 2>/dev/null && break; sleep 0.1; done
base=$(head -1 "$home/sandbox.log" | awk '{print $NF}')
key=blg_test_sk_demo_4f1c2a9e7b3d5a60c8e1
export KEYWAY_WORKSPACE="$home/ws"
"$cli" workspace init "$home/ws" >/dev/null
"$cli" env add bench --kind sandbox --base-url "$base/v1" >/dev/null
"$cli" env company bench --add company_demo >/dev/null
"$cli" auth static bench --header 'Authorization: Bearer {{secret.api_key}}' >/dev/null
printf '%s' "$key" | "$cli" secret set bench api_key >/dev/null

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
