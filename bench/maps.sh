#!/usr/bin/env bash
# Pages with a map: uncached render time and bytes transferred.
#
#   bench/maps.sh [sample|synthetic]       default: sample
#
# A fresh app (-Xmx256m) on a fresh data directory, one upload: the real partial export of
# 19 October 2020 (sample, 1,657 of 35,600 mesas) or a synthetic national export at scale 1
# (synthetic: every mesa counted). Then for each page in PAGES, RUNS sequential requests with
# ?lang=es, which the page cache never serves (so each one renders: the database reads, the maps and
# Thymeleaf), after WARMUP rounds over all the pages; prints median, p95 and max of curl's time_total, the raw size
# and the size gzip -6 gives (what server.compression sends to a browser), and the CPU time per render
# of the app's JVM and its embedded PostgreSQL together (utime + stime of the processes, which wall
# time on a shared, loaded machine does not show).
# Environment: PAGES, RUNS (40), WARMUP (10 rounds), START_TIMEOUT (400 s, for a loaded machine), KEEP_TMP=1.
# Targets (issue 15): render < 100 ms; < 200 KB transferred.
# Raw results: bench/out/maps-<timestamp>/ (results.tsv, bodies, app log).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need java curl jq awk gzip ss
install_cleanup

SOURCE=${1:-sample}
read -r -a PAGE_LIST <<<"${PAGES:-/departments / /maps /maps?layer=share&party=CC /maps?layer=turnout /maps?layer=counted /maps?layer=swing&party=MAS_IPSP /maps?layer=flags /departments/2 /departments/7 /departments/9}"
RUNS=${RUNS:-40}
WARMUP=${WARMUP:-10}
OUT=$(out_dir maps)
make_tmp_dir maps
RESULTS=$OUT/results.tsv
ensure_built
log "results in $OUT"

case $SOURCE in
	sample) export_file=$ROOT/src/main/resources/demo/oep-export-2020-10-19-partial.csv ;;
	synthetic)
		export_file=$TMP/export-1x.csv
		generate "$export_file" --scale 1 --seed 42 --layout UNION_HEADER
		;;
	*) die "unknown source $SOURCE (sample or synthetic)" ;;
esac

next_port
start_app "$TMP/data" "$PORT" "$OUT/app.log"
wait_healthy "${START_TIMEOUT:-400}"
wait_admin
answer=$(curl -sS -u "$ADMIN_USER:$ADMIN_PASS" -F "file=@$export_file;type=text/csv" -o "$OUT/upload.json" \
	-w '%{http_code}' "http://127.0.0.1:$APP_PORT/api/admin/uploads")
[[ $(jq -r .status "$OUT/upload.json") == COMMITTED ]] || die "the upload did not commit (HTTP $answer)"
log "upload ($SOURCE): $(jq -r '"\(.status) \(.rows) rows"' "$OUT/upload.json")"

# cpu_ms PID: CPU time in ms used so far by PID and all its descendants (live ones).
cpu_ms() {
	local pids=("$1") i=0 child
	while ((i < ${#pids[@]})); do
		for child in $(ps -o pid= --ppid "${pids[$i]}" 2>/dev/null); do pids+=("$child"); done
		i=$((i + 1))
	done
	local ticks=0 pid
	for pid in "${pids[@]}"; do
		[[ -r /proc/$pid/stat ]] || continue
		ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
	done
	echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

printf 'source\tpage\tstatus\tbytes\tgzip_bytes\tmedian_ms\tp95_ms\tmax_ms\tcpu_ms_per_render\n' >"$RESULTS"
# url_of PAGE: the page with ?lang=es (or &lang=es), which bypasses the page cache.
url_of() {
	local sep='?'
	[[ $1 != *\?* ]] || sep='&'
	echo "http://127.0.0.1:$APP_PORT$1${sep}lang=es"
}

# Warm every page up first (the JIT compiles the shared code while the first pages are measured
# otherwise), WARMUP rounds over all of them.
for ((i = 0; i < WARMUP; i++)); do
	for page in "${PAGE_LIST[@]}"; do curl -sS -o /dev/null "$(url_of "$page")"; done
done

for page in "${PAGE_LIST[@]}"; do
	sep='?'
	[[ $page != *\?* ]] || sep='&'
	url="http://127.0.0.1:$APP_PORT$page${sep}lang=es"
	body=$OUT/body-$(printf '%s' "$page" | tr -c 'a-zA-Z0-9' '_').html
	status=$(curl -sS -o "$body" -w '%{http_code}' "$url")
	if [[ $status != 200 ]]; then
		log "$page answered $status: skipped"
		continue
	fi
	times=$OUT/times-$(basename "$body" .html).txt
	cpu_before=$(cpu_ms "$APP_PID")
	for ((i = 0; i < RUNS; i++)); do
		curl -sS -o /dev/null -w '%{time_total}\n' "$url"
	done >"$times"
	cpu=$(awk -v a="$cpu_before" -v b="$(cpu_ms "$APP_PID")" -v n="$RUNS" 'BEGIN { printf "%.1f", (b - a) / n }')
	bytes=$(wc -c <"$body")
	gz=$(gzip -6 -c "$body" | wc -c)
	read -r median p95 max < <(sort -n "$times" | awk '{ t[NR] = $1 * 1000 } END {
		printf "%.1f %.1f %.1f\n", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.999)], t[NR] }')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$SOURCE" "$page" "$status" "$bytes" "$gz" "$median" "$p95" "$max" "$cpu" >>"$RESULTS"
done
log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
column -t -s $'\t' "$RESULTS"
