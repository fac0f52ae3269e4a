#!/usr/bin/env bash
# Live updates (issue 17): what open pages polling the version resource cost while uploads commit.
#
#   bench/live.sh [scale]          default: 1 (national size)
#
# A fresh app (-Xmx256m) gets the national export; then wrk with bench/lua/poll.lua, each connection
# one open page polling GET /api/version with If-None-Match like assets/js/live.js:
#   1. capacity: CONNECTIONS (256) pages polling back to back for RUN_SECONDS (10), quiet, then while
#      corrected exports commit one after the other;
#   2. held pages: PAGES (10000) open pages (bench/pollers.py), each on its own keep-alive connection,
#      polling every INTERVAL_MS (15000, times 0.7-1.3) and fetching / again when the version moved;
#      they connect over RAMP seconds (20), then poll for HOLD seconds (60) while exports commit.
# After each: the app's threads (/proc/PID/status), its resident memory, open connections (ss).
# Environment: CONNECTIONS, RUN_SECONDS, PAGES, INTERVAL_MS, RAMP, HOLD, VARIANTS (24), CORRECTED (0.02), KEEP_TMP=1.
# Raw results: bench/out/live-<timestamp>/.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need java curl jq wrk ss awk python3
install_cleanup

SCALE=${1:-1}
CONNECTIONS=${CONNECTIONS:-256}
SECONDS_RUN=${RUN_SECONDS:-10}
PAGES=${PAGES:-10000}
INTERVAL_MS=${INTERVAL_MS:-15000}
HOLD=${HOLD:-60}
RAMP=${RAMP:-20}
VARIANTS=${VARIANTS:-24}
CORRECTED=${CORRECTED:-0.02}
OUT=$(out_dir live)
make_tmp_dir live
ensure_built
log "results in $OUT; load average $(cut -d' ' -f1-3 /proc/loadavg)"
(($(ulimit -n) > PAGES + 1000)) || ulimit -n $((PAGES + 2000)) || die "ulimit -n too low for $PAGES connections"

base=$TMP/export.csv
generate "$base" --scale "$SCALE" --seed 42 --layout UNION_HEADER
for i in $(seq "$VARIANTS"); do
	generate "$TMP/variant-$i.csv" --scale "$SCALE" --seed 42 --layout UNION_HEADER --correct "$CORRECTED" --variant "$i"
done

next_port
start_app "$TMP/data" "$PORT" "$OUT/app.log"
wait_healthy 180
wait_admin

post() {
	curl -sS -u "$ADMIN_USER:$ADMIN_PASS" -F "file=@$1;type=text/csv" -o /dev/null -w '%{http_code}' \
		"http://127.0.0.1:$APP_PORT/api/admin/uploads" || echo 000
}
log "base upload: $(post "$base")"

# uploads SECONDS: posts the next variants in turn for SECONDS; one line per upload in uploads.txt.
# (VARIANTS must outnumber the uploads of the whole run, or a repeated variant is a duplicate.)
echo 0 >"$TMP/last-variant"
uploads() {
	local until=$(($(date +%s) + $1)) next
	while (($(date +%s) < until)); do
		next=$(($(cat "$TMP/last-variant") % VARIANTS + 1))
		echo "$next" >"$TMP/last-variant"
		echo "$(date +%T) variant-$next $(post "$TMP/variant-$next.csv")" >>"$OUT/uploads.txt"
	done
}

# observe NAME: the app's threads, resident memory and established connections to it, now.
observe() {
	local threads rss conns
	threads=$(awk '/^Threads:/ { print $2 }' "/proc/$APP_PID/status")
	rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
	conns=$(ss -Htn state established "( sport = :$APP_PORT )" | wc -l)
	echo "$1: threads $threads, RSS $rss MB, established connections $conns" | tee -a "$OUT/observed.txt" >&2
}

# poll NAME CONNECTIONS SECONDS INTERVAL_MS [uploads]: one wrk run; prints its summary line.
poll() {
	local file=$OUT/wrk-$1.txt loop=""
	if [[ ${5:-} == uploads ]]; then
		uploads "$3" &
		loop=$!
	fi
	INTERVAL_MS=$4 wrk -t2 -c"$2" -d"$3s" --timeout 10s --latency -s "$BENCH_DIR/lua/poll.lua" \
		"http://127.0.0.1:$APP_PORT/api/version" >"$file" 2>&1 &
	local wrk_pid=$!
	sleep $(($3 - 3))
	observe "$1 (during)"
	wait "$wrk_pid" || log "wrk exited with an error (see $file)"
	[[ -z $loop ]] || wait "$loop"
	printf '%-28s %8s req/s  p50 %8s  p99 %8s  %s  socket errors: %s\n' "$1" \
		"$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$file")" \
		"$(awk '$1 == "50%" { print $2 }' "$file")" "$(awk '$1 == "99%" { print $2 }' "$file")" \
		"$(awk -F'\t' '$1 == "answers" { print $2 ", " $3 ", " $4 }' "$file")" \
		"$(awk '/Socket errors:/ { sub(/^ *Socket errors: */, ""); print } END { }' "$file" | head -1)"
}

# held NAME: PAGES open pages (bench/pollers.py) while exports commit; prints its summary line.
held() {
	local file=$OUT/pollers-$1.json
	python3 "$BENCH_DIR/pollers.py" --port "$APP_PORT" --pages "$PAGES" --interval "$((INTERVAL_MS / 1000))" \
		--ramp "$RAMP" --hold "$HOLD" --page / --out "$file" >/dev/null &
	local pollers=$!
	sleep "$RAMP"
	observe "$1 (connected)"
	uploads "$((HOLD - 5))" &
	local loop=$!
	sleep "$((HOLD - 10))"
	observe "$1 (during uploads)"
	wait "$loop"
	wait "$pollers" || log "pollers.py exited with an error"
	echo "$1: $(cat "$file")"
}

observe "idle after the base upload"
SUMMARY=()
SUMMARY+=("$(poll capacity-quiet "$CONNECTIONS" "$SECONDS_RUN" 0)")
SUMMARY+=("$(poll capacity-uploads "$CONNECTIONS" "$SECONDS_RUN" 0 uploads)")
SUMMARY+=("$(held "held-$PAGES-pages")")
observe "after"
{
	echo
	echo "Live updates, $(date -u +%FT%TZ), $(nproc) cores, scale ${SCALE}x, JVM options: $APP_JAVA_OPTS, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	printf '%s\n' "${SUMMARY[@]}"
	cat "$OUT/observed.txt"
	echo "uploads committed during the runs: $(grep -c ' 201$' "$OUT/uploads.txt" || true) of $(grep -c . "$OUT/uploads.txt")"
} | tee "$OUT/summary.txt"
