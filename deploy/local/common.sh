# Shared by deploy/local/postgres.sh, deploy/local/rabbitmq.sh and test.sh, sourced after the caller has set TAG
# (the prefix of its messages) and `set -Eeuo pipefail`: messages, the ERR trap, timing, a process check, --help
# from the caller's header, apt installs that keep a package's own service from starting, and one command at a
# time per lock file. It sets REPO_ROOT and LOCAL_DIR.

# The repository and the folder that holds each service's data (TRIAGE_LOCAL_DIR, default <repo>/.local).
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
LOCAL_DIR="$(realpath -m -- "${TRIAGE_LOCAL_DIR:-$REPO_ROOT/.local}")"

# shellcheck disable=SC2317  # called by the ERR trap
on_err() { printf "[%s] ERROR: unexpected failure (exit %s) at line %s: %s\n" "$TAG" "$1" "$2" "$3" >&2; }
trap 'on_err $? $LINENO "$BASH_COMMAND"' ERR

log() { printf '[%s] %s\n' "$TAG" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$TAG" "$*" >&2; exit 1; }
now_us() { echo "${EPOCHREALTIME/./}"; }
since() { local d=$(( $(now_us) - $1 )); printf '%d.%02ds' $((d / 1000000)) $(((d % 1000000) / 10000)); }

# pid_alive PID: the process exists and is neither a zombie nor dead.
pid_alive() {
  local st
  [[ "${1:-}" =~ ^[0-9]+$ ]] || return 1
  st="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" || return 1
  [[ -n "$st" && "$st" != Z && "$st" != X ]]
}

# usage [EXIT]: the calling script's header comment (after the #! line), then exit (default 2).
usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[${#BASH_SOURCE[@]} - 1]}" >&2
  exit "${1:-2}"
}

# apt_install [--with-recommends] PACKAGE...: apt-get update and install as root, with the packages' own services
# kept from starting (no systemd here; invoke-rc.d honours policy-rc.d), the output in a log shown only on failure.
apt_install() {
  local recommends=--no-install-recommends
  if [[ "${1:-}" == --with-recommends ]]; then recommends=""; shift; fi
  [[ $EUID -eq 0 ]] || die "$* is not installed and installing it needs root: apt-get install $*"
  command -v apt-get >/dev/null || die "$* is not installed and apt-get is not available"
  local t0 logf rc=0 policy_created=0
  t0=$(now_us)
  logf="$(mktemp "/tmp/triage-$TAG-apt.XXXXXX.log")"
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\n# temporary, by deploy/local/common.sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    policy_created=1
  fi
  log "installing $* with apt-get (log $logf) ..."
  {
    DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update &&
    DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0 install $recommends "$@"
  } >"$logf" 2>&1 </dev/null || rc=$?
  if (( policy_created )); then rm -f /usr/sbin/policy-rc.d; fi
  if (( rc != 0 )); then
    tail -n 30 "$logf" >&2
    die "apt-get install $* failed (exit $rc); full log in $logf"
  fi
  rm -f "$logf"
  log "installed $* in $(since "$t0")"
}

# run_locked LOCKFILE SECONDS COMMAND...: COMMAND while holding LOCKFILE, waiting at most SECONDS for another
# holder (one start or stop at a time for the same data folder).
run_locked() {
  local lock="$1" wait="$2"
  shift 2
  exec 9>"$lock"
  flock -w "$wait" 9 || die "another $TAG command on the same data is still running (lock $lock)"
  "$@"
}
