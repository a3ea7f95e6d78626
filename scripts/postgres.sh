#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests and for trying team projects: `start` installs Debian's postgresql
# package when missing (as root, or with sudo without a password), makes a cluster under .tools/postgres (or
# $VALUELENS_POSTGRES_DIR) that listens on a Unix socket in that folder only (no TCP port to collide with), and
# prints on stdout, as shell exports, its URL (VALUELENS_TEST_POSTGRES_URL) and its superuser's password
# (PGPASSWORD), so that `eval "$(bash scripts/postgres.sh start)"` points a shell at it. `stop` stops it and
# removes the folder. The superuser is `valuelens`; logins need the password (scram-sha-256), as on a real server.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${VALUELENS_POSTGRES_DIR:-$PWD/.tools/postgres}
command=${1:-}

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  as_root=(false)
fi

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# initdb and postgres refuse to run as root: root runs them as the package's `postgres` user
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    if [ -z "$(bindir)" ]; then
      if [ "${as_root[0]:-}" = false ]; then
        echo "PostgreSQL is not installed; install it with: sudo apt-get install -y postgresql" >&2
        exit 1
      fi
      echo "# installing postgresql" >&2
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    fi
    bin=$(bindir)
    socket="$dir/socket"
    url="postgres://valuelens@localhost/valuelens?host=$socket"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      rm -rf "$dir"
      mkdir -p "$dir/data" "$socket"
      head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/password"
      [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
      chmod 700 "$dir/data"
      # C.UTF-8: text sorts by code point, as in SQLite, and ILIKE folds case across Unicode
      as_owner "$bin/initdb" -D "$dir/data" -U valuelens --pwfile="$dir/password" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
      }
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses='' -c unix_socket_directories='$socket' -c fsync=off" start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
      }
    fi
    # the database the URL names, for trying a team project (the tests make a database of their own per project)
    if [ ! -f "$dir/created" ]; then
      PGPASSWORD=$(cat "$dir/password") "$bin/createdb" -h "$socket" -U valuelens valuelens
      touch "$dir/created"
    fi
    echo "# PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on $socket (data in $dir/data); stop it with: bash scripts/postgres.sh stop" >&2
    echo "export VALUELENS_TEST_POSTGRES_URL='$url'"
    echo "export PGPASSWORD='$(cat "$dir/password")'"
    ;;
  stop)
    bin=$(bindir)
    if [ -n "$bin" ] && [ -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: bash scripts/postgres.sh start|stop" >&2
    exit 1
    ;;
esac
