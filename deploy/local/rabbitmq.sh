#!/usr/bin/env bash
# Throwaway RabbitMQ for local runs and tests: one node, or a three-node cluster on loopback.
#
# One node:
#   deploy/local/rabbitmq.sh start       install rabbitmq-server if missing, start the node, wait for AMQP; a folder
#                                        left by a crashed, killed or halted node is kept: its queues and messages return
#   deploy/local/rabbitmq.sh stop        stop the node and delete its folder (everything it held)
#   deploy/local/rabbitmq.sh halt        stop the node and keep its folder ('start' brings it back with its data)
#   deploy/local/rabbitmq.sh kill        kill -9 the node (a crash); its folder stays
#   deploy/local/rabbitmq.sh stop-app    broker down, node alive (simulates an outage)
#   deploy/local/rabbitmq.sh start-app   broker up again; waits until AMQP accepts connections
#   deploy/local/rabbitmq.sh status      exit 0 = AMQP up, 1 = node up but broker app stopped, 3 = not running
#   deploy/local/rabbitmq.sh env         print the export line for the tests
#
# Three-node cluster (nodes 1..3 on AMQP ports CLUSTER_PORT, +1, +2; nodes 2 and 3 joined to node 1):
#   deploy/local/rabbitmq.sh cluster-start     start the three nodes (in parallel) and join 2 and 3 to 1; folders of
#                                              an earlier cluster are kept, its nodes find each other again
#   deploy/local/rabbitmq.sh cluster-stop      stop every node and delete the cluster's folder
#   deploy/local/rabbitmq.sh kill-node N       kill -9 node N (a crash); its folder stays
#   deploy/local/rabbitmq.sh start-node N      start node N again with its data; it rejoins the cluster
#   deploy/local/rabbitmq.sh cluster-status    each node's state and the cluster's running members; exit 0 = all three up
#   deploy/local/rabbitmq.sh cluster-queues    every queue: name, type, durable, leader node, messages (tab-separated)
#   deploy/local/rabbitmq.sh cluster-env       print the export line for the tests (every node, see Triage:Bus:RabbitMq)
#
# Settings (environment):
#   TRIAGE_RABBITMQ_PORT          AMQP port on 127.0.0.1 of the single node       (default 5672)
#   TRIAGE_RABBITMQ_DIST_PORT     its Erlang distribution port on 127.0.0.1        (default AMQP port + 20000)
#   TRIAGE_RABBITMQ_NODENAME      its Erlang node name   (default triage@localhost; triage-<port>@localhost off 5672)
#   TRIAGE_RABBITMQ_CLUSTER_PORT  AMQP port of cluster node 1; nodes 2 and 3 take the next two (default 5681);
#                                 node N is triage-<its port>@localhost, distribution port = its AMQP port + 20000
#   TRIAGE_LOCAL_DIR              parent of the node folder "rabbitmq/" and the cluster folder
#                                 "rabbitmq-cluster-<CLUSTER_PORT>/node<N>/"      (default <repo>/.local)
#
# Every node runs as the calling user (root is fine for RabbitMQ) with HOME set to its own folder, so its Erlang
# cookie is private to it (the cluster's nodes hold copies of one cookie) and independent of the caller's HOME or
# of stdin. User triage/triage (administrator, all permissions on vhost /) is seeded at first boot.
set -Eeuo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
TAG=rabbitmq
# shellcheck source=deploy/local/common.sh
. "$SCRIPT_DIR/common.sh"

PORT="${TRIAGE_RABBITMQ_PORT:-5672}"
BASE="$LOCAL_DIR/rabbitmq"
# a second node on another port needs another name
if [[ "$PORT" == 5672 ]]; then DEFAULT_NODENAME=triage@localhost; else DEFAULT_NODENAME="triage-$PORT@localhost"; fi
NODENAME="${TRIAGE_RABBITMQ_NODENAME:-$DEFAULT_NODENAME}"
MQ_USER=triage
MQ_PASSWORD=triage
RMQ_LIB_BIN=/usr/lib/rabbitmq/bin    # the real scripts; /usr/sbin/* are wrappers that switch to the rabbitmq user
START_TIMEOUT=90


if ! [[ "$PORT" =~ ^[0-9]+$ ]] || (( PORT < 1 || PORT > 65535 )); then die "TRIAGE_RABBITMQ_PORT='$PORT' is not a port number"; fi
DIST_PORT="${TRIAGE_RABBITMQ_DIST_PORT:-$((PORT + 20000))}"
if ! [[ "$DIST_PORT" =~ ^[0-9]+$ ]] || (( DIST_PORT < 1 || DIST_PORT > 65535 )); then
  die "distribution port '$DIST_PORT' is invalid: set TRIAGE_RABBITMQ_DIST_PORT"
fi

CLUSTER_PORT="${TRIAGE_RABBITMQ_CLUSTER_PORT:-5681}"
if ! [[ "$CLUSTER_PORT" =~ ^[0-9]+$ ]] || (( CLUSTER_PORT < 1 || CLUSTER_PORT + 2 + 20000 > 65535 )); then
  die "TRIAGE_RABBITMQ_CLUSTER_PORT='$CLUSTER_PORT' is not a usable port number (it and the next two, each + 20000)"
fi
CLUSTER_DIR="$LOCAL_DIR/rabbitmq-cluster-$CLUSTER_PORT"
CLUSTER_NODES=(1 2 3)

amqp_url() { echo "amqp://$MQ_USER:$MQ_PASSWORD@127.0.0.1:$PORT/"; }

# Points every per-node function below at cluster node $1 (in the calling shell; start nodes in subshells).
use_cluster_node() {
  [[ "${1:-}" =~ ^[123]$ ]] || die "node number must be 1, 2 or 3 (got '${1:-}')"
  PORT=$((CLUSTER_PORT + $1 - 1))
  DIST_PORT=$((PORT + 20000))
  NODENAME="triage-$PORT@localhost"
  BASE="$CLUSTER_DIR/node$1"
}

cluster_node_name() { echo "triage-$((CLUSTER_PORT + $1 - 1))@localhost"; }

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
  apt_install rabbitmq-server   # policy-rc.d keeps its postinst from starting a default node
  stop_stray_default_node
  rabbitmq_installed || die "rabbitmq-server installed but $RMQ_LIB_BIN/rabbitmq-server is missing"
  log "rabbitmq-server $(dpkg-query -W -f '${Version}' rabbitmq-server 2>/dev/null)"
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
  start_node
}

# Starts the node of $BASE; an existing folder (a crashed, killed or halted node) is kept, so its queues, messages,
# users and cluster membership come back with it.
start_node() {
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

  # An Erlang VM of this folder without a live node (killed before its pid file) would hold the data files.
  kill_leftover_vms
  local resumed=0
  if [[ -d "$BASE/mnesia/$NODENAME" ]]; then
    log "keeping the data in $BASE ('stop' or 'cluster-stop' deletes it)"
    rm -f "$BASE/rabbit.pid"
    resumed=1
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

  # A node that resumes its data had its user checked when it first started: a CLI call costs seconds on a busy machine.
  if (( resumed )); then
    log "total $(since "$t_all")"
    log "TRIAGE_TEST_RABBITMQ=$(amqp_url)"
    return 0
  fi
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
  local t0; t0=$(now_us)
  node_env
  if [[ ! -e "$BASE" ]]; then
    log "not running (no folder $BASE); nothing to do"
    return 0
  fi
  halt_node
  rm -rf "$BASE"
  log "deleted $BASE; stopped in $(since "$t0")"
}

cmd_halt() {
  local t0; t0=$(now_us)
  node_env
  halt_node
  log "halted in $(since "$t0"); data kept in $BASE ('start' resumes, 'stop' deletes)"
}

# Graceful stop of the node of $BASE; its folder stays.
halt_node() {
  local pid i
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
}

cmd_kill() {
  node_env
  kill_node
}

# A crash: SIGKILL to the node's VM, no shutdown of any kind; the folder stays for 'start'.
kill_node() {
  local pid i
  pid="$(node_pid || true)"
  pid_alive "$pid" || die "node $NODENAME is not running"
  kill -9 "$pid"
  for ((i = 0; i < 100; i++)); do pid_alive "$pid" || break; sleep 0.05; done
  pid_alive "$pid" && die "node $NODENAME (pid $pid) survived SIGKILL"
  for ((i = 0; i < 100; i++)); do port_open "$PORT" || break; sleep 0.05; done
  log "node $NODENAME (pid $pid) killed with SIGKILL; 127.0.0.1:$PORT closed; data kept in $BASE"
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
    echo "rabbitmq: not running (folder $BASE kept: 'start' resumes with its data, 'stop' deletes it)"
  else
    echo "rabbitmq: not running"
  fi
  return 3
}

cmd_env() {
  echo "export TRIAGE_TEST_RABBITMQ=\"$(amqp_url)\""
}

# --- cluster ------------------------------------------------------------------------

cmd_cluster_start() {
  [[ $# -eq 0 ]] || die "cluster-start takes no options"
  local t0 n rc=0 pids=()
  t0=$(now_us)
  rabbitmq_installed || install_rabbitmq
  mkdir -p "$CLUSTER_DIR"
  chmod 700 "$CLUSTER_DIR"
  if [[ ! -s "$CLUSTER_DIR/.erlang.cookie" ]]; then
    ( umask 077; head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 > "$CLUSTER_DIR/.erlang.cookie" )
  fi
  for n in "${CLUSTER_NODES[@]}"; do
    use_cluster_node "$n"
    mkdir -p "$BASE"
    install -m 400 "$CLUSTER_DIR/.erlang.cookie" "$BASE/.erlang.cookie"   # one cookie, each node its own HOME
  done
  # All at once: it is faster, and nodes of an earlier cluster wait for each other's tables at boot.
  for n in "${CLUSTER_NODES[@]}"; do
    ( use_cluster_node "$n"; start_node ) &
    pids+=($!)
  done
  for n in "${pids[@]}"; do wait "$n" || rc=$?; done
  (( rc == 0 )) || die "a cluster node did not start (see above; 'cluster-stop' cleans up)"
  for n in "${CLUSTER_NODES[@]:1}"; do
    use_cluster_node "$n"
    [[ -e "$BASE/.joined" ]] || join_node "$n"
  done
  use_cluster_node 1
  node_env
  log "cluster up in $(since "$t0"): $(rmqctl -q cluster_status --formatter json 2>/dev/null | running_nodes)"
  cmd_cluster_env >&2
}

# join_cluster wipes the joining node's own (fresh) data; the cluster's users and queues are node 1's.
join_node() {
  local t0 rc=0; t0=$(now_us)
  use_cluster_node "$1"
  node_env
  rmqctl -q stop_app >/dev/null || die "rabbitmqctl stop_app on $NODENAME failed"
  local out
  out="$(rmqctl -q join_cluster "$(cluster_node_name 1)" 2>&1)" || { printf '%s\n' "$out" >&2; show_logs; die "$NODENAME could not join $(cluster_node_name 1)"; }
  rmqctl -q start_app >/dev/null || { show_logs; die "rabbitmqctl start_app on $NODENAME failed"; }
  wait_amqp 60 || rc=$?
  (( rc == 0 )) || { show_logs; die "$NODENAME joined but AMQP is not accepting connections on 127.0.0.1:$PORT"; }
  touch "$BASE/.joined"
  log "$NODENAME joined $(cluster_node_name 1) in $(since "$t0")"
}

# The running_nodes list out of 'rabbitmqctl cluster_status --formatter json', without a JSON tool.
running_nodes() { grep -o '"running_nodes":\[[^]]*\]' | sed 's/"running_nodes"://; s/[]["]//g; s/,/ /g'; }

cmd_cluster_stop() {
  local t0 n pids=(); t0=$(now_us)
  if [[ ! -e "$CLUSTER_DIR" ]]; then
    log "no cluster (no folder $CLUSTER_DIR); nothing to do"
    return 0
  fi
  for n in "${CLUSTER_NODES[@]}"; do
    ( use_cluster_node "$n"; node_env; halt_node ) &
    pids+=($!)
  done
  for n in "${pids[@]}"; do wait "$n" || true; done
  maybe_kill_epmd
  rm -rf "$CLUSTER_DIR"
  log "cluster stopped, deleted $CLUSTER_DIR in $(since "$t0")"
}

cmd_kill_node() {
  [[ $# -eq 1 ]] || die "kill-node takes the node number (1, 2 or 3)"
  use_cluster_node "$1"
  node_env
  kill_node
}

cmd_start_node() {
  [[ $# -eq 1 ]] || die "start-node takes the node number (1, 2 or 3)"
  use_cluster_node "$1"
  [[ -d "$BASE/mnesia" ]] || die "node $1 has no folder $BASE: run 'cluster-start'"
  start_node    # a node of a cluster opens AMQP only once it has rejoined ('cluster-status' lists the members)
}

cmd_cluster_status() {
  local n up=0 pid members=
  for n in "${CLUSTER_NODES[@]}"; do
    use_cluster_node "$n"
    node_env
    pid="$(node_pid || true)"
    if pid_alive "$pid" && amqp_ready; then
      echo "node $n: running ($NODENAME, pid $pid), AMQP accepting on 127.0.0.1:$PORT"
      up=$((up + 1))
      # one CLI call: each takes seconds on a busy machine
      [[ -n "$members" ]] || members="$(rmqctl -q cluster_status --formatter json 2>/dev/null | running_nodes)"
    elif pid_alive "$pid"; then
      echo "node $n: $NODENAME alive (pid $pid), AMQP refused on 127.0.0.1:$PORT"
    elif [[ -d "$BASE" ]]; then
      echo "node $n: not running (folder $BASE kept: 'start-node $n' resumes it)"
    else
      echo "node $n: not running"
    fi
  done
  [[ -z "$members" ]] || echo "cluster members running: $members"
  (( up == ${#CLUSTER_NODES[@]} ))
}

# Every queue as "name type durable leader messages", tab-separated, asked of the first node that answers.
cmd_cluster_queues() {
  local n
  for n in "${CLUSTER_NODES[@]}"; do
    use_cluster_node "$n"
    node_env
    pid_alive "$(node_pid || true)" || continue
    rmqctl -q list_queues -s name type durable leader messages 2>/dev/null && return 0
  done
  die "no cluster node answers"
}

# The value for Triage:Bus:RabbitMq: node 1 as a full URI, then the other nodes.
cmd_cluster_env() {
  local n nodes
  use_cluster_node 1
  nodes="$(amqp_url)"
  for n in "${CLUSTER_NODES[@]:1}"; do use_cluster_node "$n"; nodes+=",127.0.0.1:$PORT"; done
  echo "export TRIAGE_TEST_RABBITMQ_CLUSTER=\"$nodes\""
}

main() {
  local cmd="${1:-}"; shift || true
  case "$cmd" in
    start|stop|halt|kill|stop-app|start-app|status|env) ;;
    cluster-start|cluster-stop|kill-node|start-node|cluster-status|cluster-queues|cluster-env) ;;
    -h|--help|help) usage 0 ;;
    *) printf '[rabbitmq] unknown command %s\n' "'$cmd'" >&2; usage ;;
  esac
  if [[ "$cmd" == *env || "$cmd" == *status || "$cmd" == cluster-queues ]]; then
    local rc=0
    "cmd_${cmd//-/_}" "$@" || rc=$?    # status exits non-zero on purpose: not an "unexpected failure"
    exit "$rc"
  fi
  local lock guarded="$BASE"
  [[ "$cmd" == cluster-* || "$cmd" == *-node ]] && guarded="$CLUSTER_DIR"
  lock="/tmp/triage-rabbitmq-$(printf '%s' "$guarded" | sha256sum | cut -c1-10).lock"
  run_locked "$lock" 180 "cmd_${cmd//-/_}" "$@"
}

main "$@"
