#!/usr/bin/env bash
# Strategy Delivery Assurance: one entry point for setting up, running, testing and benchmarking.
#   ./build.sh run     serve the portal on http://localhost:5000 (embedded SQLite, seeded)
#   ./build.sh test    build with warnings as errors, check formatting, run every test on SQLite and PostgreSQL
#                      (and the data tests on SQL Server when ASSURANCE_TEST_SQLSERVER names a server)
#   ./build.sh bench   run the load benchmarks, results in artifacts/bench/
#   ./build.sh setup   install what the others need (used by all of them)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
PORT="${PORT:-5000}"
ARTIFACTS="$ROOT/artifacts"

say() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nbuild.sh: %s\n' "$*" >&2; exit 1; }

# System packages the tests and PDF rendering use: Chromium (browser tests, PDF), fonts with Arial metrics,
# poppler-utils (reading PDFs back), PostgreSQL 15 server binaries (throwaway test clusters).
need_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -d /usr/share/fonts/truetype/liberation2 ] || missing+=(fonts-liberation2)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
  printf '%s\n' "${missing[@]}"
}

setup() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK is not installed: install .NET SDK 10.0.401 (global.json) and run again."
  command -v npm >/dev/null 2>&1 || fail "Node.js and npm are not installed: install Node 20 with npm and run again."

  mapfile -t missing < <(need_packages | sed '/^$/d')
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "Installing system packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      fail "missing system packages: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) and run again."
    fi
  fi

  say "Restoring front-end packages (nhsuk-frontend)"
  (cd src/KmIcs.Assurance.Web && npm ci --no-audit --no-fund --loglevel=error)
  say "Restoring NuGet packages"
  dotnet restore KmIcs.Assurance.sln --nologo -v quiet
}

run() {
  setup
  say "Starting the portal on http://localhost:$PORT (Ctrl+C to stop)"
  # Links in emails are built from this setting only, never from the request (docs/accounts.md).
  export Email__PublicBaseUrl="${Email__PublicBaseUrl:-http://localhost:$PORT}"
  exec dotnet run --project src/KmIcs.Assurance.Web --launch-profile portal --urls "http://localhost:$PORT"
}

# Adds up the trx files of one run and prints the totals as one plain line.
summarise() {
  local dir="$1" passed=0 failed=0 skipped=0 p f t e
  for trx in "$dir"/*.trx; do
    [ -f "$trx" ] || continue
    read -r t e p f < <(grep -o '<Counters [^>]*' "$trx" | sed -E 's/.*total="([0-9]+)" executed="([0-9]+)" passed="([0-9]+)" failed="([0-9]+)".*/\1 \2 \3 \4/')
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
  done
  echo "$passed passed, $failed failed, $skipped skipped"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

cleanup_clusters() {
  # A killed test run can leave a throwaway PostgreSQL cluster behind; stop and remove any.
  for dir in /tmp/kmics-pg-*; do
    [ -d "$dir" ] || continue
    if [ -f "$dir/data/postmaster.pid" ]; then
      kill -INT "$(head -1 "$dir/data/postmaster.pid")" 2>/dev/null || true
    fi
    rm -rf "$dir"
  done
}

test_all() {
  setup
  local results="$ARTIFACTS/test-results"
  rm -rf "$results"
  mkdir -p "$results"
  trap cleanup_clusters EXIT

  say "Building (warnings are errors)"
  dotnet build KmIcs.Assurance.sln --no-restore --nologo -v quiet -warnaserror
  say "Checking formatting (.editorconfig)"
  dotnet format KmIcs.Assurance.sln --verify-no-changes --no-restore -v quiet

  local status=0
  # tests/KmIcs.Assurance.SqlServer.Tests is a test project only while ASSURANCE_TEST_SQLSERVER is set (its csproj
  # says why), so this run includes it then and leaves it out otherwise; the summary says which.
  say "Running every test (web and browser tests on SQLite; data tests on SQLite and PostgreSQL$(sqlserver_data_tests && echo ' and SQL Server'))"
  ASSURANCE_TEST_DATABASE=Sqlite dotnet test KmIcs.Assurance.sln --no-build --nologo \
    --logger "trx;LogFilePrefix=sqlite" --results-directory "$results" || status=1
  say "Running the web and browser tests again on PostgreSQL"
  for project in tests/KmIcs.Assurance.Web.Tests tests/KmIcs.Assurance.EndToEnd.Tests; do
    ASSURANCE_TEST_DATABASE=PostgreSQL dotnet test "$project" --no-build --nologo \
      --logger "trx;LogFilePrefix=postgresql" --results-directory "$results" || status=1
  done

  say "Test summary"
  summarise "$results" || status=1
  if sqlserver_data_tests; then
    echo "SQL Server data tests: run on the server ASSURANCE_TEST_SQLSERVER names (counted above)"
  else
    echo "SQL Server data tests: NOT RUN (set ASSURANCE_TEST_SQLSERVER to a server to run them)"
  fi
  return "$status"
}

# True when a SQL Server for the data tests is named (a connection string where they may create and drop databases).
sqlserver_data_tests() { [ -n "${ASSURANCE_TEST_SQLSERVER:-}" ]; }

bench() {
  setup
  mkdir -p "$ARTIFACTS/bench"
  say "Running benchmarks (Release)"
  dotnet run --project tests/KmIcs.Assurance.Benchmarks -c Release -- --out "$ARTIFACTS/bench"
}

case "${1:-}" in
  setup) setup ;;
  run) run ;;
  test) test_all ;;
  bench) bench ;;
  *) echo "usage: ./build.sh setup|run|test|bench" >&2; exit 2 ;;
esac
