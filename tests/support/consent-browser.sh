#!/usr/bin/env bash
# A stand-in for the user's browser in tests, used through $BROWSER: opens the sandbox's consent
# page, approves (or denies with KEYWAY_TEST_CONSENT=deny) every listed scope, and follows the
# redirect to Keyway's loopback listener; KEYWAY_TEST_CONSENT_DROP leaves one scope unticked. Writes what the listener answered to
# $KEYWAY_TEST_BROWSER_LOG when that is set.
set -euo pipefail
url=$1
decision=${KEYWAY_TEST_CONSENT:-approve}
page=$(curl -sS --max-time 10 "$url")
consent=$(printf '%s' "$page" | grep -o 'name="consent" value="[^"]*"' | sed 's/.*value="//; s/"$//')
if [ -z "$consent" ]; then
    echo "consent-browser: no consent form at $url" >&2
    exit 1
fi
form=(--data-urlencode "consent=$consent" --data-urlencode "decision=$decision")
while read -r scope; do
    # KEYWAY_TEST_CONSENT_DROP: a scope the "user" unticks on the consent page.
    [ "$scope" = "${KEYWAY_TEST_CONSENT_DROP:-}" ] && continue
    [ -n "$scope" ] && form+=(--data-urlencode "scope=$scope")
done < <(printf '%s' "$page" | grep -o 'name="scope" value="[^"]*"' | sed 's/.*value="//; s/"$//')
origin=$(printf '%s' "$url" | sed -E 's#^(https?://[^/]+).*#\1#')
location=$(curl -sS --max-time 10 -o /dev/null -w '%{redirect_url}' "${form[@]}" "$origin/oauth/authorize")
answer=$(curl -sS --max-time 30 -i "$location")
if [ -n "${KEYWAY_TEST_BROWSER_LOG:-}" ]; then
    printf '%s\n' "$answer" >"$KEYWAY_TEST_BROWSER_LOG"
fi
