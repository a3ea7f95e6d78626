#!/usr/bin/env bash
# Installs and builds ValueLens (Node 24 and pnpm come from the npm registry when the machine's Node is older),
# then runs the demo study into a fresh folder (default: ./demo-output) and prints where its files are.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bash scripts/toolchain.sh)"
export TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile --reporter=silent
pnpm run build --output-logs=errors-only >&2
bin/valuelens demo "${1:-demo-output}"
