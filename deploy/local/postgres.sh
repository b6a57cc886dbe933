#!/usr/bin/env bash
# Throwaway PostgreSQL 15 for local runs and tests.
#
#   deploy/local/postgres.sh start [--durable|--fast]   init (if needed) + start, create role/db triage
#   deploy/local/postgres.sh stop                       stop the server and delete its folder
#   deploy/local/postgres.sh halt                       stop the server at once (immediate mode: no checkpoint, as a
#                                                       crash would), keep its data; `start` brings it back
#   deploy/local/postgres.sh status                     exit 0 when running, 3 when not
#   deploy/local/postgres.sh env                        print the export line for the tests
#
# Settings (environment):
#   TRIAGE_PG_PORT      TCP port on 127.0.0.1                         (default 55432)
#   TRIAGE_LOCAL_DIR    parent of the data folder "postgres/"         (default <repo>/.local)
#   TRIAGE_PG_DURABLE   1 = fsync/synchronous_commit/full_page_writes on (benchmarks);
#                       0 = all off, fast, for throwaway test data    (default 0)
#   TRIAGE_PG_BIN       folder holding initdb/pg_ctl/postgres         (default: PostgreSQL 15's)
#
# PostgreSQL refuses to run as root, so as root the server runs as the "postgres" OS user.
# When that user cannot reach <TRIAGE_LOCAL_DIR> (e.g. a clone inside /root or inside a
# 0700 mktemp folder), or the socket path would be too long, the data folder goes to
# /tmp/triage-postgres-<hash of TRIAGE_LOCAL_DIR> instead. `status` shows which one is used.
set -Eeuo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
TAG=postgres
# shellcheck source=deploy/local/common.sh
. "$SCRIPT_DIR/common.sh"

PORT="${TRIAGE_PG_PORT:-55432}"
DURABLE="${TRIAGE_PG_DURABLE:-0}"
DB_USER=triage
DB_PASSWORD=triage
DB_NAME=triage
PG_OS_USER=postgres
START_TIMEOUT=60

if ! [[ "$PORT" =~ ^[0-9]+$ ]] || (( PORT < 1 || PORT > 65535 )); then die "TRIAGE_PG_PORT='$PORT' is not a port number"; fi

conn_string() { echo "Host=127.0.0.1;Port=$PORT;Username=$DB_USER;Password=$DB_PASSWORD;Database=$DB_NAME"; }

# --- where things are ---------------------------------------------------------------

find_pg_bin() {
  local d
  for d in "${TRIAGE_PG_BIN:-}" /usr/lib/postgresql/15/bin; do
    [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]] && { echo "$d"; return 0; }
  done
  # any other installed major version, newest first
  while IFS= read -r d; do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k4,4 -rn)
  return 1
}

install_postgres() {
  [[ $EUID -eq 0 ]] || die "PostgreSQL server binaries not found and not root: install postgresql-15 (apt-get install postgresql)"
  log "PostgreSQL server binaries not found: installing the 'postgresql' package"
  apt_install postgresql   # policy-rc.d keeps the package from starting its own cluster on 5432
}

PG_BIN="$(find_pg_bin || true)"

# Run a command as the OS user owning the cluster (postgres when we are root).
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u "$PG_OS_USER" -- "$@")
  else
    (cd / && "$@")
  fi
}

short_hash() { printf '%s' "$1" | sha256sum | cut -c1-10; }
FALLBACK_BASE="/tmp/triage-postgres-$(short_hash "$LOCAL_DIR")"
PREFERRED_BASE="$LOCAL_DIR/postgres"

socket_path_ok() { local p="$1/.s.PGSQL.$PORT"; (( ${#p} <= 100 )); }

# Can the server's OS user reach (traverse) the folder $1?
pg_user_can_reach() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u "$PG_OS_USER" -- test -x "$1" 2>/dev/null
  else
    test -x "$1" && test -w "$1"
  fi
}

# Decide the cluster folder. Deterministic, so start/stop/status agree.
choose_base() {
  if [[ -d "$PREFERRED_BASE/data" ]]; then echo "$PREFERRED_BASE"; return; fi
  if [[ -d "$FALLBACK_BASE/data" ]]; then echo "$FALLBACK_BASE"; return; fi
  if socket_path_ok "$PREFERRED_BASE" && mkdir -p "$LOCAL_DIR" 2>/dev/null && pg_user_can_reach "$LOCAL_DIR"; then
    if [[ $EUID -eq 0 ]] || [[ -w "$LOCAL_DIR" ]]; then echo "$PREFERRED_BASE"; return; fi
  fi
  echo "$FALLBACK_BASE"
}

# A killed postmaster can linger as a zombie for a few seconds on machines whose PID 1 reaps slowly, and
# pg_ctl/postgres would count it as running: pid_alive (common.sh) does not.
postmaster_pid() { head -1 "$1/data/postmaster.pid" 2>/dev/null || true; }

running_in() { # $1 = base folder
  [[ -n "$PG_BIN" && -f "$1/data/postmaster.pid" ]] || return 1
  pid_alive "$(postmaster_pid "$1")" || return 1
  as_pg "$PG_BIN/pg_ctl" status -D "$1/data" >/dev/null 2>&1
}

# Before starting over a crashed server: wait until its zombie is reaped.
wait_stale_pid_gone() {
  local pid i
  pid="$(postmaster_pid "$1")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  for ((i = 0; i < 100; i++)); do
    [[ -e "/proc/$pid" ]] || return 0
    (( i == 0 )) && log "previous server (pid $pid) is dead; waiting for it to be reaped"
    sleep 0.1
  done
  log "warning: stale pid $pid still present; trying to start anyway"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

# --- configuration ------------------------------------------------------------------

durability_conf() {
  if [[ "$DURABLE" == 1 ]]; then
    printf '%s\n' "# written by deploy/local/postgres.sh (durable mode)" \
      "fsync = on" "synchronous_commit = on" "full_page_writes = on"
  else
    printf '%s\n' "# written by deploy/local/postgres.sh (fast mode: throwaway data, not crash-safe)" \
      "fsync = off" "synchronous_commit = off" "full_page_writes = off"
  fi
}

# Writes the durability include file; returns 0 when its content changed.
write_durability_conf() {
  local f="$1/data/triage-durability.conf" new
  new="$(durability_conf)"
  if [[ -f "$f" && "$(cat "$f")" == "$new" ]]; then return 1; fi
  printf '%s\n' "$new" > "$f.tmp"
  [[ $EUID -eq 0 ]] && chown "$PG_OS_USER:" "$f.tmp"
  mv -f "$f.tmp" "$f"
  return 0
}

init_cluster() {
  local base="$1" t0 locale_opt=(--locale=C)
  t0=$(now_us)
  if locale -a 2>/dev/null | grep -qix 'C.utf8'; then locale_opt=(--locale=C.UTF-8); fi
  rm -rf "$base"
  mkdir -p "$base"
  if [[ $EUID -eq 0 ]]; then chown "$PG_OS_USER:" "$base"; fi
  chmod 700 "$base"
  log "initdb into $base/data"
  if ! as_pg "$PG_BIN/initdb" -D "$base/data" -U postgres -E UTF8 "${locale_opt[@]}" \
        --auth-local=trust --auth-host=scram-sha-256 --no-instructions --no-sync \
        >"$base/initdb.log" 2>&1; then
    cat "$base/initdb.log" >&2
    die "initdb failed (log above)"
  fi
  cat >>"$base/data/postgresql.conf" <<EOF

# ---- added by deploy/local/postgres.sh (throwaway test server) ----
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$base'
max_connections = 300
shared_buffers = 128MB
dynamic_shared_memory_type = posix
logging_collector = off
log_line_prefix = '%m [%p] %q%u@%d '
log_min_messages = warning
# Statement figures for Triage.LoadTest online --statements (the extension is created in the database that wants it).
shared_preload_libraries = 'pg_stat_statements'
include_if_exists = 'triage-durability.conf'
EOF
  write_durability_conf "$base" || true
  log "initdb done in $(since "$t0")"
}

# --- commands -----------------------------------------------------------------------

cmd_start() {
  local arg
  for arg in "$@"; do
    case "$arg" in
      --durable) DURABLE=1 ;;
      --fast) DURABLE=0 ;;
      *) die "unknown option '$arg' (start takes --durable or --fast)" ;;
    esac
  done
  [[ "$DURABLE" == 0 || "$DURABLE" == 1 ]] || die "TRIAGE_PG_DURABLE must be 0 or 1, not '$DURABLE'"

  local t_all base t0
  t_all=$(now_us)
  if [[ -z "$PG_BIN" ]]; then install_postgres; PG_BIN="$(find_pg_bin)" || die "still no PostgreSQL binaries after install"; fi
  if [[ $EUID -eq 0 ]] && ! id -u "$PG_OS_USER" >/dev/null 2>&1; then
    die "OS user '$PG_OS_USER' does not exist (it comes with the postgresql package); PostgreSQL cannot run as root"
  fi
  command -v psql >/dev/null || die "psql not found (install postgresql-client)"

  base="$(choose_base)"
  [[ "$base" == "$FALLBACK_BASE" ]] && log "note: using $FALLBACK_BASE ($PG_OS_USER cannot use $PREFERRED_BASE, or its socket path would be too long)"

  if running_in "$base"; then
    local running_port
    running_port="$(sed -n 4p "$base/data/postmaster.pid" 2>/dev/null)"
    if [[ -n "$running_port" && "$running_port" != "$PORT" ]]; then
      die "a server from $base/data is running on port $running_port, not $PORT: run 'stop' first (with TRIAGE_PG_PORT=$running_port)"
    fi
    if write_durability_conf "$base"; then
      as_pg "$PG_BIN/pg_ctl" reload -D "$base/data" >/dev/null 9>&-
      # reload is a signal: wait until new sessions see the new value
      local want=off i
      [[ "$DURABLE" == 1 ]] && want=on
      for ((i = 0; i < 50; i++)); do
        [[ "$(as_pg psql -X -At -h "$base" -p "$PORT" -U postgres -d postgres -c 'show fsync' 2>/dev/null)" == "$want" ]] && break
        sleep 0.1
      done
      log "durability changed (TRIAGE_PG_DURABLE=$DURABLE): configuration reloaded, fsync=$want"
    fi
    log "already running on 127.0.0.1:$PORT (data $base/data)"
  else
    if port_in_use; then
      die "port 127.0.0.1:$PORT is already in use by another process; stop it or set TRIAGE_PG_PORT"
    fi
    if [[ ! -f "$base/data/PG_VERSION" || ! -f "$base/data/postgresql.conf" ]] \
       || ! grep -q "^port = $PORT\$" "$base/data/postgresql.conf"; then
      [[ -e "$base" ]] && log "incomplete or differently configured data folder $base: recreating it"
      init_cluster "$base"
    else
      log "reusing existing data folder $base/data"
      write_durability_conf "$base" || true
    fi
    wait_stale_pid_gone "$base"
    t0=$(now_us)
    log "starting PostgreSQL on 127.0.0.1:$PORT (fsync $( [[ $DURABLE == 1 ]] && echo on || echo off ))"
    if ! as_pg "$PG_BIN/pg_ctl" start -D "$base/data" -l "$base/postgres.log" -w -t "$START_TIMEOUT" >/dev/null 2>&1 9>&-; then
      log "pg_ctl start failed; last lines of $base/postgres.log:"
      tail -n 30 "$base/postgres.log" >&2 || true
      die "PostgreSQL did not start"
    fi
    log "server started in $(since "$t0")"
  fi

  # Wait until it accepts TCP connections.
  t0=$(now_us)
  local i
  for ((i = 0; i < START_TIMEOUT * 5; i++)); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" -t 1 && break
    sleep 0.2
  done
  pg_isready -q -h 127.0.0.1 -p "$PORT" -t 1 || die "server does not accept connections on 127.0.0.1:$PORT (see $base/postgres.log)"

  # Role and database (idempotent). Superuser: tests create and drop their own databases.
  as_pg psql -X -q -v ON_ERROR_STOP=1 -h "$base" -p "$PORT" -U postgres -d postgres >/dev/null <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE "$DB_USER" LOGIN SUPERUSER PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE "$DB_USER" LOGIN SUPERUSER PASSWORD '$DB_PASSWORD';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE "$DB_NAME" OWNER "$DB_USER"'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
  # Check the very path the tests use: TCP + password.
  PGPASSWORD="$DB_PASSWORD" psql -X -q -At -h 127.0.0.1 -p "$PORT" -U "$DB_USER" -d "$DB_NAME" -c 'select 1' >/dev/null \
    || die "cannot log in as $DB_USER over TCP on 127.0.0.1:$PORT"
  log "ready: role/database '$DB_NAME' checked in $(since "$t0"); total $(since "$t_all")"
  log "TRIAGE_TEST_POSTGRES=$(conn_string)"
}

stop_base() {
  local base="$1"
  [[ -e "$base" ]] || return 0
  if [[ -n "$PG_BIN" && -f "$base/data/postmaster.pid" ]]; then
    if ! as_pg "$PG_BIN/pg_ctl" stop -D "$base/data" -m fast -w -t 30 >/dev/null 2>&1; then
      if running_in "$base"; then
        log "fast shutdown did not finish; using immediate shutdown"
        as_pg "$PG_BIN/pg_ctl" stop -D "$base/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
      fi
    fi
    if running_in "$base"; then
      die "could not stop the server of $base/data (pid $(postmaster_pid "$base"))"
    fi
    log "server stopped"
  fi
  rm -rf "$base"
  log "deleted $base"
}

cmd_stop() {
  local t0; t0=$(now_us)
  if [[ ! -e "$PREFERRED_BASE" && ! -e "$FALLBACK_BASE" ]]; then
    log "not running (no data folder); nothing to do"
    return 0
  fi
  stop_base "$PREFERRED_BASE"
  stop_base "$FALLBACK_BASE"
  log "stopped in $(since "$t0")"
}

# An outage as production sees one: the server goes away without a clean shutdown; its data stays for `start`.
cmd_halt() {
  local base halted=0
  for base in "$PREFERRED_BASE" "$FALLBACK_BASE"; do
    if running_in "$base"; then
      as_pg "$PG_BIN/pg_ctl" stop -D "$base/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
      running_in "$base" && die "could not halt the server of $base/data"
      halted=1
      log "server halted (immediate); data kept in $base/data"
    fi
  done
  [[ "$halted" == 1 ]] || log "not running; nothing to halt"
}

cmd_status() {
  local base
  for base in "$PREFERRED_BASE" "$FALLBACK_BASE"; do
    if running_in "$base"; then
      local pid mode=fast
      pid="$(postmaster_pid "$base")"
      grep -q '^fsync = on' "$base/data/triage-durability.conf" 2>/dev/null && mode=durable
      if pg_isready -q -h 127.0.0.1 -p "$PORT" -t 2; then
        echo "postgres: running (pid $pid, $mode mode) on 127.0.0.1:$PORT, accepting connections; data $base/data, log $base/postgres.log"
        return 0
      fi
      echo "postgres: process running (pid $pid) but NOT accepting connections on 127.0.0.1:$PORT; log $base/postgres.log"
      return 1
    fi
  done
  if [[ -e "$PREFERRED_BASE" || -e "$FALLBACK_BASE" ]]; then
    echo "postgres: not running (a stale data folder exists; 'start' reuses it, 'stop' deletes it)"
  else
    echo "postgres: not running"
  fi
  return 3
}

cmd_env() {
  echo "export TRIAGE_TEST_POSTGRES=\"$(conn_string)\""
}

main() {
  local cmd="${1:-}"; shift || true
  case "$cmd" in
    start|stop|halt|status|env) ;;
    -h|--help|help) usage 0 ;;
    *) printf '[postgres] unknown command %s\n' "'$cmd'" >&2; usage ;;
  esac
  if [[ "$cmd" == env || "$cmd" == status ]]; then
    local rc=0
    "cmd_$cmd" "$@" || rc=$?    # status exits non-zero on purpose: not an "unexpected failure"
    exit "$rc"
  fi
  # One start/stop at a time for this data folder.
  run_locked "/tmp/triage-postgres-$(short_hash "$LOCAL_DIR").lock" 120 "cmd_$cmd" "$@"
}

main "$@"
