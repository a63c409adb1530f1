#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone. Installs what is missing (npm packages, Debian's
# chromium, postgresql and nginx), then runs: type check → vitest on the embedded database → vitest's
# integration tests on a PostgreSQL server started here on 127.0.0.1 → Playwright against the built app.
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_node_modules
ensure_chromium
ensure_postgresql
ensure_nginx

PG_DIR=""
PG_PORT=${BRUECKE_TEST_PG_PORT:-54329}
trap stop_postgres EXIT

log "lint, format and import boundaries (Biome), unused files/exports/dependencies (knip), type check"
npx biome ci .
npx knip
npx tsc --noEmit

log "unit and integration tests on the embedded database (PGlite)"
npx vitest run

start_postgres "$PG_PORT"
export BRUECKE_TEST_PG_URL="$PG_URL"
log "integration tests on PostgreSQL"
npx vitest run tests/integration

log "browser tests (Playwright + Debian chromium) against the production build"
# The build must never open the embedded database (it would lock a running app's data directory).
rm -rf .tmp/build-must-not-open
BRUECKE_TEST_BUILD=1 DATABASE_URL=pglite:.tmp/build-must-not-open npx next build
if [ -e .tmp/build-must-not-open ]; then echo "next build opened the embedded database" >&2; exit 1; fi
run_playwright_shards

# Reliability and security against the same build (tests/reliability, about 2 minutes): 50 learners under
# load on both databases, PostgreSQL restarted under requests, the app killed mid-import, hostile input,
# and the access matrix. It starts its own app servers and its own PostgreSQL (scripts/lib.sh).
log "reliability and security tests against the production build"
npx vitest run --config tests/reliability/vitest.config.ts
