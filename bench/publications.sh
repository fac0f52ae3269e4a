#!/usr/bin/env bash
# Publications benchmark and demonstration: what the publication (manifest with the SHA-256 of the
# three per-mesa files) adds to a national upload, the download of a national per-mesa file (time,
# size, JVM memory), and scripts/verify-publications.sh passing on a server with several uploads,
# then failing once a tally row is changed behind the app's back (psql UPDATE).
#
#   bench/publications.sh [scale...]          default: 1
#
# Per scale, on a fresh data directory and a fresh app (-Xmx256m unless APP_JAVA_OPTS says otherwise):
#   1. three snapshots through POST /api/admin/uploads: the national export, then 99 % counted with
#      2 % corrected, then the national export again with other corrections; the app log's
#      "Publication n … recorded in N ms" is the manifest's cost inside each upload
#   2. DOWNLOADS times each: GET /data/publications/1/president.csv plain and gzip (curl), its
#      SHA-256 against the manifest, the JVM's resident memory before and after, and the peak (VmHWM)
#   3. scripts/verify-publications.sh (OK expected), a psql UPDATE of one tally, the script again
#      (BROKEN expected); both outputs in verify-ok.txt and verify-broken.txt
# Environment: DOWNLOADS (3), SEED (42), KEEP_TMP=1.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need java curl jq psql ss awk sha256sum
install_cleanup

SCALES=("$@")
((${#SCALES[@]} > 0)) || SCALES=(1)
DOWNLOADS=${DOWNLOADS:-3}
SEED=${SEED:-42}
OUT=$(out_dir publications)
make_tmp_dir publications
ensure_built
log "results in $OUT; load average $(cut -d' ' -f1-3 /proc/loadavg)"

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

SUMMARY=()
for scale in "${SCALES[@]}"; do
	log "=== scale ${scale}x"
	files=("$TMP/full-${scale}x.csv" "$TMP/corrected-${scale}x.csv" "$TMP/recorrected-${scale}x.csv")
	generate "${files[0]}" --scale "$scale" --seed "$SEED" --layout UNION_HEADER
	generate "${files[1]}" --scale "$scale" --seed "$SEED" --layout UNION_HEADER --counted 0.99 --correct 0.02
	generate "${files[2]}" --scale "$scale" --seed "$SEED" --layout UNION_HEADER --correct 0.05
	data=$TMP/data-${scale}x
	next_port
	start_app "$data" "$PORT" "$OUT/app-${scale}x.log"
	wait_healthy 180
	wait_admin
	PG_PORT=$(pg_port)
	base=http://127.0.0.1:$APP_PORT

	manifest_ms=()
	for i in 0 1 2; do
		answer=$(curl -sS -u "$ADMIN_USER:$ADMIN_PASS" -F "file=@${files[$i]};type=text/csv" -F snapshot=true \
			-w ' %{time_total}' "$base/api/admin/uploads")
		status=$(jq -r .status <<<"${answer% *}")
		id=$(jq -r .id <<<"${answer% *}")
		ms=$(sed -n "s/.*Publication [0-9]* of upload $id recorded in \([0-9]*\) ms.*/\1/p" "$APP_LOG" | tail -1)
		manifest_ms+=("${ms:-n/a}")
		log "upload $((i + 1)) ($(basename "${files[$i]}")): $status in ${answer##* }s; its publication took ${ms:-n/a} ms"
	done

	curl -fsS -o "$TMP/manifest.json" "$base/data/publications/1/manifest.json"
	want=$(jq -r '.files[] | select(.name == "president.csv") | .sha256' "$TMP/manifest.json")
	rows=$(jq -r '.files[] | select(.name == "president.csv") | .rows' "$TMP/manifest.json")
	rss_before=$(rss_mb "$APP_PID")
	plain=() gzip=()
	for ((run = 1; run <= DOWNLOADS; run++)); do
		read -r t size < <(curl -fsS -o "$TMP/president.csv" -w '%{time_total} %{size_download}\n' \
			"$base/data/publications/1/president.csv")
		got=$(sha256sum "$TMP/president.csv" | cut -d' ' -f1)
		[[ $got == "$want" ]] || die "president.csv of publication 1 has SHA-256 $got, the manifest says $want"
		plain+=("$t") plain_size=$size
		read -r t size < <(curl -fsS -H 'Accept-Encoding: gzip' -o "$TMP/president.csv.gz" \
			-w '%{time_total} %{size_download}\n' "$base/data/publications/1/president.csv")
		[[ $(gunzip -c "$TMP/president.csv.gz" | sha256sum | cut -d' ' -f1) == "$want" ]] || die "gzip download differs"
		gzip+=("$t") gzip_size=$size
		log "download $run: plain ${plain[-1]}s ($plain_size bytes), gzip ${gzip[-1]}s ($gzip_size bytes), SHA-256 as recorded"
	done
	rss_after=$(rss_mb "$APP_PID")
	peak=$(peak_rss_mb "$APP_PID")

	if [[ $scale == "${SCALES[0]}" ]]; then
		"$ROOT/scripts/verify-publications.sh" "$base" | tee "$OUT/verify-ok.txt" >&2 || die "the chain did not verify"
		pg -c "UPDATE tally SET blank = blank + 1, emitted = emitted + 1
		       WHERE id = (SELECT min(id) FROM tally WHERE ballot = 'PRESIDENT' AND upload_id = (SELECT min(id) FROM upload))" \
			| tee "$OUT/tamper.txt" >&2
		if "$ROOT/scripts/verify-publications.sh" "$base" >"$OUT/verify-broken.txt" 2>&1; then
			die "the chain still verified after a tally was changed"
		fi
		cat "$OUT/verify-broken.txt" >&2
	fi
	stop_app "$APP_PID" "$data"
	median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
	SUMMARY+=("$(printf '%-4s publication per upload: %s ms (3 snapshots) | president.csv of publication 1 (%s rows): plain %s bytes in %ss, gzip %s bytes in %ss (medians of %d) | JVM RSS %s -> %s MB, peak %s MB' \
		"${scale}x" "${manifest_ms[*]}" "$rows" "$plain_size" "$(median "${plain[@]}")" "$gzip_size" "$(median "${gzip[@]}")" \
		"$DOWNLOADS" "$rss_before" "$rss_after" "$peak")")
done

{
	echo
	echo "Publications benchmark, $(date -u +%FT%TZ), $(nproc) cores, JVM options: $APP_JAVA_OPTS, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
	printf '%s\n' "${SUMMARY[@]}"
	echo "Target: the publication adds < 0.5 s to a national upload. Verification outputs: $OUT/verify-*.txt"
} | tee "$OUT/summary.txt"
