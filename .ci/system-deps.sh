#!/usr/bin/env bash
# Installs the Debian packages the tests use when they are missing: Debian's Chromium (Playwright
# never downloads a browser), ngircd (the real IRC server of the integration and e2e tests) and
# InspIRCd (its IRCv3 echo-message, server-time and history replay), and
# xvfb (a display for the Electron target where an Electron binary exists).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/sbin/ngircd ] || need+=(ngircd)
[ -x /usr/sbin/inspircd ] || need+=(inspircd)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v certtool >/dev/null 2>&1 || need+=(gnutls-bin)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need these Debian packages: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Installing Debian packages the tests need: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
