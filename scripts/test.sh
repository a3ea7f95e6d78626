#!/usr/bin/env bash
# Installs what the tests need (Node 24 and pnpm when the machine's Node is older), then runs every check:
# build, typecheck, unit and end-to-end tests, Biome lint and publint.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(bash scripts/toolchain.sh)"
export TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile --reporter=append-only
pnpm test
