#!/usr/bin/env bash
# The app as Playwright sees it: the production build on a fresh embedded database.
cd "$(dirname "$0")/.."
source scripts/lib.sh
export DATABASE_URL="pglite:.tmp/e2e-db-${PORT:-3100}"
export BETTER_AUTH_SECRET="e2e-tests-secret-0123456789abcdef0123456789"
# The browser tests sign in as the demo teacher and learner (tests/e2e/*.spec.ts): ask for them.
export BRUECKE_DEMO=1
# Parallel shards share one prepared database (migrations, the article's analysis, the demo accounts): each
# in turn brings the template up to date (a no-op once this code prepared it, scripts/prepared-stamp.ts),
# then copies it, and db:prepare on the copy finds nothing left to do.
TEMPLATE=.tmp/e2e-db-template
mkdir -p .tmp
( flock 9 && DATABASE_URL="pglite:$TEMPLATE" npm run --silent db:prepare ) 9>"$TEMPLATE.lock"
# `--template-only`: npm test prepares the template while the app builds, so the shards start from it.
[ "${1:-}" = --template-only ] && exit 0
rm -rf "${DATABASE_URL#pglite:}"
cp -r "$TEMPLATE" "${DATABASE_URL#pglite:}"
npm run --silent db:prepare
exec node scripts/serve.mjs -p "${PORT:-3100}"
