#!/usr/bin/env bash
# `npm run bench`: measured speed on the production build (built into .next-bench), on the embedded
# database and on a throw-away PostgreSQL server. Prints one table (scripts/bench/report.ts). Never part
# of `npm test`: figures depend on the machine, and a loaded machine gives slower ones (the table shows
# the load average at the start). About 2½ minutes on 2 cores, plus a build when sources changed. BENCH_SECONDS sets each load run (5).
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_node_modules
ensure_postgresql
export NEXT_DIST_DIR=.next-bench
ensure_build

OUT=.tmp/bench
PORT=${BENCH_PORT:-3400}
PG_PORT=${BENCH_PG_PORT:-54339}
export BETTER_AUTH_SECRET="bench-only-secret-0123456789abcdef0123456789"
mkdir -p "$OUT"
rm -rf "$OUT"/*.json "$OUT"/engine.txt "$OUT/pglite-db"
SERVER_PID=""

stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi
}
cleanup() { stop_server; stop_postgres; }
trap cleanup EXIT

node -e 'const os=require("os");require("fs").writeFileSync(process.argv[1],JSON.stringify({loadAverage:os.loadavg().map(n=>n.toFixed(2)).join(" "),date:new Date().toISOString().slice(0,10)}))' "$OUT/meta.json"

# One database: prepare it, serve the build on it, run the HTTP benchmark, stop; then the in-process import.
bench_database() {
  local name=$1
  export DATABASE_URL=$2
  log "[$name] preparing the database…"
  npm run --silent db:prepare >/dev/null
  node_modules/.bin/next start -p "$PORT" >"$OUT/server-$name.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:$PORT/en" && break
    sleep 0.5
  done
  log "[$name] reader, bytes and grading against http://localhost:$PORT …"
  npx tsx scripts/bench/http.ts --base "http://localhost:$PORT" --dist "$NEXT_DIST_DIR" --out "$OUT/http-$name.json" --pid "$SERVER_PID"
  stop_server
  log "[$name] import of 10,000 words…"
  npx tsx scripts/bench/import.ts --out "$OUT/import-$name.json"
}

bench_database pglite "pglite:$OUT/pglite-db"

start_postgres "$PG_PORT"
as_pg "$(pg_bin_dir)/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE bruecke_bench" >/dev/null
bench_database postgres "postgresql://postgres@127.0.0.1:$PG_PORT/bruecke_bench"

log "engine…"
[ -f scripts/bench-engine.ts ] && npx tsx scripts/bench-engine.ts >"$OUT/engine.txt"

npx tsx scripts/bench/report.ts "$OUT" | tee "$OUT/report.txt"
