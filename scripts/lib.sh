# Shared set-up for scripts/start.sh and scripts/test.sh: everything a fresh machine lacks.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1

# Each line says how long the script has run: CI's budget is 20 minutes, and this shows where it goes.
log() { printf '\033[1m[bruecke +%ss]\033[0m %s\n' "$SECONDS" "$*"; }

# Installs npm dependencies when node_modules is missing or older than the lockfile.
ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm dependencies (npm ci)…"
    # The npm cache answers without asking the registry whether each package changed (a fresh cache fetches).
    npm ci --no-audit --no-fund --prefer-offline
  fi
  [ -f lib/generated/prisma/client.ts ] || npm run --silent db:generate
}

# apt-get install for the named Debian packages, as root or through sudo.
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: $*" >&2; exit 1; }
    sudo="sudo"
  fi
  log "installing Debian packages: $*"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The Debian packages the tests need (chromium, postgresql, nginx), in one apt-get run: the missing ones only.
ensure_test_packages() {
  local missing=()
  has_chromium || missing+=(chromium)
  has_postgresql || missing+=(postgresql)
  has_nginx || missing+=(nginx)
  [ ${#missing[@]} -eq 0 ] && return
  with_nginx_kept_stopped apt_install "${missing[@]}"
}

# Runs "$@" in the background with its output in .tmp/step-<name>.log, so a step that needs no CPU the
# foreground uses (apt's downloads) or little of it overlaps another. end_step waits for it and prints its
# output, prefixed with its name.
start_step() {
  local name=$1
  shift
  mkdir -p .tmp
  ("$@") >".tmp/step-$name.log" 2>&1 &
  eval "STEP_PID_${name//-/_}=$!"
}

end_step() {
  local name=$1 pid_var="STEP_PID_${1//-/_}" status=0
  wait "${!pid_var}" || status=$?
  sed "s/^/[$name] /" ".tmp/step-$name.log"
  if [ "$status" -ne 0 ]; then log "step $name failed (exit $status)"; return "$status"; fi
}

# Whether each package the tests need is installed (ensure_* and ensure_test_packages ask the same way).
# Waits up to a minute for an app server on port $1 to answer its home page.
wait_for_app() {
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:$1/en" && return 0
    sleep 0.5
  done
  echo "no app server answered on port $1 within a minute" >&2
  return 1
}

has_chromium() { [ -x /usr/bin/chromium ]; }
has_nginx() { [ -x /usr/sbin/nginx ]; }
has_postgresql() {
  local bin
  bin=$(pg_bin_dir)
  [ -n "$bin" ] && [ -x "$bin/initdb" ]
}

ensure_chromium() {
  has_chromium || apt_install chromium
}

# Debian's nginx, the reverse proxy of the several-servers deployment (tests/reliability, npm run bench).
# Its package would also start a system nginx on port 80: as root, a policy-rc.d forbids that during the
# install, since the tests and the bench start their own on ports of theirs.
ensure_nginx() {
  has_nginx || with_nginx_kept_stopped apt_install nginx
}

with_nginx_kept_stopped() {
  local policy=/usr/sbin/policy-rc.d
  if [ "$(id -u)" -eq 0 ] && [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    "$@" || { rm -f "$policy"; return 1; }
    rm -f "$policy"
  else
    "$@"
  fi
}

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_postgresql() {
  has_postgresql || apt_install postgresql
}

# PostgreSQL refuses to run as root: use Debian's postgres user when we are root.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A throw-away PostgreSQL server on 127.0.0.1:<port> in a new temporary directory (trust auth, no fsync).
# Sets PG_DIR and PG_URL (the "postgres" database); stop_postgres stops it and deletes the directory.
# Its settings live in its postgresql.conf, so `pg_server start|stop "$PG_DIR"` can restart it as it was.
start_postgres() {
  local port=$1 bin
  bin=$(pg_bin_dir)
  PG_DIR=$(mktemp -d /tmp/bruecke-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  as_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync >/dev/null
  printf "port = %s\nunix_socket_directories = '%s'\nlisten_addresses = '127.0.0.1'\nfsync = off\nmax_connections = 300\n" \
    "$port" "$PG_DIR" | as_pg tee -a "$PG_DIR/data/postgresql.conf" >/dev/null
  pg_server start "$PG_DIR"
  PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is up on 127.0.0.1:$port"
}

# pg_server start|stop <dir from start_postgres>: stop is "fast" (sessions are ended, as in a restart).
pg_server() {
  local action=$1 dir=$2
  if [ "$action" = stop ]; then
    as_pg "$(pg_bin_dir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  else
    as_pg "$(pg_bin_dir)/pg_ctl" -D "$dir/data" -l "$dir/log" -w start >/dev/null
  fi
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    as_pg "$(pg_bin_dir)/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
}

# The secret that signs sessions: required from the environment for PostgreSQL deployments,
# generated once (and kept in the data directory) for the embedded default.
ensure_auth_secret() {
  if [ -n "${BETTER_AUTH_SECRET:-}" ]; then return; fi
  case "${DATABASE_URL:-}" in
    postgres://*|postgresql://*)
      echo "BETTER_AUTH_SECRET is not set. Set it (32+ random characters) for a PostgreSQL deployment." >&2
      exit 1;;
  esac
  # .data holds the embedded database and this secret: private to its owner (lib/db/data-dir.ts does the rest).
  mkdir -p .data
  chmod 700 .data
  if [ ! -s .data/auth-secret ]; then
    # umask 077: the file is private from its first byte, not only after a chmod.
    (umask 077 && node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64url'))" > .data/auth-secret)
  fi
  chmod 600 .data/auth-secret
  BETTER_AUTH_SECRET=$(cat .data/auth-secret)
  export BETTER_AUTH_SECRET
}

# Builds the production bundle (into NEXT_DIST_DIR, default .next) when it is missing or older than any source file.
ensure_build() {
  local dist=${NEXT_DIST_DIR:-.next}
  if [ -f "$dist/BUILD_ID" ] && [ -z "$(find app lib components i18n messages content data proxy.ts next.config.mjs scripts/build-grade-route.mjs package-lock.json -newer "$dist/BUILD_ID" -print -quit 2>/dev/null)" ]; then
    return
  fi
  log "building the app (next build into $dist)…"
  # tsconfig.json already includes .next-bench's types, so `next build` finds nothing to add there and
  # leaves it alone (removing them afterwards made every bench run rewrite the file).
  npx next build
}

# The browser tests in two halves at once (CI's budget is 20 minutes; one browser and one server leave a
# core idle while the other waits on the network). Each half is its own Playwright run with its own app
# server, embedded database and fake DeepL (scripts/e2e-server.sh keys all three by E2E_PORT), so the
# halves share no state: not the demo accounts, not the per-address sign-up limits. Each half's lines
# are prefixed with its number; the step fails if either half fails.
run_playwright_shards() {
  local shards=${BRUECKE_E2E_SHARDS:-2} i pids=() status=0
  for ((i = 1; i <= shards; i++)); do
    (
      set -o pipefail
      E2E_PORT=$((3100 + i - 1)) npx playwright test --shard="$i/$shards" 2>&1 | sed -u "s/^/[e2e $i\/$shards] /"
    ) &
    pids+=($!)
  done
  for i in "${pids[@]}"; do wait "$i" || status=1; done
  return $status
}
