#!/usr/bin/env bash
# The server the browser tests talk to: a production build on a fresh database of its own.
set -euo pipefail
rm -f tests/.data/e2e.db tests/.data/e2e.db-journal
npm run --silent build
npm run --silent db:setup
exec npm run --silent start
