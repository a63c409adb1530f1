#!/usr/bin/env bash
# `npm start`: everything from a fresh clone to a running app on the embedded database with the
# article loaded. Safe to run again: data is kept and migrations apply once.
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_node_modules
ensure_auth_secret
ensure_build
log "preparing the database…"
npm run --silent db:prepare
PORT=${PORT:-3000}
# The demo accounts' passwords are public (README): they exist only where someone asked for them.
[ "${BRUECKE_DEMO:-}" = 1 ] || log "no demo accounts unless started with BRUECKE_DEMO=1 (README: Demo accounts)"
log "Brücke is starting on http://localhost:$PORT/ (Ctrl+C stops it)"
exec node scripts/serve.mjs -p "$PORT"
