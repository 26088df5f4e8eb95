# Shared by scripts/run and scripts/test. Sourced, not executed.

KEYWAY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KEYWAY_BUILD_DIR=${KEYWAY_BUILD_DIR:-$KEYWAY_ROOT/build}

# Debian 12 packages Keyway needs to build, run and test (the last line: runtimes the generated code
# snippets are run with in the tests).
KEYWAY_PACKAGES=(
    build-essential cmake ninja-build ccache file
    qt6-base-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libsimdjson-dev libyaml-cpp-dev libgl-dev qt6-qpa-plugins zlib1g-dev curl openssl
    libssl-dev
    libsecret-1-0 libsecret-tools gnome-keyring dbus dbus-x11 xvfb xauth
    clang libclang-rt-14-dev
    python3-requests php-cli php-curl httpie nodejs
    desktop-file-utils appstream dpkg-dev
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs only what is missing, so a second run costs nothing.
install_packages() {
    local missing=()
    local package
    for package in "${KEYWAY_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds Release with Ninja.
build_keyway() {
    local tests=$1
    log "Building Keyway in $KEYWAY_BUILD_DIR"
    cmake -S "$KEYWAY_ROOT" -B "$KEYWAY_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DKEYWAY_BUILD_TESTS="$tests" >/dev/null
    cmake --build "$KEYWAY_BUILD_DIR" --parallel "$(nproc)"
}
