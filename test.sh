#!/usr/bin/env bash
# The one command that runs every test on a fresh Debian 12 machine:
#   installs what is missing, starts a throwaway PostgreSQL and RabbitMQ,
#   runs `dotnet test Triage.sln -c Release` (extra arguments are passed through),
#   and always stops both services again. Exit code = dotnet test's exit code.
#
#   ./test.sh                                  everything
#   ./test.sh --filter "FullyQualifiedName~X"  any dotnet test arguments
#
# Settings (environment):
#   TRIAGE_NEED_CHROMIUM=1   install chromium (apt) when /usr/bin/chromium is missing, for the review page tests (default 1; 0 skips)
#   TRIAGE_KEEP_SERVICES=1   leave PostgreSQL/RabbitMQ running afterwards (default 0: stop them)
#   TRIAGE_PG_DURABLE=1      PostgreSQL with fsync on (default 0: fast, throwaway)
#   TRIAGE_PG_PORT, TRIAGE_RABBITMQ_PORT, TRIAGE_LOCAL_DIR: see deploy/local/*.sh
set -Eeuo pipefail
TAG=test.sh
# shellcheck source=deploy/local/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/deploy/local/common.sh"
cd "$REPO_ROOT"
PG="$REPO_ROOT/deploy/local/postgres.sh"
MQ="$REPO_ROOT/deploy/local/rabbitmq.sh"
TRIAGE_NEED_CHROMIUM="${TRIAGE_NEED_CHROMIUM:-1}"
TRIAGE_KEEP_SERVICES="${TRIAGE_KEEP_SERVICES:-0}"

T_START=$(now_us)

# No lingering build servers holding CI's output pipe open after the run; no first-run banners.
export MSBUILDDISABLENODEREUSE="${MSBUILDDISABLENODEREUSE:-1}"
export UseSharedCompilation="${UseSharedCompilation:-false}"
export DOTNET_CLI_USE_MSBUILD_SERVER="${DOTNET_CLI_USE_MSBUILD_SERVER:-0}"
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE="${DOTNET_SKIP_FIRST_TIME_EXPERIENCE:-1}"
export DEBIAN_FRONTEND=noninteractive

echo "=============================================================================="
echo " Triage test run  $(date -u '+%Y-%m-%d %H:%M:%S UTC')  in $REPO_ROOT"
echo " 1. check tools (dotnet; rabbitmq-server, chromium and kubectl are installed on demand)"
echo " 2. start throwaway PostgreSQL (127.0.0.1:${TRIAGE_PG_PORT:-55432}) and RabbitMQ (127.0.0.1:${TRIAGE_RABBITMQ_PORT:-5672})"
echo " 3. dotnet test Triage.sln -c Release $*"
echo " 4. stop both services (always)"
echo "=============================================================================="

# --- 1. tools -------------------------------------------------------------------------

if ! command -v dotnet >/dev/null 2>&1; then
  die "'dotnet' is not on PATH. This project needs the .NET SDK 10 (see global.json); install it (Debian: the dotnet-sdk-10.0 package from Microsoft's feed) and re-run."
fi
if ! DOTNET_VERSION="$(dotnet --version 2>&1)"; then
  printf '%s\n' "$DOTNET_VERSION" >&2
  die "'dotnet --version' failed in $REPO_ROOT: the installed SDKs do not satisfy global.json (needs 10.0.x); install the .NET 10 SDK."
fi
log "dotnet SDK $DOTNET_VERSION"

# ---- hook: browser for the review page tests (Playwright drives Debian's chromium). On by default; TRIAGE_NEED_CHROMIUM=0 skips it. ----
if [[ "$TRIAGE_NEED_CHROMIUM" == 1 ]]; then
  if [[ -x /usr/bin/chromium ]]; then
    log "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  else
    apt_install --with-recommends chromium
  fi
  export TRIAGE_CHROMIUM=/usr/bin/chromium
fi
# ---- end of hook ----

# ---- hook: kubectl for the Kubernetes manifest tests (tests/Triage.Tests/Deploy renders deploy/k8s with `kubectl kustomize`). ----
# Debian 12 packages it as kubernetes-client (kubectl 1.20, kustomize v2); any newer kubectl on PATH does as well.
if command -v kubectl >/dev/null 2>&1; then
  log "kubectl present: $(kubectl version --client 2>/dev/null | head -n 1 || true)"
else
  apt_install --with-recommends kubernetes-client
fi
# ---- end of hook ----

# --- 2. services --------------------------------------------------------------------

TEST_PID=
TEST_LOG=
# shellcheck disable=SC2317  # invoked by trap
cleanup() {
  local rc=$? i
  trap - EXIT INT TERM
  if [[ -n "$TEST_PID" ]] && kill -0 "$TEST_PID" 2>/dev/null; then
    log "interrupted: stopping dotnet test (process group $TEST_PID) ..."
    kill -TERM -- "-$TEST_PID" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do kill -0 "$TEST_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$TEST_PID" 2>/dev/null || true
  fi
  if [[ "$TRIAGE_KEEP_SERVICES" == 1 ]]; then
    log "TRIAGE_KEEP_SERVICES=1: leaving PostgreSQL and RabbitMQ running (stop: $PG stop; $MQ stop)"
  else
    log "stopping services ..."
    "$MQ" stop || log "warning: rabbitmq.sh stop failed"
    "$MQ" cluster-stop || log "warning: rabbitmq.sh cluster-stop failed"   # left only by a test that was killed
    "$PG" stop || log "warning: postgres.sh stop failed"
  fi
  [[ -n "$TEST_LOG" ]] && rm -f "$TEST_LOG"
  log "finished with exit code $rc after $(since "$T_START")"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

t0=$(now_us)
log "starting PostgreSQL and RabbitMQ (in parallel) ..."
"$MQ" start &
MQ_JOB=$!
PG_RC=0; "$PG" start || PG_RC=$?
MQ_RC=0; wait "$MQ_JOB" || MQ_RC=$?
(( PG_RC == 0 )) || die "PostgreSQL did not start (exit $PG_RC); see the messages above"
(( MQ_RC == 0 )) || die "RabbitMQ did not start (exit $MQ_RC); see the messages above"
log "services up in $(since "$t0")"

eval "$("$PG" env)"
eval "$("$MQ" env)"
export TRIAGE_TEST_POSTGRES TRIAGE_TEST_RABBITMQ
export TRIAGE_REPO_ROOT="$REPO_ROOT"
log "TRIAGE_TEST_POSTGRES=$TRIAGE_TEST_POSTGRES"
log "TRIAGE_TEST_RABBITMQ=$TRIAGE_TEST_RABBITMQ"
log "TRIAGE_REPO_ROOT=$TRIAGE_REPO_ROOT"

# --- 3. tests -----------------------------------------------------------------------

t0=$(now_us)
log "dotnet test Triage.sln -c Release --logger \"console;verbosity=normal\" $*"
TEST_LOG="$(mktemp /tmp/triage-dotnet-test.XXXXXX.log)"
# dotnet test runs in the background in its own session, so that a signal to this script
# (Ctrl-C, kill, a CI timeout) ends the whole test process tree and the services still get stopped.
# Output goes through tee (into $TEST_LOG for the summary line below).
exec {TEE_FD}> >(tee "$TEST_LOG")
TEE_PID=$!
setsid dotnet test Triage.sln -c Release --logger "console;verbosity=normal" "$@" >&"$TEE_FD" 2>&1 </dev/null &
TEST_PID=$!
TEST_RC=0
wait "$TEST_PID" || TEST_RC=$?
TEST_PID=
exec {TEE_FD}>&-
wait "$TEE_PID" 2>/dev/null || true
log "dotnet test exited with $TEST_RC after $(since "$t0")"

# One plain closing line adding up every test project's summary, for humans and CI. Normal verbosity
# prints "Total tests: N" then "Passed: N", "Failed: N", "Skipped: N" lines per test run; minimal
# verbosity prints "Passed!  - Failed: 0, Passed: 12, Skipped: 0, ...". Whichever is present counts.
if summary="$(sed 's/\x1b\[[0-9;]*m//g' "$TEST_LOG" | awk '
    function num(s) { sub(/^[^:]*: */, "", s); return s + 0 }
    /^Total tests: *[0-9]+/ { blk = 1; nb++; next }
    blk && /^ *Passed: *[0-9]+ *$/  { bp += num($0); next }
    blk && /^ *Failed: *[0-9]+ *$/  { bf += num($0); next }
    blk && /^ *Skipped: *[0-9]+ *$/ { bs += num($0); next }
    /^ *Total time:/ { blk = 0 }
    /(Passed|Failed)! *- *Failed: *[0-9]+, *Passed: *[0-9]+, *Skipped: *[0-9]+/ {
      l = $0; sub(/.*Failed: */, "", l); mf += l + 0
      l = $0; sub(/.*Passed: */, "", l); mp += l + 0
      l = $0; sub(/.*Skipped: */, "", l); ms += l + 0
      nm++
    }
    END {
      if (nb > 0)      printf "%d passed, %d failed, %d skipped", bp, bf, bs
      else if (nm > 0) printf "%d passed, %d failed, %d skipped", mp, mf, ms
      else exit 1
    }')"; then
  echo "tests: $summary"
else
  log "warning: found no test summary in the dotnet test output"
fi

exit "$TEST_RC"
