#!/usr/bin/env bash
# The consumer test: packs every publishable package, installs the tarballs with npm into a fresh project outside
# the workspace, and runs scripts/consumer/consumer.mjs there, which uses each package's public API as someone
# who installed ValueLens from the registry would. Expects a built workspace (pnpm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bash scripts/toolchain.sh)"
work=$(mktemp -d "${TMPDIR:-/tmp}/vl-consumer-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tarballs" "$work/app"
for dir in packages/* plugins/* apps/cli; do
  [ -f "$dir/package.json" ] || continue
  [ "$(node -p "require('./$dir/package.json').private === true")" = "true" ] && continue
  (cd "$dir" && pnpm pack --pack-destination "$work/tarballs" >/dev/null)
done
echo "packed $(ls "$work/tarballs" | wc -l) packages"
cp scripts/consumer/consumer.mjs "$work/app/"
cd "$work/app"
printf '{ "name": "valuelens-consumer", "private": true, "type": "module" }\n' > package.json
# better-sqlite3 ships N-API prebuilds inside its package, so no install script needs to run
npm install --no-audit --no-fund --ignore-scripts --loglevel=error "$work"/tarballs/*.tgz effect@4.1.0 >/dev/null
node consumer.mjs
npx --no-install valuelens --version
