#!/usr/bin/env bash
# Runs VastbusBot locally, with no Azure and no Teams: Azurite (Table Storage emulator), the Microsoft Graph
# emulator (calendars for booking the chairs' meeting), the bot, and the Microsoft 365 Agents Playground (a
# Teams-like chat client in the browser). Ctrl-C stops all four.
#
#   bash scripts/run-local.sh
#
# Ports: Azurite 10000-10002, Graph emulator 5980, bot 3978, playground 56150. Data: .azurite/ (delete it to start
# afresh; the Graph emulator keeps its calendars in memory). Logs: .local/logs/. See docs/running.md, docs/booking.md.

# Functions below are called through trap and wait_until, which shellcheck cannot follow.
# shellcheck disable=SC2317
set -euo pipefail

# shellcheck source=scripts/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$REPO_ROOT"

readonly BLOB_PORT=10000 QUEUE_PORT=10001 TABLE_PORT=10002 GRAPH_PORT=5980 BOT_PORT=3978 PLAYGROUND_PORT=56150
readonly LOG_DIR="$REPO_ROOT/.local/logs"
readonly PLAYGROUND_DIR="$REPO_ROOT/.local/playground"
readonly PLAYGROUND_CONFIG="$REPO_ROOT/.m365agentsplayground.yml"
# The Graph emulator's users are the playground's users (same object ids and addresses); see the file.
readonly GRAPH_SEED="$REPO_ROOT/scripts/dev/graph-seed.playground.json"

# Services started so far, in start order; stopped in reverse order on exit.
SERVICE_PIDS=()
SERVICE_NAMES=()

cleanup() {
  trap - EXIT INT TERM
  # Stop everything even if the terminal or a pipe reading our output (| tee) is already gone.
  set +e
  trap '' PIPE
  local i
  for ((i = ${#SERVICE_PIDS[@]} - 1; i >= 0; i--)); do
    stop_group "${SERVICE_PIDS[i]}" "${SERVICE_NAMES[i]}"
  done
}
trap cleanup EXIT
trap 'trap "" PIPE; echo; exit 130' INT
trap 'exit 143' TERM

# start_service NAME LOGFILE WORKDIR COMMAND...: runs COMMAND in its own session (setsid), so Ctrl-C in this
# terminal reaches only this script, and the whole service (dotnet run and its child, say) is one process
# group that cleanup can signal.
start_service() {
  local name="$1" logfile="$2" workdir="$3"
  shift 3
  (cd "$workdir" && exec setsid "$@" >"$logfile" 2>&1 </dev/null) &
  SERVICE_PIDS+=("$!")
  SERVICE_NAMES+=("$name")
  LAST_PID="$!"
}

# fail_with_log NAME LOGFILE MESSAGE: shows the end of a service's log and stops everything.
fail_with_log() {
  printf 'ERROR: %s\n--- last lines of %s ---\n' "$3" "$2" >&2
  tail -n 25 "$2" >&2 || true
  exit 1
}

graph_answers() { curl -sf -o /dev/null --max-time 2 "http://localhost:$GRAPH_PORT/_emulator/health"; }
bot_answers() { curl -sf -o /dev/null -I --max-time 2 "http://localhost:$BOT_PORT/api/messages"; }
playground_answers() { [[ "$(curl -sf --max-time 2 "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping")" == "pong" ]]; }

# --- prerequisites -----------------------------------------------------------------------------------------
require_node
require_dotnet
command -v curl >/dev/null 2>&1 || die "curl was not found: sudo apt-get install -y curl"
command -v setsid >/dev/null 2>&1 || die "setsid was not found: sudo apt-get install -y util-linux"
ensure_node_modules
[[ -f node_modules/@microsoft/m365agentsplayground/cli.js ]] || die "the Agents Playground is missing from node_modules: run 'npm ci'."

require_free_ports "Azurite blob:$BLOB_PORT" "Azurite queue:$QUEUE_PORT" "Azurite table:$TABLE_PORT" \
  "Graph emulator:$GRAPH_PORT" "bot:$BOT_PORT" "Agents Playground:$PLAYGROUND_PORT"

mkdir -p "$LOG_DIR" "$PLAYGROUND_DIR" "$REPO_ROOT/.azurite"

# --- build first, in the foreground, so compile errors show here and not only in a log ----------------------
info "Building the bot"
# No lingering compiler/MSBuild servers: after Ctrl-C nothing started by this script should remain.
dotnet build bot/VastbusBot.csproj --nologo -v quiet --disable-build-servers 2>&1 | tee "$LOG_DIR/build.log" ||
  die "the bot did not build (see above; also in $LOG_DIR/build.log)."
info "Building the Graph emulator"
dotnet build graph-integration/Emulator/VastbusBot.GraphEmulator.csproj --nologo -v quiet --disable-build-servers 2>&1 |
  tee -a "$LOG_DIR/build.log" || die "the Graph emulator did not build (see above; also in $LOG_DIR/build.log)."

# --- Azurite ---------------------------------------------------------------------------------------------
info "Starting Azurite (data in .azurite/)"
start_service "Azurite" "$LOG_DIR/azurite.log" "$REPO_ROOT" \
  node_modules/.bin/azurite --location "$REPO_ROOT/.azurite" \
  --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" \
  --queueHost 127.0.0.1 --queuePort "$QUEUE_PORT" \
  --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" \
  --skipApiVersionCheck --disableTelemetry
wait_until 30 "$LAST_PID" "Azurite" tcp_open "$TABLE_PORT" ||
  fail_with_log Azurite "$LOG_DIR/azurite.log" "Azurite did not start."

# --- the Graph emulator (Development only: the bot's appsettings.Development.json points Graph:BaseUrl here) ----
info "Starting the Graph emulator on http://localhost:$GRAPH_PORT (users from scripts/dev/graph-seed.playground.json)"
start_service "Graph emulator" "$LOG_DIR/graph-emulator.log" "$REPO_ROOT/graph-integration/Emulator" \
  dotnet run --no-build --no-launch-profile -- --port "$GRAPH_PORT" --seed "$GRAPH_SEED"
wait_until 60 "$LAST_PID" "Graph emulator" graph_answers ||
  fail_with_log "Graph emulator" "$LOG_DIR/graph-emulator.log" "the Graph emulator did not answer http://localhost:$GRAPH_PORT/_emulator/health."

# --- the bot ----------------------------------------------------------------------------------------------
info "Starting the bot on http://localhost:$BOT_PORT"
# Run from bot/ so its appsettings*.json are the content root; the launch profile is skipped so the
# environment below is the whole truth.
start_service "bot" "$LOG_DIR/bot.log" "$REPO_ROOT/bot" \
  env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://localhost:$BOT_PORT" \
  Graph__BaseUrl="http://localhost:$GRAPH_PORT/v1.0" \
  dotnet run --no-build --no-launch-profile
wait_until 120 "$LAST_PID" "bot" bot_answers ||
  fail_with_log bot "$LOG_DIR/bot.log" "the bot did not answer HEAD http://localhost:$BOT_PORT/api/messages."

# --- the Agents Playground --------------------------------------------------------------------------------
info "Starting the Microsoft 365 Agents Playground"
# Credentials from the environment would make it try real Entra ID sign-in, which fails offline.
start_service "Agents Playground" "$LOG_DIR/playground.out" "$PLAYGROUND_DIR" \
  env -u AUTH_CLIENT_ID -u AUTH_CLIENT_SECRET -u AUTH_TENANT_ID -u M365_AGENTS_PLAYGROUND_TARGET_SDK \
  -u M365_AGENTS_PLAYGROUND_SERVICE_URL -u M365_AGENTS_PLAYGROUND_CONVERSATION_ID \
  TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_LOGFILE="$LOG_DIR/playground.log" \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PLAYGROUND_CONFIG" \
  node "$REPO_ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams --dt -p "$PLAYGROUND_PORT"
PLAYGROUND_PID="$LAST_PID"

# It picks a random port when 56150 is taken; we checked the port, but a race is still possible.
# "Listening on " can reach the file before the port number does, so wait for a port that accepts connections.
playground_port() { sed -n 's/^Listening on \([0-9][0-9]*\).*/\1/p' "$LOG_DIR/playground.out" | head -n 1; }
playground_listening() { local port; port="$(playground_port)" && [[ -n "$port" ]] && tcp_open "$port"; }
wait_until 30 "$PLAYGROUND_PID" "Agents Playground" playground_listening ||
  fail_with_log "Agents Playground" "$LOG_DIR/playground.log" "the Agents Playground did not start."
listening="$(playground_port)"
if [[ "$listening" != "$PLAYGROUND_PORT" ]]; then
  die "the Agents Playground listens on port $listening instead of $PLAYGROUND_PORT (was $PLAYGROUND_PORT taken?)."
fi
wait_until 30 "$PLAYGROUND_PID" "Agents Playground" playground_answers ||
  fail_with_log "Agents Playground" "$LOG_DIR/playground.log" "the Agents Playground did not answer /_debug/ping."
# An invalid config file makes it exit right after it starts listening; give it a moment to do so.
sleep 1
group_alive "$PLAYGROUND_PID" ||
  fail_with_log "Agents Playground" "$LOG_DIR/playground.log" "the Agents Playground exited (is $PLAYGROUND_CONFIG valid?)."

cat <<EOF

Open http://localhost:$PLAYGROUND_PORT in a browser to chat with VastbusBot

  Bot:         http://localhost:$BOT_PORT/api/messages   log: .local/logs/bot.log
  Azurite:     127.0.0.1:$BLOB_PORT-$TABLE_PORT (data in .azurite/)   log: .local/logs/azurite.log
  Graph:       http://localhost:$GRAPH_PORT/v1.0 (emulator; calendars in memory)   log: .local/logs/graph-emulator.log
  Playground:  http://localhost:$PLAYGROUND_PORT   log: .local/logs/playground.log
  Mock tenant: .m365agentsplayground.yml (you are Anna Lindqvist, admin and coordinator of Göteborgsområdet:
               type "boka ordförandeträff" to book the chairs' meeting)

Press Ctrl-C to stop all four.
EOF

# --- run until Ctrl-C, or until one of the services dies ---------------------------------------------------
status=0
wait -n "${SERVICE_PIDS[@]}" || status=$?
for i in "${!SERVICE_PIDS[@]}"; do
  if ! group_alive "${SERVICE_PIDS[i]}"; then
    printf 'ERROR: %s stopped unexpectedly (exit code %s); stopping the others. See .local/logs/.\n' \
      "${SERVICE_NAMES[i]}" "$status" >&2
  fi
done
exit 1
