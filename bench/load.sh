#!/usr/bin/env bash
# Load under uploads (issue 7): wrk against public pages while corrected exports keep committing,
# then a check that every total a page showed equals some committed state.
#
#   bench/load.sh [scale]          default: 1 (national size)
#
# A fresh app (-Xmx256m) on a fresh data directory gets the national export; then, per page in PAGES,
# wrk (-t2 -c64, with bench/lua/totals.lua) runs QUIET seconds with no upload and LOADED seconds while
# a loop posts corrected variants of the export (2 % of the mesas changed each time) one after the
# other, pausing PAUSE seconds between them; a WARMUP run first renders the page once in this JVM.
# wrk time in all: 2 x (WARMUP + QUIET + LOADED) = 60 s by default.
# Every distinct total seen (emitted and valid votes from the API; valid votes stated on the overview)
# must equal the national presidential count_point of a committed upload.
# Environment: PAGES ("/api/results/president /"), WARMUP (2), QUIET (8), LOADED (20), PAUSE (1), VARIANTS (16),
#   CORRECTED (0.02), CONNECTIONS (64), THREADS (2), SEED (42), KEEP_TMP=1.
# Raw results: bench/out/load-<timestamp>/ (wrk outputs, upload responses, app log, summary.txt).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need java curl jq psql wrk ss awk
install_cleanup

SCALE=${1:-1}
read -r -a PAGE_LIST <<<"${PAGES:-/api/results/president /}"
QUIET=${QUIET:-8}
LOADED=${LOADED:-20}
PAUSE=${PAUSE:-1}
VARIANTS=${VARIANTS:-16}
WARMUP=${WARMUP:-2}
CORRECTED=${CORRECTED:-0.02}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
SEED=${SEED:-42}
OUT=$(out_dir load)
make_tmp_dir load
ensure_built
log "results in $OUT; load average $(cut -d' ' -f1-3 /proc/loadavg)"

base=$TMP/export.csv
generate "$base" --scale "$SCALE" --seed "$SEED" --layout UNION_HEADER
for i in $(seq "$VARIANTS"); do
	generate "$TMP/variant-$i.csv" --scale "$SCALE" --seed "$SEED" --layout UNION_HEADER --correct "$CORRECTED" --variant "$i"
done

next_port
start_app "$TMP/data" "$PORT" "$OUT/app.log"
wait_healthy 180
wait_admin
PG_PORT=$(pg_port)

# post FILE NAME: one upload through the API; prints "http status".
post() {
	curl -sS -u "$ADMIN_USER:$ADMIN_PASS" -F "file=@$1;type=text/csv" -o "$OUT/upload-$2.json" -w '%{http_code}' \
		"http://127.0.0.1:$APP_PORT/api/admin/uploads" || echo 000
	echo " $(jq -r '.status // "?"' "$OUT/upload-$2.json" 2>/dev/null || echo '?')"
}

log "base upload: $(post "$base" base)"

# upload_loop SECONDS TAG: posts the next variants in turn until SECONDS have passed (VARIANTS must
# outnumber the uploads of the whole run, or a repeated variant is a duplicate that changes nothing).
echo 0 >"$TMP/last-variant"
upload_loop() {
	local until=$(($(date +%s) + $1)) i
	while (($(date +%s) < until)); do
		i=$(($(cat "$TMP/last-variant") % VARIANTS + 1))
		echo "$i" >"$TMP/last-variant"
		printf '%s %s %s\n' "$(date +%T.%N | cut -c1-12)" "variant-$i" "$(post "$TMP/variant-$i.csv" "$2-$(date +%s%N)")" \
			>>"$OUT/uploads.txt"
		sleep "$PAUSE"
	done
}

# run_wrk NAME URL SECONDS MODE: wrk with the totals script; sets RPS, P99 (ms), ERRORS.
run_wrk() {
	local file=$OUT/wrk-$1.txt
	MODE=$4 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3s" --latency -s "$BENCH_DIR/lua/totals.lua" "$2" >"$file" 2>&1 \
		|| log "wrk exited with an error (see $file)"
	RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$file")
	P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
	REQUESTS=$(awk '/requests in/ { print $1 }' "$file")
	ERRORS=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } /^not200/ { n += $2 } END { print n + 0 }' "$file")
}

SUMMARY=()
for page in "${PAGE_LIST[@]}"; do
	mode=json
	[[ $page == /api/* ]] || mode=html
	slug=$(sed 's#^/$#root#; s#^/##; s#/#-#g' <<<"$page")
	url="http://127.0.0.1:$APP_PORT$page"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$url" >/dev/null 2>&1 || true
	run_wrk "$slug-quiet" "$url" "$QUIET" "$mode"
	quiet_rps=$RPS quiet_p99=$P99 quiet_errors=$ERRORS
	before=$(pg -Atc "SELECT count(*) FROM upload WHERE status = 'COMMITTED'")
	upload_loop "$LOADED" "$slug" &
	loop=$!
	run_wrk "$slug-loaded" "$url" "$LOADED" "$mode"
	wait "$loop"
	after=$(pg -Atc "SELECT count(*) FROM upload WHERE status = 'COMMITTED'")
	SUMMARY+=("$(printf '%-24s quiet %6s req/s p99 %6s ms errors %s | under uploads %6s req/s (%s requests) p99 %6s ms errors %s, %s uploads committed | loaded/quiet %s' \
		"$page" "$quiet_rps" "$quiet_p99" "$quiet_errors" "$RPS" "$REQUESTS" "$P99" "$ERRORS" "$((after - before))" "$(ratio "$RPS" "$quiet_rps")")")
	log "${SUMMARY[-1]}"
done

# Every committed national presidential state: emitted and valid votes (withdrawn parties' marks are not valid).
pg -Atc "
	SELECT c.emitted || ' ' || sum(v) FILTER (WHERE NOT p.withdrawn)
	FROM count_point c CROSS JOIN unnest(c.votes) WITH ORDINALITY AS u(v, position)
	JOIN party p ON p.election_id = c.election_id AND p.position = u.position
	GROUP BY c.upload_id, c.emitted" | sort -u >"$OUT/committed.txt"
awk '{ print "- " $2 }' "$OUT/committed.txt" >>"$OUT/committed.txt"
cat "$OUT"/wrk-*-loaded.txt "$OUT"/wrk-*-quiet.txt | awk -F'\t' '$1 == "seen" { n[$2] += $3 } END { for (k in n) print k "\t" n[k] }' \
	| sort >"$OUT/seen.txt"
unmatched=$(awk -F'\t' 'NR == FNR { ok[$0] = 1; next } !($1 in ok) { print }' "$OUT/committed.txt" "$OUT/seen.txt")
reads=$(awk -F'\t' '{ n += $2 } END { print n + 0 }' "$OUT/seen.txt")
states=$(wc -l <"$OUT/seen.txt")
{
	echo
	echo "Load under uploads, $(date -u +%FT%TZ), $(nproc) cores, scale ${SCALE}x, wrk -t$THREADS -c$CONNECTIONS, ${QUIET}s quiet + ${LOADED}s under uploads per page, JVM options: $APP_JAVA_OPTS"
	printf '%s\n' "${SUMMARY[@]}"
	echo "uploads during the run: $(grep -c . "$OUT/uploads.txt") posted, $(grep -c ' 201 COMMITTED' "$OUT/uploads.txt") committed (201)"
	echo "page reads checked: $reads 200 answers showing $states distinct totals"
	if [[ -z $unmatched ]]; then
		echo "consistency: every total shown equals a committed state"
	else
		echo "consistency: FAILED, totals that match no committed state:"
		echo "$unmatched"
	fi
} | tee "$OUT/summary.txt"
[[ -z $unmatched ]]
