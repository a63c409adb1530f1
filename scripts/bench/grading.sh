#!/usr/bin/env bash
# Grading alone on PostgreSQL: the production build (.next-bench, built when sources changed) on a
# throw-away server, 50 learners grading for 2 × BENCH_SECONDS (5), printing grades/s, p50/p99 and the CPU
# ms per grade of the app server and of PostgreSQL (the figure to compare on a busy machine: alternate runs
# with a base worktree). Extra arguments go to scripts/bench/http.ts (--grade-via action for older builds).
cd "$(dirname "$0")/../.."
source scripts/lib.sh

ensure_node_modules
ensure_postgresql
export NEXT_DIST_DIR=${NEXT_DIST_DIR:-.next-bench}
ensure_build

PORT=${BENCH_PORT:-3410}
export BETTER_AUTH_SECRET="bench-only-secret-0123456789abcdef0123456789"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  stop_postgres
}
trap cleanup EXIT

start_postgres "${BENCH_PG_PORT:-54389}"
as_pg "$(pg_bin_dir)/psql" -q -h 127.0.0.1 -p "${BENCH_PG_PORT:-54389}" -U postgres -c "CREATE DATABASE bruecke_grading" >/dev/null
export DATABASE_URL="postgresql://postgres@127.0.0.1:${BENCH_PG_PORT:-54389}/bruecke_grading"
npm run --silent db:prepare >/dev/null
mkdir -p .tmp
TRUSTED_PROXIES="127.0.0.1, ::1" node scripts/serve.mjs -p "$PORT" >.tmp/bench-grading-server.log 2>&1 &
SERVER_PID=$!
wait_for_app "$PORT"
log "grading against http://localhost:$PORT (load average $(cut -d' ' -f1-3 /proc/loadavg))…"
npx tsx scripts/bench/http.ts --grading-only --base "http://localhost:$PORT" --dist "$NEXT_DIST_DIR" --pid "$SERVER_PID" "$@"
