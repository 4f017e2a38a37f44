#!/usr/bin/env bash
# The PostgreSQL half of the tests needs a server: the one at TEST_POSTGRES_URL (by default
# postgres@127.0.0.1:5432 without a password) or, as root on Debian when there is none,
# Debian's `postgresql` installed and started here, trusting the postgres user on 127.0.0.1.
# A cluster that is already running is never touched.
set -euo pipefail
url="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"

reachable() {
  node --input-type=module -e '
    import pg from "pg";
    const client = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    await client.connect().then(() => client.end(), () => process.exit(1));
  ' "$url" 2>/dev/null
}

if reachable; then exit 0; fi
fail() {
  echo "No PostgreSQL server at $url: $1 (see README, Tests)." >&2
  exit 1
}
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  fail "start one, or set TEST_POSTGRES_URL"
fi

if ! command -v pg_lsclusters >/dev/null; then
  echo "Installing Debian's postgresql for the PostgreSQL tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
  sed -i '1i host all postgres 127.0.0.1/32 trust' "/etc/postgresql/$version/$cluster/pg_hba.conf"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop 2>/dev/null || true
fi
read -r version cluster _ status _ < <(pg_lsclusters --no-header | head -n 1)
if [ "$status" = "online" ]; then fail "cluster $version/$cluster runs, but refuses this address"; fi
pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
for _ in $(seq 1 30); do
  if reachable; then exit 0; fi
  sleep 1
done
fail "cluster $version/$cluster started, but refuses this address"
