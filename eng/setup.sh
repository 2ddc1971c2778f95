#!/usr/bin/env bash
# One-time native setup for TorchSharp on Linux x64.
# TorchSharp 0.107 / libtorch 2.10 needs libstdc++ with GLIBCXX_3.4.32. Debian 12 ships 3.4.30,
# so on such a machine we take libstdc++6 from Debian 13 (trixie) behind a low apt pin, which
# keeps every other package on the release the machine runs. Elsewhere this script does nothing.
set -euo pipefail
# Usage: eng/setup.sh          install what is missing (root, Debian)
#        eng/setup.sh --check  only report; exit 1 when libtorch could not load

need=GLIBCXX_3.4.32

find_libstdcxx() {
  local candidates=(/usr/lib/x86_64-linux-gnu/libstdc++.so.6 /usr/lib64/libstdc++.so.6 /usr/lib/libstdc++.so.6)
  for f in "${candidates[@]}"; do [ -e "$f" ] && { echo "$f"; return 0; }; done
  ldconfig -p 2>/dev/null | awk '/libstdc\+\+\.so\.6 .*x86-64/ {print $NF; exit}'
}

has_symbol() { [ -n "$1" ] && grep -qa "$need" "$1"; }

if [ "$(uname -s)" != "Linux" ]; then
  echo "setup: not Linux; nothing to do (TorchSharp's libtorch packages carry their own runtime there)."
  exit 0
fi

lib=$(find_libstdcxx || true)
if has_symbol "$lib"; then
  echo "setup: $lib provides $need; nothing to do."
  exit 0
fi
if [ "${1:-}" = "--check" ]; then
  echo "setup: $need missing in ${lib:-libstdc++}." >&2
  exit 1
fi

fail() {
  cat >&2 <<MSG
setup: TorchSharp needs a libstdc++ that provides $need, and ${lib:-no libstdc++} does not.
  $1
  Fix: install a libstdc++6 from GCC 13 or newer. On Debian 12, as root:
    echo 'deb http://deb.debian.org/debian trixie main' > /etc/apt/sources.list.d/trixie.list
    printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' > /etc/apt/preferences.d/trixie-low
    apt-get update && apt-get install -y -t trixie libstdc++6
MSG
  exit 1
}

[ -r /etc/os-release ] && . /etc/os-release
if [ "${ID:-}" != "debian" ]; then
  fail "This script installs it automatically only on Debian (found '${ID:-unknown}')."
fi
if [ "$(id -u)" != 0 ]; then
  fail "This script must run as root to install it (it uses apt-get)."
fi

echo "setup: $need missing in $lib; installing libstdc++6 from Debian trixie (low pin)..."
start=$(date +%s)
list=/etc/apt/sources.list.d/iclclaims-trixie.sources
if ! grep -rqs "trixie" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  cat > "$list" <<SRC
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
cat > /etc/apt/preferences.d/iclclaims-trixie-low <<PIN
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || fail "apt-get update failed."
apt-get install -y -qq -t trixie libstdc++6 >/dev/null || fail "apt-get install -t trixie libstdc++6 failed."

lib=$(find_libstdcxx || true)
has_symbol "$lib" || fail "libstdc++6 was installed from trixie, yet $lib still lacks the symbol."
echo "setup: done in $(( $(date +%s) - start )) s; $lib now provides $need."
