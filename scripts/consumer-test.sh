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
# every TypeScript example of every package README, one module each: its imports must exist in the published
# package and its top level must run (Node 24 strips the types)
mkdir -p "$work/app/readme"
for readme in packages/*/README.md plugins/*/README.md; do
  name=$(basename "$(dirname "$readme")")
  awk -v out="$work/app/readme/$name" '/^```ts$/ { n++; f = out "-" n ".mts"; on = 1; next } /^```$/ { on = 0 } on { print > f }' "$readme"
done
cd "$work/app"
printf '{ "name": "valuelens-consumer", "private": true, "type": "module" }\n' > package.json
# better-sqlite3 ships N-API prebuilds inside its package, so no install script needs to run
npm install --no-audit --no-fund --ignore-scripts --loglevel=error "$work"/tarballs/*.tgz effect@4.1.0 >/dev/null
node consumer.mjs
# what the examples work on: a study made with the CLI, an interview folder and a roster
npx --no-install valuelens init readme/my-study >/dev/null
mkdir -p readme/interviews
printf 'Interviewer: How do cases reach court?\nAGC 1: Victims are afraid to testify.\n' > readme/interviews/agc-1.md
printf 'participant,group,organisation,location,country\nAGC 1,government,Attorney General'"'"'s Chambers,Putrajaya,MYS\n' > readme/roster.csv
for example in readme/*.mts; do
  (cd readme && node --disable-warning=ExperimentalWarning "$(basename "$example")") || { echo "README example failed: $example"; exit 1; }
done
echo "ran $(ls readme/*.mts | wc -l) README examples"
npx --no-install valuelens --version
