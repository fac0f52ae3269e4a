# Shared helpers of the bench scripts; sourced, not run. Needs bash, curl, ss, psql, jq.
# Every process started through these helpers (the app, its embedded PostgreSQL, nginx) is stopped
# by bench_cleanup, which the scripts install as an EXIT trap.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
JAR=$ROOT/target/election-results-0.1.0-SNAPSHOT.jar
TEST_CP=$ROOT/target/test-classes:$ROOT/target/classes
ADMIN_USER=admin
ADMIN_PASS=${ADMIN_PASS:-bench-$RANDOM$RANDOM$RANDOM}
# JVM options of the app under test; the issues ask for a 256 MB heap.
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx256m}

STARTED_APPS=()   # "pid:data-dir" of every app started
STARTED_NGINX=()  # pid files of every nginx started
STARTED_FLOORS=() # pids of every bare-Tomcat floor started
USED_PORTS=" "
TMP_DIRS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() {
	log "ERROR: $*"
	exit 1
}

now_ns() { date +%s%N; }

# Seconds (3 decimals) between two now_ns values.
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }

# Prints a number with 3 decimals of a / b, or "n/a".
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }

# Milliseconds from a wrk latency such as 812.00us, 12.34ms or 1.02s.
to_ms() {
	awk -v v="$1" 'BEGIN {
		if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
		else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
		else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
		else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
		else print "n/a" }'
}

need() {
	local tool
	for tool in "$@"; do
		command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (apt-get install -y wrk nginx hyperfine postgresql-client jq curl)"
	done
}

# A directory for results: bench/out/<name>-<timestamp>; prints it.
out_dir() {
	local dir
	dir=$BENCH_DIR/out/$1-$(date +%Y%m%d-%H%M%S)
	mkdir -p "$dir"
	echo "$dir"
}

# make_tmp_dir NAME: sets TMP to a new scratch directory, removed at exit (unless KEEP_TMP=1).
# (Not called in $(...): the list of directories to remove must be kept in this shell.)
make_tmp_dir() {
	TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench-$1.XXXXXX")
	TMP_DIRS+=("$TMP")
}

# next_port: sets PORT to a free TCP port on the loopback, never one handed out before in this run.
next_port() {
	local _
	for _ in $(seq 500); do
		PORT=$((20000 + RANDOM % 30000))
		if [[ $USED_PORTS != *" $PORT "* ]] && ! ss -Htln "( sport = :$PORT )" | grep -q .; then
			USED_PORTS+="$PORT "
			return 0
		fi
	done
	die "no free port found"
}

# Builds the jar and the test classes (for the synthetic export generator) when missing or older
# than the sources.
ensure_built() {
	local stale=""
	if [[ ! -f $JAR ]] || [[ -n $(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -type f -print -quit) ]]; then
		stale=yes
	fi
	if [[ -n $stale ]]; then
		log "building $JAR"
		(cd "$ROOT" && ./mvnw -o -q package -DskipTests)
	fi
	local generator=$ROOT/target/test-classes/org/electionresults/ingest/SyntheticExport.class
	if [[ ! -f $generator ]] || [[ -n $(find "$ROOT/src/test" -newer "$generator" -type f -print -quit) ]]; then
		log "compiling test classes"
		(cd "$ROOT" && ./mvnw -o -q test-compile)
	fi
}

# generate FILE ARGS...: a synthetic export (see SyntheticExport); the generator's summary goes to FILE.log.
generate() {
	local file=$1
	shift
	java -cp "$TEST_CP" org.electionresults.ingest.SyntheticExport --out "$file" "$@" 2>"$file.log" \
		|| { cat "$file.log" >&2; die "generator failed"; }
	head -1 "$file.log" >&2
}

# start_app DATA_DIR PORT LOG [JVM options...]: starts the jar in the background; sets APP_PID.
start_app() {
	local data=$1 port=$2 logfile=$3
	shift 3
	# shellcheck disable=SC2086
	ELECTIONS_DATA_DIR=$data ELECTIONS_ADMIN_USERNAME=$ADMIN_USER ELECTIONS_ADMIN_PASSWORD=$ADMIN_PASS \
		java $APP_JAVA_OPTS "$@" -jar "$JAR" --server.port="$port" >"$logfile" 2>&1 &
	APP_PID=$!
	APP_DATA=$data
	APP_PORT=$port
	APP_LOG=$logfile
	STARTED_APPS+=("$APP_PID:$data")
}

# wait_healthy [TIMEOUT_S]: polls /actuator/health of the last started app until UP.
wait_healthy() {
	local timeout=${1:-120} deadline
	deadline=$(($(date +%s) + timeout))
	while :; do
		if curl -fsS --max-time 2 "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
			return 0
		fi
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			tail -30 "$APP_LOG" >&2
			die "the app exited during start (log: $APP_LOG)"
		fi
		if (($(date +%s) > deadline)); then
			tail -30 "$APP_LOG" >&2
			die "the app was not healthy after ${timeout}s (log: $APP_LOG)"
		fi
		sleep 0.05
	done
}

# wait_admin [TIMEOUT_S]: /actuator/health says UP before the ApplicationRunner that creates the
# administrator has run; this waits until the administrator can sign in.
wait_admin() {
	local timeout=${1:-60} deadline
	deadline=$(($(date +%s) + timeout))
	until [[ $(curl -sS -o /dev/null -w '%{http_code}' -u "$ADMIN_USER:$ADMIN_PASS" \
		"http://127.0.0.1:$APP_PORT/api/admin/uploads") == 200 ]]; do
		(($(date +%s) <= deadline)) || die "the administrator could not sign in after ${timeout}s"
		sleep 0.05
	done
}

# The embedded PostgreSQL's port, from the log of the last started app.
pg_port() {
	sed -n 's/.*Database: embedded PostgreSQL on port \([0-9][0-9]*\).*/\1/p' "$APP_LOG" | tail -1
}

# psql against the last started app's embedded PostgreSQL.
pg() {
	psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U postgres -d postgres "$@"
}

# empty_count: back to the empty count of the app whose PostgreSQL is PG_PORT (publication 0 as the
# migration made it, data version 0), then a checkpoint, between measured uploads.
empty_count() {
	pg -c "TRUNCATE review_flag, area_total, count_point, tally, mesa, upload_file, upload, publication, mesa_history" \
		-c "UPDATE election SET data_version = 0, updated_at = NULL" -c "SELECT publication_zero(id) FROM election" \
		-c "CHECKPOINT" >/dev/null
}

# Peak resident set (VmHWM) of a process, in MB, or "n/a".
peak_rss_mb() {
	awk '/^VmHWM/ { printf "%.0f", $2 / 1024; found = 1 } END { if (!found) print "n/a" }' "/proc/$1/status" 2>/dev/null \
		|| echo "n/a"
}

# stop_process PID SIGNAL SECONDS FORCE_SIGNAL: sends SIGNAL, waits up to SECONDS for PID to end,
# then sends FORCE_SIGNAL and returns 1.
stop_process() {
	local pid=$1 signal=$2 seconds=$3 force=$4 _
	kill "-$signal" "$pid" 2>/dev/null || true
	for _ in $(seq $((seconds * 10))); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.1
	done
	kill "-$force" "$pid" 2>/dev/null || true
	return 1
}

# Stops a PostgreSQL left running in PGDATA (after a kill -9 of the app), if any.
stop_leftover_postgres() {
	local pgdata=$1 pid
	[[ -f $pgdata/postmaster.pid ]] || return 0
	pid=$(head -1 "$pgdata/postmaster.pid" 2>/dev/null || true)
	[[ $pid =~ ^[0-9]+$ ]] || return 0
	if kill -0 "$pid" 2>/dev/null && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
		log "stopping leftover PostgreSQL $pid in $pgdata"
		stop_process "$pid" INT 30 KILL || true
	fi
}

# stop_app PID DATA_DIR: SIGTERM (the app then stops its PostgreSQL), wait, and make sure the
# PostgreSQL is gone too.
stop_app() {
	local pid=$1 data=$2
	if kill -0 "$pid" 2>/dev/null; then
		stop_process "$pid" TERM 60 KILL || log "app $pid did not stop within 60 s: killed it"
		wait "$pid" 2>/dev/null || true
	fi
	stop_leftover_postgres "$data/postgres"
}

# start_nginx ROOT_DIR PORT WORK_DIR: serves ROOT_DIR's files on 127.0.0.1:PORT with a minimal
# config (one worker per core, access log off, ETag on); sets NGINX_PID_FILE.
start_nginx() {
	local docroot=$1 port=$2 work=$3 _
	mkdir -p "$work/logs" "$work/tmp"
	# Started as root, nginx would run its workers as nobody, who cannot read the private scratch dirs.
	local user_line=""
	(($(id -u) != 0)) || user_line="user root;"
	cat >"$work/nginx.conf" <<EOF
$user_line
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types { text/html html; application/json json; }
    default_type application/octet-stream;
    server {
        listen 127.0.0.1:$port;
        root $docroot;
        etag on;
    }
}
EOF
	nginx -p "$work" -c "$work/nginx.conf" -e "$work/logs/error.log"
	NGINX_PID_FILE=$work/nginx.pid
	STARTED_NGINX+=("$NGINX_PID_FILE")
	for _ in $(seq 100); do
		[[ -s $NGINX_PID_FILE ]] && curl -sS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && return 0
		sleep 0.05
	done
	die "nginx did not start (see $work/logs/error.log)"
}

stop_nginx() {
	local pidfile=$1
	[[ -s $pidfile ]] || return 0
	stop_process "$(cat "$pidfile")" QUIT 5 TERM || true
}

# start_floor PORT BODY_FILE HEADERS_FILE: the bare-Tomcat floor (bench/java/TomcatFloor.java) with the
# Tomcat of the app's jar, serving BODY_FILE with the headers in HEADERS_FILE; sets FLOOR_PID.
start_floor() {
	local port=$1 _
	if [[ ! -s ${FLOOR_CP:-} ]]; then
		FLOOR_DIR=$(mktemp -d "${TMPDIR:-/tmp}/bench-floor.XXXXXX")
		TMP_DIRS+=("$FLOOR_DIR")
		unzip -q -j -o "$JAR" 'BOOT-INF/lib/tomcat-embed-core-*.jar' -d "$FLOOR_DIR"
		FLOOR_CP=$(ls "$FLOOR_DIR"/tomcat-embed-core-*.jar)
	fi
	java -Xmx256m -cp "$FLOOR_CP" "$BENCH_DIR/java/TomcatFloor.java" "$@" >"$FLOOR_DIR/floor-$port.log" 2>&1 &
	FLOOR_PID=$!
	STARTED_FLOORS+=("$FLOOR_PID")
	for _ in $(seq 600); do
		curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && return 0
		kill -0 "$FLOOR_PID" 2>/dev/null || break
		sleep 0.05
	done
	cat "$FLOOR_DIR/floor-$port.log" >&2
	die "the Tomcat floor did not start"
}

stop_floor() {
	kill "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}

bench_cleanup() {
	local rc=$? entry pidfile dir pid
	trap - EXIT INT TERM
	for pid in "${STARTED_FLOORS[@]}"; do
		stop_floor "$pid"
	done
	for pidfile in "${STARTED_NGINX[@]}"; do
		stop_nginx "$pidfile"
	done
	for entry in "${STARTED_APPS[@]}"; do
		stop_app "${entry%%:*}" "${entry#*:}"
	done
	if [[ ${KEEP_TMP:-} != 1 ]]; then
		for dir in "${TMP_DIRS[@]}"; do
			rm -rf "$dir"
		done
	fi
	exit "$rc"
}

install_cleanup() {
	trap bench_cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}
