# Shared helpers for scripts/*.sh and .ci/run. Source it; it does not run anything by itself.
# shellcheck shell=bash

# The repository root (the folder holding VastbusBot.sln), whatever the caller's working directory.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT

# Quiet, offline-friendly tooling: no first-run banners, no telemetry.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false NPM_CONFIG_UPDATE_NOTIFIER=false

info() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# require_dotnet: the .NET 10 SDK that global.json asks for, or a clear instruction.
require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    die "dotnet was not found. Install the .NET 10 SDK (Debian 12: add packages.microsoft.com as described at
       https://learn.microsoft.com/dotnet/core/install/linux-debian, then 'sudo apt-get install -y dotnet-sdk-10.0')."
  fi
  local version
  # Run from the repo root so global.json picks the SDK; it fails when no matching SDK is installed.
  if ! version="$(cd "$REPO_ROOT" && dotnet --version 2>/dev/null)" || [[ "${version%%.*}" -lt 10 ]]; then
    die "the .NET 10 SDK is required (global.json); found: $(dotnet --list-sdks 2>/dev/null | tr '\n' ' ')
       Install it with 'sudo apt-get install -y dotnet-sdk-10.0' (packages.microsoft.com feed)."
  fi
}

# require_node: Node.js 20 or newer plus npm (Debian 12's own nodejs package is 18, too old for the tooling).
require_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    die "node and npm were not found. Install Node.js 20 or newer (for example from https://nodejs.org or the
       NodeSource Debian packages); Debian 12's 'nodejs' package (18) is too old."
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [[ "$major" -lt 20 ]]; then
    die "Node.js 20 or newer is required; found $(node --version). Install a newer Node.js (https://nodejs.org)."
  fi
}

# ensure_node_modules: 'npm ci' when node_modules is missing or older than package-lock.json.
# npm writes node_modules/.package-lock.json at the end of every install, so its age tells staleness.
ensure_node_modules() {
  local hidden="$REPO_ROOT/node_modules/.package-lock.json"
  if [[ -f "$hidden" && ! "$REPO_ROOT/package-lock.json" -nt "$hidden" ]]; then
    return 0
  fi
  if [[ -L "$REPO_ROOT/node_modules" ]]; then
    # A node_modules shared through a symlink (a git worktree using the main checkout's) belongs to that checkout:
    # 'npm ci' here would empty it for everyone through the link. A fresh checkout's package-lock.json is merely newer.
    [[ -f "$hidden" ]] || die "node_modules links to $(readlink "$REPO_ROOT/node_modules"), which has no npm install: run 'npm ci' there."
    warn "node_modules is a symlink to $(readlink "$REPO_ROOT/node_modules"); using it as it is (no 'npm ci')."
    return 0
  fi
  info "Installing node tooling (npm ci)"
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed (see above)."
}

# port_in_use PORT: true when something listens on PORT (any local address).
port_in_use() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# port_owner PORT: a short description of who listens on PORT, when it can be found.
port_owner() {
  local port="$1"
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'users:(([^)]*))' | head -n 1
}

# require_free_ports NAME:PORT...: stops with a clear message when any port is taken.
require_free_ports() {
  local entry name port busy=0
  for entry in "$@"; do
    name="${entry%%:*}"
    port="${entry##*:}"
    if port_in_use "$port"; then
      printf 'ERROR: port %s (%s) is already in use %s\n' "$port" "$name" "$(port_owner "$port")" >&2
      busy=1
    fi
  done
  if [[ "$busy" -ne 0 ]]; then
    die "free the port(s) above first: is an earlier scripts/run-local.sh (or another Azurite/bot) still running?
       'ss -ltnp' shows who listens; stop that process by its PID."
  fi
}

# wait_until SECONDS PID DESCRIPTION COMMAND...: polls COMMAND every 0.25 s until it succeeds.
# Fails early when PID (the process that should answer) has exited.
wait_until() {
  local seconds="$1" pid="$2" what="$3"
  shift 3
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      printf 'ERROR: %s: the process exited before it was ready.\n' "$what" >&2
      return 1
    fi
    if ((SECONDS >= deadline)); then
      printf 'ERROR: %s: not ready after %s s.\n' "$what" "$seconds" >&2
      return 1
    fi
    sleep 0.25
  done
}

# tcp_open PORT: true when 127.0.0.1:PORT accepts a connection.
tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# group_alive PGID: true while a process of group PGID is running (zombies, not yet reaped, do not count).
group_alive() {
  ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}

# stop_group PGID NAME: SIGTERM to the whole process group, SIGKILL after 10 s if anything is left.
# Each service is started with setsid, so its PID is also its process-group id.
stop_group() {
  local pgid="$1" name="$2" i
  if group_alive "$pgid"; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do
      group_alive "$pgid" || break
      sleep 0.25
    done
    if group_alive "$pgid"; then
      warn "$name did not stop on SIGTERM within 10 s; killing it"
      kill -KILL -- "-$pgid" 2>/dev/null || true
    fi
    info "Stopped $name"
  fi
  wait "$pgid" 2>/dev/null || true
}
