#!/usr/bin/env bash
# Interleaved A/B of the national upload: two builds of the app side by side, each on its own fresh
# embedded PostgreSQL, one national upload into an emptied count on each in turn. On a machine whose
# speed moves by 20 % within the hour, only uploads interleaved like this compare two versions.
#
#   bench/ingest-ab.sh OLD.jar [NEW.jar] [UPLOADS]     NEW defaults to target/ (built if stale), 8 uploads
#
# An old jar: git worktree add /tmp/old <commit> && (cd /tmp/old && ./mvnw -q package -DskipTests).
# Prints, per build, the median of the whole request (curl) and of each step of the upload's
# transaction (statement durations from PostgreSQL's log, log_min_duration_statement = 0, summed by
# bench/py/upload_steps.py). Raw files: bench/out/ingest-ab-<timestamp>/.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need java curl psql python3 ss awk
install_cleanup

OLD_JAR=${1:?usage: bench/ingest-ab.sh OLD.jar [NEW.jar] [UPLOADS]}
NEW_JAR=${2:-}
UPLOADS=${3:-8}
if [[ -z $NEW_JAR ]]; then
	ensure_built
	NEW_JAR=$JAR
fi
OUT=$(out_dir ingest-ab)
make_tmp_dir ingest-ab
export_file=$TMP/export-1x.csv
generate "$export_file" --scale 1 --seed 42 --layout UNION_HEADER

declare -A PORTS PG_PORTS DATA_DIRS
# start NAME JAR: the jar on a fresh data directory, its PostgreSQL logging every statement.
start() {
	local name=$1 jar=$2 data=$TMP/data-$1
	JAR=$jar
	next_port
	start_app "$data" "$PORT" "$OUT/app-$name-setup.log"
	wait_healthy 180
	PG_PORT=$(pg_port)
	pg -c "ALTER SYSTEM SET logging_collector = on" -c "ALTER SYSTEM SET log_min_duration_statement = 0" \
		-c "ALTER SYSTEM SET log_line_prefix = '%m [%p] '" -c "ALTER SYSTEM SET log_parameter_max_length = 0"
	stop_app "$APP_PID" "$data"
	start_app "$data" "$PORT" "$OUT/app-$name.log"
	wait_healthy 180
	wait_admin
	PORTS[$name]=$APP_PORT PG_PORTS[$name]=$(pg_port) DATA_DIRS[$name]=$data
	log "$name: $jar on port $APP_PORT, PostgreSQL on ${PG_PORTS[$name]}"
}

# upload NAME N: empties the count of NAME, uploads the export, keeps the curl time and the statements.
upload() {
	local name=$1 n=$2 logfile start
	PG_PORT=${PG_PORTS[$name]}
	empty_count
	logfile=$(ls -t "${DATA_DIRS[$name]}"/postgres/log/*.log | head -1)
	start=$(($(wc -l <"$logfile") + 1))
	curl -sS -u "$ADMIN_USER:$ADMIN_PASS" -F "file=@$export_file;type=text/csv" -F snapshot=true \
		-o "$OUT/$name-$n.json" -w '%{http_code} %{time_total}\n' "http://127.0.0.1:${PORTS[$name]}/api/admin/uploads" \
		>"$OUT/$name-$n.txt"
	sleep 0.3
	tail -n +"$start" "$logfile" | grep 'duration: ' | sed 's/.*duration: \([0-9.]*\) ms *[a-z]* [^:]*: /\1 /' >>"$OUT/$name-$n.txt"
}

start old "$OLD_JAR"
start new "$NEW_JAR"
# One upload each first, not counted: the first national upload after a start is slower.
upload old 0
upload new 0
for ((n = 1; n <= UPLOADS; n++)); do
	upload old "$n"
	upload new "$n"
done
{
	echo "Interleaved national uploads, $(date -u +%FT%TZ), $(nproc) cores, $UPLOADS each (after one not counted)"
	echo "old: $OLD_JAR"
	echo "new: $NEW_JAR"
	python3 "$BENCH_DIR/py/upload_steps.py" "$OUT"/old-[1-9]*.txt -- "$OUT"/new-[1-9]*.txt
} | tee "$OUT/summary.txt"
