#!/usr/bin/env bash
# The test command: installs what the suites need (apt), starts a throwaway PostgreSQL,
# builds, runs every test project, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
ART=${ART:-$REPO/artifacts}
PGPORT=${PGPORT:-55432}
mkdir -p "$ART"
: > "$ART/timings.txt"

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_GENERATE_ASPNET_CERTIFICATE=false
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1 UseSharedCompilation=false
# no internet: without this NuGet's revocation checks time out (~2 min per cold restore)
export NUGET_CERT_REVOCATION_MODE=offline

step() {
  local label=$1; shift
  local s0 rc=0; s0=$(date +%s)
  echo "::: $label" >&2
  "$@" || rc=$?
  echo "$label $(( $(date +%s) - s0 ))s" | tee -a "$ART/timings.txt" >&2
  return $rc
}

if [ "$(id -u)" -eq 0 ]; then SUDO=; AS_PG="runuser -u postgres --"; else SUDO=sudo; AS_PG=; fi

# 1. OS packages: PostgreSQL, Chromium for browser tests, a CJK font (Chromium and PDFs),
#    poppler for PDF checks. --no-install-recommends keeps systemd & co. out.
NEED=""
for p in postgresql chromium fonts-wqy-microhei poppler-utils; do
  dpkg -s "$p" >/dev/null 2>&1 || NEED="$NEED $p"
done
if [ -n "$NEED" ]; then
  step apt-update $SUDO apt-get update -qq
  step apt-install $SUDO apt-get install -y -qq --no-install-recommends $NEED > "$ART/apt-install.log"
fi

# 2. A throwaway PostgreSQL on loopback.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA=$(mktemp -d /tmp/ca-pgdata.XXXXXX)
[ -n "$AS_PG" ] && chown postgres:postgres "$PGDATA"
cleanup() {
  set +e
  [ -f "$PGDATA/postmaster.pid" ] && $AS_PG "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop > /dev/null
  cp "$PGDATA/server.log" "$ART/postgres.log" 2>/dev/null
  rm -rf "$PGDATA"
}
trap cleanup EXIT
step pg-initdb $AS_PG "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > /dev/null
step pg-start $AS_PG "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
  -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start

# 3. Build and test.
{ dotnet --version; chromium --version 2>/dev/null || true; "$PGBIN/postgres" --version; } > "$ART/versions.txt"
step restore dotnet restore CivilAffairs.slnx
step build dotnet build CivilAffairs.slnx --no-restore -c Debug

export CA_PG_CONN="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
export CA_CHROMIUM=/usr/bin/chromium
export CA_ARTIFACTS=$ART
rm -rf "$ART/test-results"
# one project at a time: a TRX file each (named after the project, so none overwrites
# another), and the browser suite does not compete with the database suites for two cores
status=0
for proj in tests/*/*.csproj; do
  name=$(basename "$proj" .csproj)
  step "test:$name" dotnet test "$proj" --no-build -c Debug \
    --logger "trx;LogFileName=$name.trx" --results-directory "$ART/test-results" --blame-hang-timeout 5m || status=1
done

# 4. One closing line from the TRX counters of every test project.
read -r passed failed < <(python3 - "$ART/test-results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is not None:
        p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
print(p, f)
PY
)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
