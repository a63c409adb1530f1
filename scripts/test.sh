#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone. Installs what is missing (npm packages, Debian's
# chromium, postgresql and nginx), then runs: lint and type check → vitest on the embedded database →
# vitest's integration tests on a PostgreSQL server started here on 127.0.0.1 → Playwright against the
# built app → the reliability suite.
#
# CI's budget is 20 minutes on 2 cores, so steps that leave a core idle overlap another (start_step,
# scripts/lib.sh): apt's downloads run beside npm ci, the static checks beside the embedded-database
# tests, and the production build beside the PostgreSQL tests (which mostly wait on the server), with the browser tests' database. A
# background step's output is printed, prefixed with its name, when it is joined; any failure fails the run.
cd "$(dirname "$0")/.."
source scripts/lib.sh

PG_DIR=""
PG_PORT=${BRUECKE_TEST_PG_PORT:-54329}
trap stop_postgres EXIT

start_step packages ensure_test_packages
ensure_node_modules

log "lint, format and import boundaries (Biome), unused files/exports/dependencies (knip), type check (in the background)"
start_step static bash -c 'npx biome ci . && npx knip && npx tsc --noEmit'

log "unit and integration tests on the embedded database (PGlite)"
npx vitest run
end_step static
end_step packages

start_postgres "$PG_PORT"
export BRUECKE_TEST_PG_URL="$PG_URL"
# The build must never open the embedded database (it would lock a running app's data directory).
rm -rf .tmp/build-must-not-open
log "production build for the browser tests (in the background)"
start_step build env BRUECKE_TEST_BUILD=1 DATABASE_URL=pglite:.tmp/build-must-not-open npx next build
log "the browser tests' prepared database (in the background)"
start_step e2e-db bash scripts/e2e-server.sh --template-only
log "integration tests on PostgreSQL"
npx vitest run tests/integration
end_step build
end_step e2e-db
if [ -e .tmp/build-must-not-open ]; then echo "next build opened the embedded database" >&2; exit 1; fi

log "browser tests (Playwright + Debian chromium) against the production build"
run_playwright_shards

# Reliability and security against the same build (tests/reliability, about 2 minutes): 50 learners under
# load on both databases, PostgreSQL restarted under requests, the app killed mid-import, hostile input,
# and the access matrix. It starts its own app servers and its own PostgreSQL (scripts/lib.sh).
log "reliability and security tests against the production build"
npx vitest run --config tests/reliability/vitest.config.ts
log "all tests passed"
