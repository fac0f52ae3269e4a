#!/usr/bin/env bash
# Startup benchmark: time from `java -jar` to GET /actuator/health = UP with the embedded PostgreSQL.
#
#   bench/startup.sh                RUNS=3 by default
#
# Three cases, RUNS times each:
#   first-start  fresh data directory and PostgreSQL binaries not yet unpacked (a new machine):
#                the app runs with -Dot.epg.working-dir=<empty dir>, so zonky unpacks them again
#   cold         fresh data directory (initdb + Flyway migrations), binaries already unpacked
#   warm         the data directory of the previous run (PostgreSQL start only, schema up to date)
# Reported per run: health UP, administrator able to sign in (the ApplicationRunner that creates it
# runs after health is already UP), Spring's own "Started ... in" figure, and the time to stop on SIGTERM.
# Raw results: bench/out/startup-<timestamp>/ (results.tsv, app logs).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need java curl ss awk
install_cleanup

RUNS=${RUNS:-3}
OUT=$(out_dir startup)
make_tmp_dir startup
RESULTS=$OUT/results.tsv
ensure_built
log "results in $OUT"
printf 'case\trun\thealthy_s\tadmin_s\tspring_started_s\tstop_s\n' >"$RESULTS"

# measure CASE RUN DATA_DIR [JVM options...]
measure() {
	local name=$1 run=$2 data=$3 t0 t1 t2 t3 started
	shift 3
	next_port
	t0=$(now_ns)
	start_app "$data" "$PORT" "$OUT/app-$name-$run.log" "$@"
	wait_healthy 180
	t1=$(now_ns)
	wait_admin
	t2=$(now_ns)
	started=$(sed -n 's/.*Started ElectionResultsApplication in \([0-9.]*\) seconds.*/\1/p' "$APP_LOG" | tail -1)
	t3=$(now_ns)
	stop_app "$APP_PID" "$data"
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$run" "$(secs "$t0" "$t1")" "$(secs "$t0" "$t2")" "${started:-n/a}" \
		"$(secs "$t3" "$(now_ns)")" >>"$RESULTS"
	log "$name run $run: healthy after $(secs "$t0" "$t1") s, admin after $(secs "$t0" "$t2") s"
}

for ((run = 1; run <= RUNS; run++)); do
	measure first-start "$run" "$TMP/first-$run" "-Dot.epg.working-dir=$TMP/epg-$run"
	rm -rf "$TMP/epg-$run"
done
for ((run = 1; run <= RUNS; run++)); do
	measure cold "$run" "$TMP/cold-$run"
done
# Warm: reuse the last cold data directory.
for ((run = 1; run <= RUNS; run++)); do
	measure warm "$run" "$TMP/cold-$RUNS"
done

{
	echo
	echo "Startup benchmark, $(date -u +%FT%TZ), $(nproc) cores, JVM options: $APP_JAVA_OPTS"
	column -t -s $'\t' "$RESULTS"
	echo
	awk -F'\t' 'NR > 1 { n[$1]++; h[$1, n[$1]] = $3; a[$1, n[$1]] = $4; s[$1, n[$1]] = $6; order[$1] = NR }
		END {
			split("first-start cold warm", cases, " ")
			for (i = 1; i <= 3; i++) {
				c = cases[i]
				if (!(c in n)) continue
				printf "%-12s healthy: median %s s (runs: ", c, median(h, c, n[c])
				for (j = 1; j <= n[c]; j++) printf "%s%s", h[c, j], (j < n[c] ? " " : "")
				printf ")  admin ready: median %s s  stop: median %s s\n", median(a, c, n[c]), median(s, c, n[c])
			}
		}
		function median(v, c, k,    arr, j, t, x) {
			for (j = 1; j <= k; j++) arr[j] = v[c, j] + 0
			for (j = 2; j <= k; j++) { t = arr[j]; x = j - 1; while (x > 0 && arr[x] > t) { arr[x + 1] = arr[x]; x-- } arr[x + 1] = t }
			return (k % 2) ? arr[(k + 1) / 2] : (arr[k / 2] + arr[k / 2 + 1]) / 2
		}' "$RESULTS"
} | tee "$OUT/summary.txt"
