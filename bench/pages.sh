#!/usr/bin/env bash
# Public pages benchmark: wrk against the app and against nginx serving the very same response bytes
# as a static file, plain and with If-None-Match (304), with national-size data loaded; and against
# a bare Tomcat (bench/java/TomcatFloor.java, the Tomcat of the app's jar, tuned as the app) serving
# the same bytes with the same headers: the servlet container's own floor.
#
#   bench/pages.sh [scale...]            default: 1 10
#
# Per scale: a fresh app (-Xmx256m) on a fresh data directory, one upload of the synthetic export at
# that scale, then for each page in PAGES: save the app's answer with curl, serve it from a temporary
# nginx and from the bare Tomcat on other loopback ports, and run wrk (-t2 -c64, DURATION) against the
# three, after a WARMUP run against each Java server. A page that does not answer 200 is reported and
# skipped.
# Environment: PAGES ("/ /chambers/deputies /api/results/president"), DURATION (10s), WARMUP (5s),
#   CONNECTIONS (64), THREADS (2), JFR=1 (flight recording of the app during the runs), KEEP_TMP=1.
# Targets: app >= 50 % of nginx's requests/s with p99 < 25 ms; at 10x within 20 % of 1x.
# Raw results: bench/out/pages-<timestamp>/ (results.tsv, wrk outputs, bodies, headers, app logs).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need java curl jq wrk nginx ss awk unzip
install_cleanup

SCALES=("$@")
((${#SCALES[@]} > 0)) || SCALES=(1 10)
read -r -a PAGE_LIST <<<"${PAGES:-/ /chambers/deputies /api/results/president}"
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
SEED=${SEED:-42}
OUT=$(out_dir pages)
make_tmp_dir pages
RESULTS=$OUT/results.tsv
ensure_built
log "results in $OUT"
printf 'scale\tpage\tmode\tstatus\tbytes\tapp_rps\tapp_p99_ms\tapp_errors\tnginx_rps\tnginx_p99_ms\tnginx_errors\ttomcat_rps\ttomcat_p99_ms\tapp/nginx\tapp/tomcat\ttomcat/nginx\ttarget\n' >"$RESULTS"

# run_wrk NAME URL [HEADER]: runs wrk, keeps its output; sets RPS, P99 (ms) and ERRORS (non-2xx/3xx
# answers plus socket errors).
run_wrk() {
	local name=$1 url=$2 header=${3:-} file=$OUT/wrk-$1.txt
	local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
	[[ -z $header ]] || args+=(-H "$header")
	wrk "${args[@]}" "$url" >"$file" 2>&1 || log "wrk exited with an error for $url (see $file)"
	RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$file")
	P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
	ERRORS=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$file")
	RPS=${RPS:-0}
}

# percent A B: A as a whole percentage of B, or n/a.
percent() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "n/a" }'
}

# The 304 answer must really be a 304: checks one conditional request with curl.
status_of() {
	local args=(-s -o /dev/null -w '%{http_code}')
	[[ -z ${2:-} ]] || args+=(-H "$2")
	curl "${args[@]}" "$1"
}

SUMMARY=()
for scale in "${SCALES[@]}"; do
	log "=== scale ${scale}x"
	export_file=$TMP/export-${scale}x.csv
	generate "$export_file" --scale "$scale" --seed "$SEED" --layout UNION_HEADER
	data=$TMP/data-${scale}x
	jvm_extra=()
	if [[ ${JFR:-} == 1 ]]; then
		jvm_extra+=("-XX:StartFlightRecording=filename=$OUT/app-${scale}x.jfr,settings=profile,dumponexit=true")
	fi
	next_port
	start_app "$data" "$PORT" "$OUT/app-${scale}x.log" "${jvm_extra[@]}"
	wait_healthy 180
	wait_admin
	answer=$(curl -sS -u "$ADMIN_USER:$ADMIN_PASS" -F "file=@$export_file;type=text/csv" -F snapshot=true \
		-o "$OUT/upload-${scale}x.json" -w '%{http_code} %{time_total}' "http://127.0.0.1:$APP_PORT/api/admin/uploads")
	log "upload ${scale}x: HTTP $answer, $(jq -r '"\(.status) \(.rows) rows"' "$OUT/upload-${scale}x.json")"
	[[ $(jq -r .status "$OUT/upload-${scale}x.json") == COMMITTED ]] || die "the ${scale}x upload did not commit"

	docroot=$TMP/www-${scale}x
	mkdir -p "$docroot"
	next_port
	nginx_port=$PORT
	start_nginx "$docroot" "$nginx_port" "$TMP/nginx-${scale}x"

	for page in "${PAGE_LIST[@]}"; do
		slug=$(sed 's#^/$#root#; s#^/##; s#/#-#g' <<<"$page")
		app_url="http://127.0.0.1:$APP_PORT$page"
		status=$(curl -sS -D "$OUT/headers-${scale}x-$slug.txt" -o "$OUT/body-${scale}x-$slug" -w '%{http_code}' "$app_url")
		bytes=$(stat -c %s "$OUT/body-${scale}x-$slug")
		if [[ $status != 200 ]]; then
			log "$page answered HTTP $status: not measured"
			printf '%s\t%s\t-\t%s\t%s\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\tnot measured (HTTP %s)\n' "$scale" "$page" "$status" "$bytes" "$status" >>"$RESULTS"
			SUMMARY+=("$(printf '%-4s %-24s HTTP %s: not measured' "${scale}x" "$page" "$status")")
			continue
		fi
		content_type=$(awk -F': ' 'tolower($1) == "content-type" { print $2 }' "$OUT/headers-${scale}x-$slug.txt" | tr -d '\r')
		case $content_type in
			*json*) file=$slug.json ;;
			*) file=$slug.html ;;
		esac
		cp "$OUT/body-${scale}x-$slug" "$docroot/$file"
		nginx_url="http://127.0.0.1:$nginx_port/$file"
		[[ $(curl -s "$nginx_url" | cmp - "$docroot/$file" && echo same) == same ]] || die "nginx does not serve the saved bytes"
		app_etag=$(awk -F': ' 'tolower($1) == "etag" { print $2 }' "$OUT/headers-${scale}x-$slug.txt" | tr -d '\r')
		nginx_etag=$(curl -sS -D - -o /dev/null "$nginx_url" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')
		log "$page: $bytes bytes, $content_type, ETag $app_etag"
		next_port
		floor_url="http://127.0.0.1:$PORT$page"
		start_floor "$PORT" "$OUT/body-${scale}x-$slug" "$OUT/headers-${scale}x-$slug.txt"
		[[ $(curl -s "$floor_url" | cmp - "$docroot/$file" && echo same) == same ]] || die "the Tomcat floor does not serve the saved bytes"

		for mode in plain conditional; do
			app_header="" nginx_header=""
			if [[ $mode == conditional ]]; then
				if [[ -z $app_etag ]]; then
					log "$page has no ETag: no conditional run"
					continue
				fi
				app_header="If-None-Match: $app_etag"
				nginx_header="If-None-Match: $nginx_etag"
			fi
			app_status=$(status_of "$app_url" "$app_header")
			nginx_status=$(status_of "$nginx_url" "$nginx_header")
			warm=(-t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP")
			[[ -z $app_header ]] || warm+=(-H "$app_header")
			wrk "${warm[@]}" "$app_url" >/dev/null 2>&1 || true
			run_wrk "app-${scale}x-$slug-$mode" "$app_url" "$app_header"
			app_rps=$RPS app_p99=$P99 app_errors=$ERRORS
			run_wrk "nginx-${scale}x-$slug-$mode" "$nginx_url" "$nginx_header"
			nginx_rps=$RPS nginx_p99=$P99 nginx_errors=$ERRORS
			floor_status=$(status_of "$floor_url" "$app_header")
			[[ $floor_status == "$app_status" ]] || log "the Tomcat floor answered $floor_status, the app $app_status"
			wrk "${warm[@]}" "$floor_url" >/dev/null 2>&1 || true
			run_wrk "tomcat-${scale}x-$slug-$mode" "$floor_url" "$app_header"
			tomcat_rps=$RPS tomcat_p99=$P99
			share=$(percent "$app_rps" "$nginx_rps")
			app_share_of_tomcat=$(percent "$app_rps" "$tomcat_rps")
			tomcat_share=$(percent "$tomcat_rps" "$nginx_rps")
			met=$(awk -v a="$app_rps" -v n="$nginx_rps" -v p="$app_p99" 'BEGIN {
				ok = (n > 0 && a >= 0.5 * n && p + 0 < 25); print (ok ? "met" : "missed") }')
			printf '%s\t%s\t%s\t%s/%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scale" "$page" "$mode" \
				"$app_status" "$nginx_status" "$bytes" "$app_rps" "$app_p99" "$app_errors" "$nginx_rps" "$nginx_p99" \
				"$nginx_errors" "$tomcat_rps" "$tomcat_p99" "$share" "$app_share_of_tomcat" "$tomcat_share" "$met" >>"$RESULTS"
			SUMMARY+=("$(printf '%-4s %-24s %-11s HTTP %s | app %6s req/s p99 %6s ms | nginx %6s | bare Tomcat %6s | app/nginx %4s | app/Tomcat %4s | Tomcat/nginx %4s | %s' \
				"${scale}x" "$page" "$mode" "$app_status" "$app_rps" "$app_p99" "$nginx_rps" "$tomcat_rps" "$share" \
				"$app_share_of_tomcat" "$tomcat_share" "$met")")
			log "${SUMMARY[-1]}"
		done
		stop_floor "$FLOOR_PID"
	done
	stop_nginx "$NGINX_PID_FILE"
	stop_app "$APP_PID" "$data"
done

{
	echo
	echo "Pages benchmark, $(date -u +%FT%TZ), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up of the app), JVM options: $APP_JAVA_OPTS"
	column -t -s $'\t' "$RESULTS"
	echo
	printf '%s\n' "${SUMMARY[@]}"
	if ((${#SCALES[@]} > 1)); then
		echo
		echo "Flat cost: app requests/s at each scale against ${SCALES[0]}x (target: within 20 %)"
		awk -F'\t' -v base="${SCALES[0]}" 'NR > 1 && $6 ~ /^[0-9]+$/ {
			key = $2 " " $3
			if ($1 == base) ref[key] = $6
			else if (key in ref) printf "  %-36s %sx %7s req/s vs %sx %7s req/s: %+.0f%%\n", key, $1, $6, base, ref[key], 100 * ($6 - ref[key]) / ref[key]
		}' "$RESULTS"
	fi
	echo "Target: app >= 50 % of nginx's requests/s with p99 < 25 ms; 10x within 20 % of 1x."
	echo "bare Tomcat = bench/java/TomcatFloor.java: the app's Tomcat, same settings, same bytes and headers, no Spring."
	echo "status = app/nginx answer to one curl request of that mode (200 plain, 304 conditional expected)."
	echo "errors = non-2xx/3xx answers plus socket errors reported by wrk."
} | tee "$OUT/summary.txt"
