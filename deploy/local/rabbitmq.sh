#!/usr/bin/env bash
# Throwaway RabbitMQ node for local runs and tests.
#
#   deploy/local/rabbitmq.sh start       install rabbitmq-server if missing, start the node, wait for AMQP
#   deploy/local/rabbitmq.sh stop        stop the node and delete its folder
#   deploy/local/rabbitmq.sh stop-app    broker down, node alive (simulates an outage)
#   deploy/local/rabbitmq.sh start-app   broker up again; waits until AMQP accepts connections
#   deploy/local/rabbitmq.sh status      exit 0 = AMQP up, 1 = node up but broker app stopped, 3 = not running
#   deploy/local/rabbitmq.sh env         print the export line for the tests
#
# Settings (environment):
#   TRIAGE_RABBITMQ_PORT       AMQP port on 127.0.0.1                  (default 5672)
#   TRIAGE_RABBITMQ_DIST_PORT  Erlang distribution port on 127.0.0.1   (default AMQP port + 20000)
#   TRIAGE_RABBITMQ_NODENAME   Erlang node name        (default triage@localhost; triage-<port>@localhost off 5672)
#   TRIAGE_LOCAL_DIR           parent of the node folder "rabbitmq/"   (default <repo>/.local)
#
# The node runs as the calling user (root is fine for RabbitMQ) with HOME set to its own folder,
# so its Erlang cookie is private to it and independent of the caller's HOME or of stdin.
# User triage/triage (administrator, all permissions on vhost /) is seeded at first boot.
set -Eeuo pipefail
on_err() { printf "[rabbitmq] ERROR: unexpected failure (exit %s) at line %s: %s\n" "$1" "$2" "$3" >&2; }
trap 'on_err $? $LINENO "$BASH_COMMAND"' ERR

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd -P)"

PORT="${TRIAGE_RABBITMQ_PORT:-5672}"
LOCAL_DIR="$(realpath -m -- "${TRIAGE_LOCAL_DIR:-$REPO_ROOT/.local}")"
BASE="$LOCAL_DIR/rabbitmq"
# a second node on another port needs another name
if [[ "$PORT" == 5672 ]]; then DEFAULT_NODENAME=triage@localhost; else DEFAULT_NODENAME="triage-$PORT@localhost"; fi
NODENAME="${TRIAGE_RABBITMQ_NODENAME:-$DEFAULT_NODENAME}"
MQ_USER=triage
MQ_PASSWORD=triage
RMQ_LIB_BIN=/usr/lib/rabbitmq/bin    # the real scripts; /usr/sbin/* are wrappers that switch to the rabbitmq user
START_TIMEOUT=90

log()  { printf '[rabbitmq] %s\n' "$*" >&2; }
die()  { printf '[rabbitmq] ERROR: %s\n' "$*" >&2; exit 1; }
now_us() { echo "${EPOCHREALTIME/./}"; }
since() { local d=$(( $(now_us) - $1 )); printf '%d.%02ds' $((d / 1000000)) $(((d % 1000000) / 10000)); }

if ! [[ "$PORT" =~ ^[0-9]+$ ]] || (( PORT < 1 || PORT > 65535 )); then die "TRIAGE_RABBITMQ_PORT='$PORT' is not a port number"; fi
DIST_PORT="${TRIAGE_RABBITMQ_DIST_PORT:-$((PORT + 20000))}"
if ! [[ "$DIST_PORT" =~ ^[0-9]+$ ]] || (( DIST_PORT < 1 || DIST_PORT > 65535 )); then
  die "distribution port '$DIST_PORT' is invalid: set TRIAGE_RABBITMQ_DIST_PORT"
fi

amqp_url() { echo "amqp://$MQ_USER:$MQ_PASSWORD@127.0.0.1:$PORT/"; }

# --- install ------------------------------------------------------------------------

rabbitmq_installed() { [[ -x "$RMQ_LIB_BIN/rabbitmq-server" && -x "$RMQ_LIB_BIN/rabbitmqctl" ]]; }

# Stop a default node that the package may have started (only if policy-rc.d let it).
stop_stray_default_node() {
  local pids=()
  mapfile -t pids < <(pgrep -u rabbitmq -f 'beam' 2>/dev/null || true)
  (( ${#pids[@]} )) || return 0
  log "the package started its default node (pids ${pids[*]}); stopping it"
  if [[ -x /etc/init.d/rabbitmq-server ]]; then
    /etc/init.d/rabbitmq-server stop >/dev/null 2>&1 </dev/null || true
  fi
  mapfile -t pids < <(pgrep -u rabbitmq -f 'beam' 2>/dev/null || true)
  if (( ${#pids[@]} )); then
    kill "${pids[@]}" 2>/dev/null || true
    sleep 2
    mapfile -t pids < <(pgrep -u rabbitmq -f 'beam' 2>/dev/null || true)
    if (( ${#pids[@]} )); then kill -9 "${pids[@]}" 2>/dev/null || true; fi
  fi
  # its epmd listens on all interfaces: end it when no node is registered any more
  maybe_kill_epmd
}

install_rabbitmq() {
  [[ $EUID -eq 0 ]] || die "rabbitmq-server is not installed and we are not root: run 'apt-get install rabbitmq-server' as root"
  command -v apt-get >/dev/null || die "rabbitmq-server is not installed and apt-get is not available"
  local t0 logf policy_created=0
  t0=$(now_us)
  logf="$(mktemp /tmp/triage-rabbitmq-apt.XXXXXX.log)"
  # Keep the package's postinst from starting a default node (no systemd here; invoke-rc.d honours policy-rc.d).
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\n# temporary, by deploy/local/rabbitmq.sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    policy_created=1
  fi
  log "rabbitmq-server not installed: apt-get update + install (log $logf) ..."
  local rc=0
  {
    DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update &&
    DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0 \
      install --no-install-recommends rabbitmq-server
  } >"$logf" 2>&1 </dev/null || rc=$?
  (( policy_created )) && rm -f /usr/sbin/policy-rc.d
  if (( rc != 0 )); then
    tail -n 30 "$logf" >&2
    die "apt-get install rabbitmq-server failed (exit $rc); full log in $logf"
  fi
  rm -f "$logf"
  stop_stray_default_node
  rabbitmq_installed || die "rabbitmq-server installed but $RMQ_LIB_BIN/rabbitmq-server is missing"
  log "installed rabbitmq-server $(dpkg-query -W -f '${Version}' rabbitmq-server 2>/dev/null) in $(since "$t0")"
}

# --- node environment ---------------------------------------------------------------

# Everything the server and the CLI tools read points into $BASE, never at /etc/rabbitmq or ~.
node_env() {
  export HOME="$BASE"                                  # $HOME/.erlang.cookie
  export RABBITMQ_NODENAME="$NODENAME"
  export RABBITMQ_CONF_ENV_FILE="$BASE/rabbitmq-env.conf"
  export RABBITMQ_CONFIG_FILE="$BASE/rabbitmq.conf"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$BASE/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$BASE/enabled_plugins"
  export RABBITMQ_MNESIA_BASE="$BASE/mnesia"
  export RABBITMQ_LOG_BASE="$BASE/log"
  export RABBITMQ_PID_FILE="$BASE/rabbit.pid"
  export RABBITMQ_DIST_PORT="$DIST_PORT"
  export ERL_EPMD_ADDRESS=127.0.0.1                    # an epmd started by this node listens on loopback only
  export ERL_CRASH_DUMP="$BASE/log/erl_crash.dump"
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  unset RABBITMQ_NODE_IP_ADDRESS RABBITMQ_NODE_PORT RABBITMQ_USE_LONGNAME RABBITMQ_ERLANG_COOKIE
}

write_node_files() {
  mkdir -p "$BASE/mnesia" "$BASE/log"
  chmod 700 "$BASE"
  : > "$BASE/rabbitmq-env.conf"
  echo '[].' > "$BASE/enabled_plugins"
  echo '[].' > "$BASE/advanced.config"
  if [[ ! -s "$BASE/.erlang.cookie" ]]; then
    ( umask 077; head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 > "$BASE/.erlang.cookie" )
  fi
  chmod 400 "$BASE/.erlang.cookie"
  cat > "$BASE/rabbitmq.conf" <<EOF
# written by deploy/local/rabbitmq.sh: throwaway test node
listeners.tcp.1 = 127.0.0.1:$PORT
default_vhost = /
default_user = $MQ_USER
default_pass = $MQ_PASSWORD
default_user_tags.administrator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
loopback_users = none
disk_free_limit.absolute = 50MB
log.console = false
log.file.level = info
EOF
}

# --- probes -------------------------------------------------------------------------

node_pid() { local p; p="$(cat "$BASE/rabbit.pid" 2>/dev/null || true)"; [[ "$p" =~ ^[0-9]+$ ]] && echo "$p"; }

pid_alive() {
  local st
  [[ "${1:-}" =~ ^[0-9]+$ ]] || return 1
  st="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" || return 1
  [[ -n "$st" && "$st" != Z && "$st" != X ]]
}

node_alive() { pid_alive "$(node_pid || true)"; }

# Erlang VMs (node or CLI) whose environment points at this node folder; catches a node killed
# before it wrote its pid file. Exact string match on /proc/PID/environ, no regex on paths.
vm_pids_of_base() {
  local d pid
  for d in /proc/[0-9]*; do
    pid="${d#/proc/}"
    [[ "$(cat "$d/comm" 2>/dev/null)" == beam.smp ]] || continue
    grep -qzxF "RABBITMQ_MNESIA_BASE=$BASE/mnesia" "$d/environ" 2>/dev/null || continue
    pid_alive "$pid" && echo "$pid"
  done
  return 0
}

kill_leftover_vms() {
  local pids=()
  mapfile -t pids < <(vm_pids_of_base)
  (( ${#pids[@]} )) || return 0
  log "killing leftover Erlang VMs of $BASE: ${pids[*]}"
  kill -9 "${pids[@]}" 2>/dev/null || true
  sleep 0.3
}

# epmd outlives the node; end it when no node is registered with it any more.
maybe_kill_epmd() {
  command -v epmd >/dev/null || return 0
  if ! epmd -names 2>/dev/null | grep -q '^name '; then
    epmd -kill >/dev/null 2>&1 || true
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Real protocol check: send the AMQP 0-9-1 header, expect a method frame (Connection.Start).
amqp_ready() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$PORT" || exit 1
    printf 'AMQP\0\0\11\1' >&3
    IFS= read -r -t 3 -N 1 b <&3 || exit 1
    [[ "$b" == $'\x01' ]]
  ) 2>/dev/null
}

rmqctl() { "$RMQ_LIB_BIN/rabbitmqctl" "$@" </dev/null 9>&-; }

wait_amqp() { # $1 = timeout seconds; fails early when the node process dies
  local deadline=$(( $(now_us) + $1 * 1000000 )) n=0
  while (( $(now_us) < deadline )); do
    amqp_ready && return 0
    if [[ -f "$BASE/rabbit.pid" ]]; then
      node_alive || return 2
    elif (( ++n % 5 == 0 )) && [[ -z "$(vm_pids_of_base)" ]]; then
      return 2    # died before writing its pid file
    fi
    sleep 0.2
  done
  return 1
}

show_logs() {
  local f
  for f in "$BASE/log/startup.log" "$BASE/log/$NODENAME.log"; do
    [[ -s "$f" ]] || continue
    log "--- last lines of $f:"
    tail -n 25 "$f" >&2
  done
}

# --- commands -----------------------------------------------------------------------

cmd_start() {
  [[ $# -eq 0 ]] || die "start takes no options"
  local t_all t0 rc
  t_all=$(now_us)
  rabbitmq_installed || install_rabbitmq
  node_env

  if node_alive; then
    if amqp_ready; then
      log "already running ($NODENAME, pid $(node_pid)) on 127.0.0.1:$PORT"
      log "TRIAGE_TEST_RABBITMQ=$(amqp_url)"
      return 0
    fi
    log "node $NODENAME is alive but AMQP is down (after stop-app?): starting the broker app"
    cmd_start_app
    return 0
  fi

  if port_open "$PORT"; then
    die "port 127.0.0.1:$PORT is already in use by another process (another RabbitMQ?); stop it or set TRIAGE_RABBITMQ_PORT"
  fi
  if port_open "$DIST_PORT"; then
    die "distribution port 127.0.0.1:$DIST_PORT is already in use; set TRIAGE_RABBITMQ_DIST_PORT"
  fi

  # Always a fresh node: a leftover folder is from a crashed or killed node.
  kill_leftover_vms
  if [[ -e "$BASE" ]]; then
    log "removing leftover folder $BASE"
    rm -rf "$BASE"
  fi
  write_node_files

  t0=$(now_us)
  log "starting node $NODENAME on 127.0.0.1:$PORT (dist 127.0.0.1:$DIST_PORT, folder $BASE)"
  (cd "$BASE" && "$RMQ_LIB_BIN/rabbitmq-server" -detached >"$BASE/log/startup.log" 2>&1 </dev/null 9>&-) || {
    show_logs; die "rabbitmq-server -detached failed"; }
  rc=0; wait_amqp "$START_TIMEOUT" || rc=$?
  if (( rc != 0 )); then
    show_logs
    (( rc == 2 )) && die "the node died during startup (logs in $BASE/log; 'stop' cleans up)"
    die "AMQP not accepting connections on 127.0.0.1:$PORT after ${START_TIMEOUT}s (logs in $BASE/log; 'stop' cleans up)"
  fi
  log "AMQP accepting connections after $(since "$t0") (node pid $(node_pid || echo '?'))"

  # Check the seeded user with the same credentials the tests use; repair if needed.
  t0=$(now_us)
  if ! rmqctl -q authenticate_user "$MQ_USER" "$MQ_PASSWORD" >/dev/null 2>&1; then
    log "user $MQ_USER missing or wrong password: creating it"
    rmqctl -q add_user "$MQ_USER" "$MQ_PASSWORD" >/dev/null 2>&1 || rmqctl -q change_password "$MQ_USER" "$MQ_PASSWORD" >/dev/null
    rmqctl -q set_user_tags "$MQ_USER" administrator >/dev/null
    rmqctl -q set_permissions -p / "$MQ_USER" '.*' '.*' '.*' >/dev/null
    rmqctl -q authenticate_user "$MQ_USER" "$MQ_PASSWORD" >/dev/null || die "cannot authenticate $MQ_USER after creating it"
  fi
  log "user $MQ_USER checked in $(since "$t0"); total $(since "$t_all")"
  log "TRIAGE_TEST_RABBITMQ=$(amqp_url)"
}

cmd_stop_app() {
  local t0; t0=$(now_us)
  node_env
  node_alive || die "node $NODENAME is not running (run 'start')"
  rmqctl -q stop_app >/dev/null || die "rabbitmqctl stop_app failed"
  local i
  for ((i = 0; i < 100; i++)); do port_open "$PORT" || break; sleep 0.1; done
  port_open "$PORT" && die "stop_app returned but 127.0.0.1:$PORT still accepts connections"
  log "broker app stopped in $(since "$t0"): 127.0.0.1:$PORT refuses connections, node $NODENAME still alive"
}

cmd_start_app() {
  local t0 rc=0; t0=$(now_us)
  node_env
  node_alive || die "node $NODENAME is not running (run 'start')"
  rmqctl -q start_app >/dev/null || { show_logs; die "rabbitmqctl start_app failed"; }
  wait_amqp 60 || rc=$?
  (( rc == 0 )) || { show_logs; die "broker app started but AMQP is not accepting connections on 127.0.0.1:$PORT"; }
  log "broker app started in $(since "$t0"): AMQP accepting connections on 127.0.0.1:$PORT"
}

cmd_stop() {
  local t0 pid i; t0=$(now_us)
  node_env
  if [[ ! -e "$BASE" ]]; then
    log "not running (no folder $BASE); nothing to do"
    return 0
  fi
  pid="$(node_pid || true)"
  if pid_alive "$pid"; then
    # SIGTERM = graceful shutdown in RabbitMQ >= 3.8, and faster than 'rabbitmqctl shutdown'.
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do pid_alive "$pid" || break; sleep 0.1; done
    if pid_alive "$pid"; then
      log "node did not exit within 15s of SIGTERM; sending SIGKILL to pid $pid"
      kill -9 "$pid" 2>/dev/null || true
      sleep 0.3
    fi
    log "node $NODENAME (pid $pid) stopped"
  fi
  kill_leftover_vms
  maybe_kill_epmd
  rm -rf "$BASE"
  log "deleted $BASE; stopped in $(since "$t0")"
}

cmd_status() {
  node_env
  local pid; pid="$(node_pid || true)"
  if pid_alive "$pid"; then
    if amqp_ready; then
      echo "rabbitmq: running (node $NODENAME, pid $pid), AMQP accepting on 127.0.0.1:$PORT; folder $BASE"
      return 0
    fi
    echo "rabbitmq: node $NODENAME alive (pid $pid) but broker app down (stop-app, or starting): AMQP refused on 127.0.0.1:$PORT"
    return 1
  fi
  if [[ -e "$BASE" ]]; then
    echo "rabbitmq: not running (leftover folder $BASE; 'start' recreates it, 'stop' deletes it)"
  else
    echo "rabbitmq: not running"
  fi
  return 3
}

cmd_env() {
  echo "export TRIAGE_TEST_RABBITMQ=\"$(amqp_url)\""
}

usage() { # $1 = exit code
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
  exit "${1:-2}"
}

main() {
  local cmd="${1:-}"; shift || true
  case "$cmd" in
    start|stop|stop-app|start-app|status|env) ;;
    -h|--help|help) usage 0 ;;
    *) printf '[rabbitmq] unknown command %s\n' "'$cmd'" >&2; usage ;;
  esac
  if [[ "$cmd" == env || "$cmd" == status ]]; then
    local rc=0
    "cmd_$cmd" "$@" || rc=$?    # status exits non-zero on purpose: not an "unexpected failure"
    exit "$rc"
  fi
  local lock
  lock="/tmp/triage-rabbitmq-$(printf '%s' "$BASE" | sha256sum | cut -c1-10).lock"
  exec 9>"$lock"
  flock -w 180 9 || die "another rabbitmq.sh command is still running (lock $lock)"
  "cmd_${cmd//-/_}" "$@"
}

main "$@"
