#!/usr/bin/env bash
# Starts gnome-keyring's Secret Service in the current (private) D-Bus session with an unlocked
# default keyring, and waits until it owns org.freedesktop.secrets. Run inside dbus-run-session.
set -eu
printf 'keyway-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        exit 0
    fi
    sleep 0.1
done
echo "gnome-keyring did not start its Secret Service within 10 s" >&2
exit 1
