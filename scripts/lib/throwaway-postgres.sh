# A throwaway PostgreSQL server on loopback, for the tests and benchmarks. Source this file, then call
# `start_throwaway_postgres`: it installs Debian's postgresql when it is missing, runs initdb into a new
# temporary folder, starts the server on a free port of 127.0.0.1 with a password, exports its URL as
# TRUCE_TEST_DATABASE_URL, and arranges (trap on EXIT) that the server is stopped and the folder removed
# however the script ends. initdb and postgres refuse to run as root, so as root they run as `postgres`.

PG_BIN="${PG_BIN:-}"

find_postgres_bin() {
  if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ]; then return 0; fi
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then PG_BIN="$dir"; fi
  done
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ]
}

install_postgres_if_missing() {
  if find_postgres_bin; then return 0; fi
  echo "PostgreSQL is not installed: installing Debian's postgresql (apt-get)" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: installing postgresql needs root; run: sudo apt-get install -y postgresql" >&2
    return 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  # The server binaries only: no cluster is created and no service is started.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2
  find_postgres_bin || { echo "error: postgresql installed but no initdb found under /usr/lib/postgresql" >&2; return 1; }
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Runs a server binary as the folder's owner: `postgres` when we are root.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_throwaway_postgres() {
  if [ -n "${THROWAWAY_PG_DIR:-}" ] && [ -d "$THROWAWAY_PG_DIR" ]; then
    as_pg_owner "$PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$THROWAWAY_PG_DIR"
  fi
  THROWAWAY_PG_DIR=""
}

start_throwaway_postgres() {
  install_postgres_if_missing || return 1
  THROWAWAY_PG_DIR="$(mktemp -d -t truce-postgres-XXXXXX)"
  trap stop_throwaway_postgres EXIT
  trap 'exit 130' INT TERM
  chmod 755 "$THROWAWAY_PG_DIR"
  local user=truce password port
  password="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
  printf '%s\n' "$password" >"$THROWAWAY_PG_DIR/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$THROWAWAY_PG_DIR"; fi
  as_pg_owner "$PG_BIN/initdb" -D "$THROWAWAY_PG_DIR/data" -U "$user" --pwfile="$THROWAWAY_PG_DIR/pwfile" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$THROWAWAY_PG_DIR/initdb.log" 2>&1 \
    || { cat "$THROWAWAY_PG_DIR/initdb.log" >&2; return 1; }
  port="$(free_port)"
  # Durability is not what a throwaway server is for: fsync off makes the tests faster.
  as_pg_owner "$PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -l "$THROWAWAY_PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $THROWAWAY_PG_DIR -c fsync=off -c synchronous_commit=off -c max_connections=200" \
    start >/dev/null || { cat "$THROWAWAY_PG_DIR/server.log" >&2; return 1; }
  export PGPASSWORD="$password"
  "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U "$user" -d postgres -c "CREATE DATABASE truce_test" >/dev/null
  export THROWAWAY_PG_PORT="$port" THROWAWAY_PG_USER="$user" THROWAWAY_PG_PASSWORD="$password"
  export TRUCE_TEST_DATABASE_URL="postgres://$user:$password@127.0.0.1:$port/truce_test"
  echo "throwaway PostgreSQL at 127.0.0.1:$port (folder $THROWAWAY_PG_DIR)" >&2
}
