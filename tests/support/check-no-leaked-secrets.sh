#!/usr/bin/env bash
# After the test run: no marker secret the tests used, no demo key or client secret, no token the
# sandbox issued and no signed JWT (any issuer's) may be in any file Keyway or the tests left
# behind — data, config and cache folders, the window tests' folders (kept with
# KEYWAY_KEEP_TEST_FILES: their SQLite history databases and settings), temporary files and the
# test log — except inside the keychain's own (encrypted) keyring files.
# Usage: check-no-leaked-secrets.sh DIR... (folders to search)
set -euo pipefail
patterns='kw_marker_|kw_export_marker_|marker-secret-|at_marker_|rt_marker_|blg_test_sk_demo_|blg_live_sk_demo_|blg_oauth_at_[A-Za-z0-9]|blg_oauth_rt_[A-Za-z0-9]|sbx_at_[A-Za-z0-9_-]{8}|sbx_rt_[A-Za-z0-9_-]{8}|sbx_session_[A-Za-z0-9_-]{8}|kw_demo_client_secret_|_sk_marker_|eyJ[A-Za-z0-9_-]{6,}\.eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{16,}'
leaks=$(grep -rlaE "$patterns" "$@" --exclude-dir=keyrings 2>/dev/null || true)
if [ -n "$leaks" ]; then
    echo "Secret values were found in these files after the tests:" >&2
    printf '  %s\n' $leaks >&2
    grep -raoE "$patterns" $leaks | sort -u | head -20 >&2
    exit 1
fi
echo "No marker secret, demo key or issued token in: $*"
