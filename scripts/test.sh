#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone. Installs what is missing (npm packages, Debian's
# chromium, postgresql and nginx), then runs: lint and type check → vitest on the embedded database →
# vitest's integration tests on a PostgreSQL server started here on 127.0.0.1 → Playwright against the
# built app, with the reliability suite beside it.
#
# CI's budget is 20 minutes on 2 cores. Run one after another these steps took 20 minutes with the
# cores half idle (a browser test mostly waits on the page, the PostgreSQL tests on the server), so
# steps overlap (start_step, scripts/lib.sh): apt's downloads run beside npm ci; the static checks, the
# production build and the browser tests' database beside the embedded-database tests; the reliability
# suite from the moment the build and the Debian packages are ready, beside everything after. A background
# step's output is printed, prefixed with its name, when it is joined; any failure fails the run.
cd "$(dirname "$0")/.."
source scripts/lib.sh

PG_DIR=""
PG_PORT=${BRUECKE_TEST_PG_PORT:-54329}
trap stop_postgres EXIT

# A background step that another one waits on leaves a marker (.tmp/<step>-ok or -failed): only the shell that
# started a step can wait for it. Markers of an earlier run must not count.
mkdir -p .tmp
rm -f .tmp/*-ok .tmp/*-failed
marked() {
  local name=$1 status=0
  shift
  "$@" || status=$?
  if [ "$status" -eq 0 ]; then touch ".tmp/$name-ok"; else touch ".tmp/$name-failed"; fi
  return "$status"
}
await_step() {
  until [ -e ".tmp/$1-ok" ]; do
    if [ -e ".tmp/$1-failed" ]; then
      echo "step $1 failed, so this step did not run" >&2
      return 1
    fi
    sleep 2
  done
}

# Reliability and security against the production build (tests/reliability): 50 learners under load on both
# databases, PostgreSQL restarted under requests, the app killed mid-import, hostile input, and the access
# matrix. It starts its own app servers (ports 3600 and up) and its own PostgreSQL (scripts/lib.sh), so it
# can run beside the other tests. Much of it waits (on restarts, timeouts, a killed import), which is why
# it starts as soon as it can: started after the PostgreSQL tests, it ran 65 s past the browser tests.
reliability_when_ready() {
  await_step packages && await_step build && npx vitest run --config tests/reliability/vitest.config.ts
}

start_step packages marked packages ensure_test_packages
ensure_node_modules

log "lint, format and import boundaries (Biome), unused files/exports/dependencies (knip), type check (in the background)"
start_step static bash -c 'npx biome ci . && npx knip && npx tsc --noEmit'
# The build must never open the embedded database (it would lock a running app's data directory).
rm -rf .tmp/build-must-not-open
log "production build for the browser tests (in the background)"
start_step build marked build env BRUECKE_TEST_BUILD=1 DATABASE_URL=pglite:.tmp/build-must-not-open npx next build
log "the browser tests' prepared database (in the background)"
start_step e2e-db bash scripts/e2e-server.sh --template-only

log "reliability and security tests against the production build (in the background, once it is built)"
start_step reliability reliability_when_ready

log "unit and integration tests on the embedded database (PGlite)"
npx vitest run
end_step static
end_step packages

start_postgres "$PG_PORT"
export BRUECKE_TEST_PG_URL="$PG_URL"
log "integration tests on PostgreSQL"
npx vitest run tests/integration
end_step build
end_step e2e-db
if [ -e .tmp/build-must-not-open ]; then echo "next build opened the embedded database" >&2; exit 1; fi

log "browser tests (Playwright + Debian chromium) against the production build"
run_playwright_shards
end_step reliability
log "all tests passed"
