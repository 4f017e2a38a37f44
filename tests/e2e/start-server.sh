#!/usr/bin/env bash
# The server the browser tests talk to: a production build on a fresh database of its own
# (DATABASE_URL: a SQLite file, or a PostgreSQL database with TEST_DATABASE=postgresql).
set -euo pipefail
npx tsx tests/e2e/fresh-database.ts
npm run --silent build
npm run --silent db:setup
exec npm run --silent start
