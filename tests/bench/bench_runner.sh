#!/usr/bin/env bash
# Benchmark (not a test): `keyway-cli run` of one saved GET, 200 iterations, against the loopback
# sandbox, side by side with curl fetching the same URL 200 times in one process and — where they
# are installed — newman and bru doing the same. Prints wall times and ratios.
# curl and keyway-cli are timed 5 times each and their medians compared.
# Usage: tests/bench/bench_runner.sh [ITERATIONS]   (needs a built tree: scripts/run or scripts/test)
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
iterations=${1:-200}
KEYWAY_PACKAGES=(curl gnome-keyring dbus libsecret-tools bc)
install_packages

cli="$KEYWAY_BUILD_DIR/app/cli/keyway-cli"
[ -x "$cli" ] || { echo "build first: scripts/test" >&2; exit 1; }
home=$(mktemp -d -t keyway-bench-XXXXXX)
trap 'rm -rf "$home"' EXIT

XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    dbus-run-session -- bash -s "$cli" "$home" "$iterations" "$KEYWAY_ROOT" <<'INNER'
set -euo pipefail
cli=$1 home=$2 iterations=$3 root=$4
source "$root/tests/bench/bench_sandbox.sh"
printf "curl %s/v1/accounts" "$base" | "$cli" import curl --save 'bench/accounts' >/dev/null

ms() { # wall time of "$@" in milliseconds
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

median_ms() { # median of 5 runs of "$@": this machine is shared, one run says little
    local times=()
    for _ in 1 2 3 4 5; do times+=("$(ms "$@")"); done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

url="$base/v1/accounts"
urls=()
for _ in $(seq 1 "$iterations"); do urls+=("$url"); done
curl_ms=$(median_ms curl -sS -H "Authorization: Bearer $key" -H 'X-Company-Id: company_demo' "${urls[@]}")
keyway_ms=$(median_ms "$cli" run bench --env bench --iterations "$iterations")
one_ms=$(ms "$cli" run bench --env bench --iterations 1)
echo "keyway-cli run of 1 iteration (start-up, keychain, one GET): $one_ms ms"
printf '%-44s %8s %8s\n' "$iterations x one GET (loopback sandbox)" "median" "x curl"
printf '%-44s %5s ms %8s\n' "curl, one process, $iterations URLs" "$curl_ms" "1.0"
printf '%-44s %5s ms %8.1f\n' "keyway-cli run --iterations $iterations" "$keyway_ms" "$(echo "$keyway_ms / $curl_ms" | bc -l)"

collection="$home/collection.json"
cat >"$collection" <<JSON
{"info": {"name": "bench", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "item": [{"name": "accounts", "request": {"method": "GET", "url": "$url",
   "header": [{"key": "Authorization", "value": "Bearer $key"}, {"key": "X-Company-Id", "value": "company_demo"}]}}]}
JSON
if command -v newman >/dev/null; then
    newman_ms=$(ms newman run "$collection" -n "$iterations" --reporters cli)
    printf '%-44s %5s ms %8.1f   keyway-cli is %.0fx faster\n' "newman run -n $iterations" "$newman_ms" \
        "$(echo "$newman_ms / $curl_ms" | bc -l)" "$(echo "$newman_ms / $keyway_ms" | bc -l)"
else
    echo "newman: not installed (npm install -g newman to compare)"
fi
if command -v bru >/dev/null; then
    # bru has no iteration count: the same GET saved $iterations times, run as one collection.
    mkdir -p "$home/bru/bench"
    printf '{"version": "1", "name": "bench", "type": "collection"}\n' >"$home/bru/bench/bruno.json"
    for i in $(seq 1 "$iterations"); do
        printf 'meta {\n  name: accounts %s\n  type: http\n  seq: %s\n}\n\nget {\n  url: %s\n}\n\nheaders {\n  Authorization: Bearer %s\n  X-Company-Id: company_demo\n}\n' \
            "$i" "$i" "$url" "$key" >"$home/bru/bench/accounts-$i.bru"
    done
    bru_ms=$(cd "$home/bru/bench" && ms bru run)
    printf '%-44s %5s ms %8.1f   keyway-cli is %.0fx faster\n' "bru run ($iterations requests)" "$bru_ms" \
        "$(echo "$bru_ms / $curl_ms" | bc -l)" "$(echo "$bru_ms / $keyway_ms" | bc -l)"
else
    echo "bru: not installed (npm install -g @usebruno/cli to compare)"
fi
echo "targets: keyway-cli run within 3x curl, at least 20x faster than newman"
INNER
