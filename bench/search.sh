#!/usr/bin/env bash
# Search (issue 15): wrk on /api/search and /search with typical queries, answered uncached.
#
#   bench/search.sh [scale]          default: 1 (national size: 35,600 mesas in the mesa table)
#
# A fresh app (-Xmx256m) gets a synthetic national export (its mesas and localities become
# searchable). It is measured twice, on the same data: with the page cache OFF (every request runs the
# search; CONNECTIONS, default "2 8", wrk connections each) and as it runs in production, cache ON
# (a repeated query is answered from the page of its data version; 8 connections). Per query set,
# wrk -t2 for DURATION seconds (default 10) after a 2 s warm-up, each request taking the next query of
# the set in turn:
#   names   place, candidate and party names, some misspelt or without accents (bench/search-queries.txt)
#   numbers 200 mesa codes drawn from the uploaded export (exact lookup)
# Prints requests/s and p50/p99 per set and path. Raw results: bench/out/search-<timestamp>/.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need java curl jq psql wrk ss awk
install_cleanup

SCALE=${1:-1}
SECONDS_RUN=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-2 8}
OUT=$(out_dir search)
make_tmp_dir search
ensure_built
log "results in $OUT; load average $(cut -d' ' -f1-3 /proc/loadavg)"

generate "$TMP/export.csv" --scale "$SCALE" --seed 42 --layout UNION_HEADER
next_port
PORT_USED=$PORT
ELECTIONS_CACHE_ENABLED=false start_app "$TMP/data" "$PORT_USED" "$OUT/app-cache-off.log"
wait_healthy 180
wait_admin
PG_PORT=$(pg_port)
status=$(curl -sS -u "$ADMIN_USER:$ADMIN_PASS" -F "file=@$TMP/export.csv;type=text/csv" -o "$OUT/upload.json" \
	-w '%{http_code}' "http://127.0.0.1:$APP_PORT/api/admin/uploads")
log "upload: $status $(jq -r '.status' "$OUT/upload.json")"
# The upload leaves autovacuum work (70,000 new tally rows) that would otherwise run during the
# measurement and compete for the two cores; done here, so the figures are the search's own.
pg -c "VACUUM ANALYZE"

cp "$BENCH_DIR/search-queries.txt" "$OUT/names.txt"
pg -At -c "SELECT code FROM mesa ORDER BY md5(code::text) LIMIT 200" >"$OUT/numbers.txt"

summary=$OUT/summary.txt
{
	echo "Search, $(date -u +%FT%TZ), $(nproc) cores, scale ${SCALE}x, wrk -t2 -d${SECONDS_RUN}s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	printf '%-9s %-5s %-8s %-12s %10s %9s %9s %9s\n' cache conns set path "req/s" "p50 ms" "p99 ms" non-200
} >"$summary"

# measure CACHE CONNECTIONS: every query set on both paths against the running app.
measure() {
	local cache=$1 conns=$2 set path slug rps p50 p99 bad
	for set in names numbers; do
		for path in /api/search /search; do
			slug=$cache-c$conns-$set-${path//\//_}
			SEARCH_PATH=$path QUERIES=$OUT/$set.txt wrk -t2 -c"$conns" -d2s -s "$BENCH_DIR/lua/queries.lua" \
				"http://127.0.0.1:$APP_PORT" >/dev/null 2>&1 || true
			SEARCH_PATH=$path QUERIES=$OUT/$set.txt wrk -t2 -c"$conns" -d"${SECONDS_RUN}s" --latency \
				-s "$BENCH_DIR/lua/queries.lua" "http://127.0.0.1:$APP_PORT" >"$OUT/wrk-$slug.txt" 2>&1 \
				|| log "wrk exited with an error (see $OUT/wrk-$slug.txt)"
			rps=$(awk '/Requests\/sec/ { print $2 }' "$OUT/wrk-$slug.txt")
			p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$OUT/wrk-$slug.txt")")
			p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$OUT/wrk-$slug.txt")")
			bad=$(awk -F'\t' '$1 == "non-200" { print $2 }' "$OUT/wrk-$slug.txt")
			printf '%-9s %-5s %-8s %-12s %10s %9s %9s %9s\n' "$cache" "$conns" "$set" "$path" "$rps" "$p50" "$p99" "${bad:-?}" >>"$summary"
		done
	done
}

for conns in $CONNECTIONS; do
	measure off "$conns"
done
stop_app "$APP_PID" "$APP_DATA"
ELECTIONS_CACHE_ENABLED=true start_app "$TMP/data" "$PORT_USED" "$OUT/app-cache-on.log"
wait_healthy 180
measure on 8
cat "$summary"
