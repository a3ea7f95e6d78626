#!/usr/bin/env bash
# Installs what the tests need, then runs every check: build, typecheck, unit and end-to-end tests, Biome lint,
# publint and arethetypeswrong. Needs nothing beside the clone:
#  - the Debian packages the tests drive (chromium opens the HTML report, tmux drives the terminal UI, xmllint
#    validates REFI-QDA exports, sqlite3 and ripgrep are the benchmarks' peers), installed when missing if it may
#    (as root, or with sudo without a password); otherwise it stops at once and says how to install them;
#  - a throw-away PostgreSQL server (scripts/postgres.sh), on which the store's repository tests run as they do
#    on SQLite files; it is stopped and removed when the tests end;
#  - Node 24 and pnpm, fetched from the npm registry into .tools/ when the machine's Node is older.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(chromium tmux libxml2-utils ripgrep sqlite3)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "The tests need ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "# installing ${missing[*]}" >&2
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
eval "$(bash scripts/postgres.sh start)"
trap 'bash scripts/postgres.sh stop' EXIT
# from here on, a store test that finds no PostgreSQL server fails instead of leaving that half out
export VALUELENS_TEST_POSTGRES=required
eval "$(bash scripts/toolchain.sh)"
export TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile --reporter=append-only
pnpm test
