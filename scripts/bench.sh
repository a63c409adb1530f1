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
SCALE_PIDS=()
NGINX_PID=""
LIGHTHOUSE_VERSION=12.8.2

stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi
}
stop_scale() {
  for pid in "${SCALE_PIDS[@]}" $NGINX_PID; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  SCALE_PIDS=(); NGINX_PID=""
}
cleanup() { stop_server; stop_scale; stop_postgres; }
trap cleanup EXIT

node -e 'const os=require("os");require("fs").writeFileSync(process.argv[1],JSON.stringify({loadAverage:os.loadavg().map(n=>n.toFixed(2)).join(" "),date:new Date().toISOString().slice(0,10)}))' "$OUT/meta.json"

# Lighthouse, mobile preset, on the seed reader of the running server (a pinned copy, bench-only).
lighthouse_run() {
  local prefix=.tmp/lighthouse
  if [ ! -f "$prefix/node_modules/lighthouse/package.json" ]; then
    log "installing lighthouse@$LIGHTHOUSE_VERSION into $prefix (bench-only)…"
    mkdir -p "$prefix" && npm install --prefix "$prefix" --no-audit --no-fund --no-save "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
  fi
  ensure_chromium
  local path
  path=$(curl -s "http://localhost:$PORT/en" | grep -o '/en/read/[A-Za-z0-9]*' | head -n 1)
  log "lighthouse (mobile) on $path…"
  npx tsx scripts/bench/lighthouse.ts --url "http://localhost:$PORT$path" --prefix "$prefix" --out "$OUT/lighthouse.json" ||
    log "lighthouse failed (see above); the table shows no score"
}

# One database: prepare it, serve the build on it, run the HTTP benchmark, stop; then the in-process import.
bench_database() {
  local name=$1
  export DATABASE_URL=$2
  log "[$name] preparing the database…"
  npm run --silent db:prepare >/dev/null
  TRUSTED_PROXIES="127.0.0.1, ::1" node scripts/serve.mjs -p "$PORT" >"$OUT/server-$name.log" 2>&1 &
  SERVER_PID=$!
  wait_for_app "$PORT"
  log "[$name] reader, bytes and grading against http://localhost:$PORT …"
  npx tsx scripts/bench/http.ts --base "http://localhost:$PORT" --dist "$NEXT_DIST_DIR" --out "$OUT/http-$name.json" --pid "$SERVER_PID"
  if [ "$name" = pglite ] && [ -z "${BENCH_SKIP_LIGHTHOUSE:-}" ]; then lighthouse_run; fi
  stop_server
  log "[$name] import of 10,000 words…"
  npx tsx scripts/bench/import.ts --out "$OUT/import-$name.json"
}

bench_database pglite "pglite:$OUT/pglite-db"

start_postgres "$PG_PORT"
as_pg "$(pg_bin_dir)/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE bruecke_bench" >/dev/null
bench_database postgres "postgresql://postgres@127.0.0.1:$PG_PORT/bruecke_bench"

# Two app servers (scripts/serve.mjs, trusting loopback as their proxy) on one PostgreSQL behind Debian's nginx (the README's deployment):
# the reader and grading again, through the proxy. Learners sign up at server 1 and grade through the
# proxy, so their sessions are used on both servers.
bench_two_servers() {
  ensure_nginx
  local dir="$OUT/nginx" p1=$((PORT + 1)) p2=$((PORT + 2)) proxy=$((PORT + 3))
  mkdir -p "$dir"
  for p in "$p1" "$p2"; do
    TRUSTED_PROXIES="127.0.0.1, ::1" node scripts/serve.mjs -p "$p" >"$OUT/server-scale-$p.log" 2>&1 &
    SCALE_PIDS+=($!)
  done
  sed -e "s#@DIR@#$(pwd)/$dir#g" -e "s#@PROXY@#$proxy#" -e "s#@P1@#$p1#" -e "s#@P2@#$p2#" scripts/bench/nginx.conf >"$dir/nginx.conf"
  nginx -c "$(pwd)/$dir/nginx.conf" &
  NGINX_PID=$!
  for p in "$p1" "$p2" "$proxy"; do
    wait_for_app "$p"
  done
  log "[postgres ×2] reader and grading through nginx on http://localhost:$proxy (servers :$p1, :$p2)…"
  npx tsx scripts/bench/http.ts --scale-only --base "http://localhost:$proxy" --setup-base "http://localhost:$p1" \
    --dist "$NEXT_DIST_DIR" --out "$OUT/http-postgres-2.json"
  stop_scale
}
bench_two_servers

log "engine…"
[ -f scripts/bench-engine.ts ] && npx tsx scripts/bench-engine.ts >"$OUT/engine.txt"

npx tsx scripts/bench/report.ts "$OUT" | tee "$OUT/report.txt"
