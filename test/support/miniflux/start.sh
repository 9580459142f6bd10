#!/usr/bin/env bash
# start.sh [PORT] - install (if needed) and start a private Miniflux + PostgreSQL on loopback,
# with the Google Reader API, the Fever API and the REST API enabled for one user. The sync tests
# start it (test/support/miniflux.ts); adapted from the project's shared tool, without its corpus
# seeding: the tests serve and subscribe their own feeds.
#
# Idempotent: a second run with the server up only prints the connection details again.
# Everything it starts is recorded in $MF_DIR/pids; stop.sh stops exactly those.
#
# Environment (all optional):
#   MF_PORT         HTTP port (default 8081; the first argument wins)
#   MF_DIR          data dir: PostgreSQL cluster, logs, pids, credentials (default ./.miniflux-data)
#   MF_CACHE        where the Miniflux .deb is unpacked (default ~/.cache/miniflux-for-tests)
#   MF_SUITE        Debian suite to take the miniflux package from: trixie (2.2.6, default) or sid (2.3.x)
#   MF_ADMIN_USER / MF_ADMIN_PASS       Miniflux account            (default admin / admin-pass-123)
#   MF_GREADER_USER / MF_GREADER_PASS   Google Reader API login     (default greader / greader-pass-123)
#   MF_FEVER_USER / MF_FEVER_PASS       Fever API login             (default fever / fever-pass-123)
set -euo pipefail

PORT=${1:-${MF_PORT:-8081}}
MF_DIR=${MF_DIR:-$PWD/.miniflux-data}
MF_CACHE=${MF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/miniflux-for-tests}
MF_SUITE=${MF_SUITE:-trixie}
ADMIN_USER=${MF_ADMIN_USER:-admin}
ADMIN_PASS=${MF_ADMIN_PASS:-admin-pass-123}
GREADER_USER=${MF_GREADER_USER:-greader}
GREADER_PASS=${MF_GREADER_PASS:-greader-pass-123}
FEVER_USER=${MF_FEVER_USER:-fever}
FEVER_PASS=${MF_FEVER_PASS:-fever-pass-123}
PG_PORT=5432                      # only used to name the unix socket; no TCP listener is opened
BASE_URL="http://127.0.0.1:${PORT}"
PIDS="$MF_DIR/pids"
log() { printf '[start-miniflux] %s\n' "$*" >&2; }

# ---------------------------------------------------------------- already running?
alive() { # alive PID PATTERN: the pid exists and its command line contains PATTERN
  [ -n "${1:-}" ] && [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q -- "$2"
}
print_info() {
  # shellcheck disable=SC1091
  . "$MF_DIR/credentials.env"
  cat <<EOF
MINIFLUX_URL=$MINIFLUX_URL
MINIFLUX_VERSION=$MINIFLUX_VERSION
MINIFLUX_ADMIN_USER=$MINIFLUX_ADMIN_USER
MINIFLUX_ADMIN_PASS=$MINIFLUX_ADMIN_PASS
MINIFLUX_API_KEY=$MINIFLUX_API_KEY
GREADER_URL=$GREADER_URL
GREADER_USER=$GREADER_USER
GREADER_PASS=$GREADER_PASS
FEVER_URL=$FEVER_URL
FEVER_USER=$FEVER_USER
FEVER_PASS=$FEVER_PASS
FEVER_API_KEY=$FEVER_API_KEY
EOF
}
if [ -f "$PIDS" ] && [ -f "$MF_DIR/credentials.env" ]; then
  mfpid=$(awk '$1=="miniflux"{print $2}' "$PIDS")
  if alive "$mfpid" miniflux && curl -fsS "$(. "$MF_DIR/credentials.env"; echo "$MINIFLUX_URL")/healthcheck" >/dev/null 2>&1; then
    log "already running (pid $mfpid)"
    print_info
    exit 0
  fi
fi

# ---------------------------------------------------------------- packages
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v curl >/dev/null || need+=(curl)
command -v jq >/dev/null || need+=(jq)
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
PGBIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

# Miniflux is not in bookworm; take the static binary out of the Debian trixie (or sid) package
# with a private apt configuration, so /etc/apt is left untouched.
MF_BIN="$MF_CACHE/miniflux-$MF_SUITE/usr/bin/miniflux"
if [ ! -x "$MF_BIN" ]; then
  log "downloading miniflux from Debian $MF_SUITE"
  A="$MF_CACHE/apt-$MF_SUITE"
  mkdir -p "$A/lists/partial" "$A/archives/partial" "$A/prefs"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $MF_SUITE main" >"$A/sources.list"
  : >"$A/status"
  APTOPT=(-o "Dir::Etc::SourceList=$A/sources.list" -o Dir::Etc::SourceParts=/dev/null
          -o "Dir::State::Lists=$A/lists" -o "Dir::Cache=$A" -o "Dir::State::status=$A/status"
          -o Dir::Etc::Preferences=/dev/null -o "Dir::Etc::PreferencesParts=$A/prefs"
          -o APT::Sandbox::User=root
          -o Acquire::Check-Valid-Until=false -o Acquire::Check-Date=false) # the mirror here is a frozen snapshot: sid's Release is "expired"
  apt-get "${APTOPT[@]}" -qq update
  (cd "$A/archives" && apt-get "${APTOPT[@]}" -qq download "miniflux/$MF_SUITE")
  rm -rf "$MF_CACHE/miniflux-$MF_SUITE"
  dpkg-deb -x "$(ls "$A"/archives/miniflux_*.deb | sort -V | tail -1)" "$MF_CACHE/miniflux-$MF_SUITE"
fi
MF_VERSION=$("$MF_BIN" -version)

# ---------------------------------------------------------------- PostgreSQL (private cluster, unix socket only)
mkdir -p "$MF_DIR"
touch "$PIDS"
PGDATA="$MF_DIR/pgdata"
PGSOCK="$MF_DIR/pgsock"
install -d -o postgres -g postgres -m 700 "$PGSOCK"
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  log "initdb $PGDATA"
  install -d -o postgres -g postgres -m 700 "$PGDATA"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$MF_DIR/initdb.log"
fi
pgpid=$(head -1 "$PGDATA/postmaster.pid" 2>/dev/null || true)
if ! alive "$pgpid" postgres; then
  rm -f "$PGDATA/postmaster.pid"
  touch "$MF_DIR/postgresql.log"; chown postgres:postgres "$MF_DIR/postgresql.log"
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$MF_DIR/postgresql.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$PGSOCK' -p $PG_PORT -c fsync=off" start >/dev/null
  pgpid=$(head -1 "$PGDATA/postmaster.pid")
fi
sed -i '/^postgres /d' "$PIDS"; echo "postgres $pgpid $PGDATA" >>"$PIDS"
PSQL=(runuser -u postgres -- "$PGBIN/psql" -h "$PGSOCK" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)
if [ -z "$("${PSQL[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='miniflux'")" ]; then
  "${PSQL[@]}" -c "CREATE ROLE miniflux LOGIN"
fi
if [ -z "$("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname='miniflux'")" ]; then
  "${PSQL[@]}" -c "CREATE DATABASE miniflux OWNER miniflux"
fi

# ---------------------------------------------------------------- Miniflux
export DATABASE_URL="host=$PGSOCK port=$PG_PORT user=miniflux dbname=miniflux sslmode=disable"
export LISTEN_ADDR="127.0.0.1:$PORT" BASE_URL RUN_MIGRATIONS=1 CREATE_ADMIN=1
export ADMIN_USERNAME="$ADMIN_USER" ADMIN_PASSWORD="$ADMIN_PASS"
export FETCHER_ALLOW_PRIVATE_NETWORKS=1 INTEGRATION_ALLOW_PRIVATE_NETWORKS=1 # 2.3.x refuses loopback feeds without it
export POLLING_FREQUENCY=${POLLING_FREQUENCY:-60} LOG_LEVEL=${LOG_LEVEL:-info}
if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
  log "error: something else already listens on 127.0.0.1:$PORT"; exit 1
fi
log "starting miniflux $MF_VERSION on $BASE_URL"
setsid "$MF_BIN" >>"$MF_DIR/miniflux.log" 2>&1 </dev/null &
mfpid=$!
sed -i '/^miniflux /d' "$PIDS"; echo "miniflux $mfpid $MF_BIN" >>"$PIDS"
for _ in $(seq 1 120); do
  [ "$(curl -s "$BASE_URL/healthcheck" 2>/dev/null)" = OK ] && break
  alive "$mfpid" miniflux || { log "miniflux exited; tail of $MF_DIR/miniflux.log:"; tail -20 "$MF_DIR/miniflux.log" >&2; exit 1; }
  sleep 0.5
done
[ "$(curl -s "$BASE_URL/healthcheck")" = OK ] || { log "miniflux not ready after 60 s"; exit 1; }

# ---------------------------------------------------------------- Google Reader + Fever integration, API key
# Same storage as the integrations page: bcrypt hash for the Google Reader password, md5("user:pass") for Fever.
if [ ! -f "$MF_DIR/credentials.env" ]; then
  API_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  "${PSQL[@]}" -d miniflux <<SQL
CREATE EXTENSION IF NOT EXISTS pgcrypto;
UPDATE integrations SET
  googlereader_enabled = true, googlereader_username = '$GREADER_USER',
  googlereader_password = crypt('$GREADER_PASS', gen_salt('bf', 10)),
  fever_enabled = true, fever_username = '$FEVER_USER', fever_token = md5('$FEVER_USER:$FEVER_PASS')
WHERE user_id = (SELECT id FROM users WHERE username = '$ADMIN_USER');
DROP EXTENSION pgcrypto;
INSERT INTO api_keys (user_id, token, description)
  SELECT id, '$API_KEY', 'sync-test' FROM users WHERE username = '$ADMIN_USER';
SQL
  cat >"$MF_DIR/credentials.env" <<EOF
MINIFLUX_URL=$BASE_URL
MINIFLUX_VERSION=$MF_VERSION
MINIFLUX_ADMIN_USER=$ADMIN_USER
MINIFLUX_ADMIN_PASS=$ADMIN_PASS
MINIFLUX_API_KEY=$API_KEY
GREADER_URL=$BASE_URL
GREADER_USER=$GREADER_USER
GREADER_PASS=$GREADER_PASS
FEVER_URL=$BASE_URL/fever/
FEVER_USER=$FEVER_USER
FEVER_PASS=$FEVER_PASS
FEVER_API_KEY=$(printf '%s' "$FEVER_USER:$FEVER_PASS" | md5sum | cut -d' ' -f1)
EOF
fi
sed -i "s#^MINIFLUX_URL=.*#MINIFLUX_URL=$BASE_URL#; s#^GREADER_URL=.*#GREADER_URL=$BASE_URL#; s#^FEVER_URL=.*#FEVER_URL=$BASE_URL/fever/#" "$MF_DIR/credentials.env"
sed -i "s#^MINIFLUX_VERSION=.*#MINIFLUX_VERSION=$MF_VERSION#" "$MF_DIR/credentials.env"

print_info
