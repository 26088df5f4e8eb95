# Sourced by the benchmarks inside their private D-Bus session (needs $cli, $home and $root): starts
# the test keyring and `keyway-cli sandbox`, and makes a workspace with the environment "bench"
# whose demo key is in the keyring. Sets $base (the sandbox's URL) and $key (the demo key).
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
