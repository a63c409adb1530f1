#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone. Installs what is missing (npm packages, Debian's
# chromium and postgresql), then runs: type check → vitest on the embedded database → vitest's
# integration tests on a PostgreSQL server started here on 127.0.0.1 → Playwright against the built app.
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_node_modules
ensure_chromium
ensure_postgresql

PG_DIR=""
PG_PORT=${BRUECKE_TEST_PG_PORT:-54329}
cleanup() {
  if [ -n "$PG_DIR" ]; then
    as_pg "$(pg_bin_dir)/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap cleanup EXIT

# PostgreSQL refuses to run as root: use Debian's postgres user when we are root.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin
  bin=$(pg_bin_dir)
  PG_DIR=$(mktemp -d /tmp/bruecke-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  as_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync >/dev/null
  as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  export BRUECKE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is up on 127.0.0.1:$PG_PORT"
}

log "type check"
npx tsc --noEmit

log "unit and integration tests on the embedded database (PGlite)"
npx vitest run

start_postgres
log "integration tests on PostgreSQL"
npx vitest run tests/integration

log "browser tests (Playwright + Debian chromium) against the production build"
npx next build
npx playwright test
