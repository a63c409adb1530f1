#!/usr/bin/env bash
# The app as Playwright sees it: the production build on a fresh embedded database.
cd "$(dirname "$0")/.."
source scripts/lib.sh
export DATABASE_URL="pglite:.tmp/e2e-db-${PORT:-3100}"
export BETTER_AUTH_SECRET="e2e-tests-secret-0123456789abcdef0123456789"
# The browser tests sign in as the demo teacher and learner (tests/e2e/*.spec.ts): ask for them.
export BRUECKE_DEMO=1
rm -rf ".tmp/e2e-db-${PORT:-3100}"
npm run --silent db:prepare
exec node scripts/serve.mjs -p "${PORT:-3100}"
