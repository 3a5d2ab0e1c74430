#!/usr/bin/env bash
# `npm run test:all`: every test on a Debian 12 machine (or another Debian-family system with
# the same package names), as root. Installs the Debian packages the tests need when they are
# missing, without starting their services, then runs npm ci, npm test and the firewall lab.
# .ci/run is exactly this command.
set -euo pipefail
cd "$(dirname "$0")/.."

# The servers the tests start themselves (coturn, kamailio, nginx, squid, dnsmasq), nftables and
# iproute2 for the namespaces, Chromium for the renderer tests, tmux, and CJK fonts for reports.
PACKAGES=(chromium nftables iproute2 openssl procps lsof coturn kamailio kamailio-tls-modules
  nginx-light squid-openssl dnsmasq-base tmux fonts-noto-cjk)

needs() {
  echo "npm run test:all needs $1; elsewhere run npm ci && npm test, which skips what it cannot run and lists it at the end." >&2
  exit 1
}
[ -r /etc/debian_version ] && command -v apt-get >/dev/null && command -v dpkg-query >/dev/null ||
  needs "Debian 12 (apt-get and these packages: ${PACKAGES[*]})"
[ "$(id -u)" -eq 0 ] || needs "root (sudo npm run test:all): it installs Debian packages and creates network namespaces"
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' ||
  needs "Node 20.19 or later (this is $(node --version))"

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  # Tests start their own servers on ports of their own: apt must start none. A policy-rc.d
  # that refuses every start does that; the machine's own policy, if any, comes back after.
  policy=/usr/sbin/policy-rc.d
  saved=$(mktemp)
  had_policy=no
  if [ -e "$policy" ]; then cp -p "$policy" "$saved" && had_policy=yes; fi
  restore_policy() {
    if [ "$had_policy" = yes ]; then cp -p "$saved" "$policy"; else rm -f "$policy"; fi
    rm -f "$saved"
  }
  trap restore_policy EXIT
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
  restore_policy
  trap - EXIT
fi

npm ci --no-audit --no-fund
# Everything the tests need is installed now, so a skip is a failure, as in CI (the skip
# summary allows one: the Electron binary, where npm ci could not download it).
export CI="${CI:-true}"
npm test
npm run test:lab
