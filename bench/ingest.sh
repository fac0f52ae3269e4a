#!/usr/bin/env bash
# Ingest benchmark: uploads synthetic national exports through the API and compares the commit time
# with a plain psql \copy of the same bytes into an UNLOGGED table on the same PostgreSQL server.
#
#   bench/ingest.sh [scale...]          default: 1 10
#
# Per scale, on a fresh data directory and a fresh app (-Xmx256m unless APP_JAVA_OPTS says otherwise):
#   1. "full": the national export (all three ballots, UNION_HEADER layout so that one CSV header fits
#      every row) into the empty database, snapshot=true
#   2. "corrected": a later snapshot, 99 % of the mesas counted and 2 % of them corrected, snapshot=true
#   3. WARM_RUNS times: the tallies, aggregates and uploads are emptied with psql (TRUNCATE) and 1-2
#      are repeated in the same JVM, so that JIT warm-up is out of the figures ("warm" rows)
#   4. psql \copy of file 1 into an UNLOGGED table with the export's 40 columns, COPY_RUNS times
#   5. XLSX_RUNS times: file 1 as an XLSX workbook (one sheet per ballot, CsvToXlsx) into the emptied
#      tables, in the same JVM ("xlsx" rows)
# It ends with the three ratios of issue 16: best warm national upload / psql \copy (target <= 10),
# first upload after the start / best warm (<= 1.15; the app warms its reader in the background
# once ready), best XLSX / best warm CSV of the same export (<= 1.3).
# Environment: WARM_RUNS (2), COPY_RUNS (3), XLSX_RUNS (2), COUNTED (0.99), CORRECTED (0.02), SEED (42),
#   UPLOAD_TIMEOUT (900 s per upload),
#   SQL_LOG=1 to log every statement's duration (log_min_duration_statement = 0) and the plan of any
#   statement slower than 5 s (auto_explain) into bench/out/.../postgres-<scale>x.log,
#   JFR=1 to record a flight recording of the app, KEEP_TMP=1 to keep the data directories,
#   INSERT_COSTS=1 to time, after the uploads, the tally insert without each of its constraints
#   (bench/sql/tally-insert-costs.sql, rolled back).
# Raw results: bench/out/ingest-<timestamp>/ (results.tsv, responses, app logs).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need java curl jq psql ss awk
install_cleanup

SCALES=("$@")
((${#SCALES[@]} > 0)) || SCALES=(1 10)
COPY_RUNS=${COPY_RUNS:-3}
WARM_RUNS=${WARM_RUNS:-2}
XLSX_RUNS=${XLSX_RUNS:-2}
UPLOAD_TIMEOUT=${UPLOAD_TIMEOUT:-900}
COUNTED=${COUNTED:-0.99}
CORRECTED=${CORRECTED:-0.02}
SEED=${SEED:-42}
OUT=$(out_dir ingest)
make_tmp_dir ingest
RESULTS=$OUT/results.tsv

ensure_built
printf 'scale\trun\tupload\trows\tbytes\thttp\tstatus\thttp_s\tserver_s\trows_per_s\tinserted\tcorrected\tunchanged\twithdrawn\tcopy_s\tratio\tpeak_rss_mb\n' >"$RESULTS"
log "results in $OUT; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# upload SCALE RUN NAME FILE: posts FILE as a snapshot, appends a line to results.tsv; sets UPLOAD_S.
upload() {
	local scale=$1 run=$2 name=$3-$2 file=$4 answer http time_s id status rows server_s type=text/csv
	[[ $file != *.xlsx ]] || type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
	# In the background and waited for, so that Ctrl-C or a TERM reaches the cleanup trap at once.
	curl -sS --max-time "$UPLOAD_TIMEOUT" -u "$ADMIN_USER:$ADMIN_PASS" -F "file=@$file;type=$type" -F snapshot=true \
		-o "$OUT/$name.json" -w '%{http_code} %{time_total}' "http://127.0.0.1:$APP_PORT/api/admin/uploads" \
		>"$OUT/$name.curl" &
	wait $! || log "curl failed or timed out after ${UPLOAD_TIMEOUT}s for $name"
	read -r http time_s <"$OUT/$name.curl" || true
	http=${http:-000} time_s=${time_s:-$UPLOAD_TIMEOUT}
	[[ -s $OUT/$name.json ]] || echo '{}' >"$OUT/$name.json"
	status=$(jq -r '.status // "?"' "$OUT/$name.json" 2>/dev/null || echo "?")
	id=$(jq -r '.id // empty' "$OUT/$name.json" 2>/dev/null || true)
	rows=$(jq -r '.rows // 0' "$OUT/$name.json" 2>/dev/null || echo 0)
	server_s=n/a
	if [[ $id =~ ^[0-9]+$ ]]; then
		server_s=$(pg -Atc "SELECT round(extract(epoch FROM finished_at - uploaded_at)::numeric, 3) FROM upload WHERE id = $id")
	fi
	if [[ $status != COMMITTED ]]; then
		log "upload $name answered HTTP $http, status $status: $(head -c 600 "$OUT/$name.json")"
	fi
	UPLOAD_S=$time_s
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scale" "$run" "$3" "$rows" \
		"$(stat -c %s "$file")" "$http" "$status" "$time_s" "$server_s" "$(awk -v r="$rows" -v t="$time_s" 'BEGIN { printf "%.0f", r / t }')" \
		"$(jq -r '.inserted // 0' "$OUT/$name.json" 2>/dev/null)" "$(jq -r '.corrected // 0' "$OUT/$name.json" 2>/dev/null)" \
		"$(jq -r '.unchanged // 0' "$OUT/$name.json" 2>/dev/null)" "$(jq -r '.withdrawn // 0' "$OUT/$name.json" 2>/dev/null)" \
		"-" "$(ratio "$time_s" "$COPY_S")" "$(peak_rss_mb "$APP_PID")" >>"$RESULTS"
	log "$name: HTTP $http $status in ${time_s}s (server ${server_s}s), $rows rows"
}

# copy_table FILE: creates bench_copy (UNLOGGED, the CSV header's columns: text for names, integer
# for numbers) and times COPY_RUNS psql \copy of FILE into it; sets COPY_S to the median.
copy_table() {
	local file=$1 header columns="" column type times=() t0 t1 i
	header=$(head -1 "$file" | tr -d '\r')
	IFS=, read -r -a names <<<"$header"
	for column in "${names[@]}"; do
		case $column in
			CANDIDATURA | PAIS | DEPARTAMENTO | PROVINCIA | MUNICIPIO | LOCALIDAD | RECINTO) type=text ;;
			*) type=integer ;;
		esac
		columns+="${columns:+, }\"$(tr '[:upper:]' '[:lower:]' <<<"$column")\" $type"
	done
	pg -c "DROP TABLE IF EXISTS bench_copy" -c "CREATE UNLOGGED TABLE bench_copy ($columns)"
	for ((i = 1; i <= COPY_RUNS; i++)); do
		pg -c "TRUNCATE bench_copy"
		t0=$(now_ns)
		pg -c "\\copy bench_copy FROM '$file' WITH (FORMAT csv, HEADER true)"
		t1=$(now_ns)
		times+=("$(secs "$t0" "$t1")")
		log "psql \\copy run $i: ${times[-1]}s"
	done
	printf '%s\n' "${times[@]}" >"$OUT/copy-times-${2}x.txt"
	COPY_S=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
	[[ $(pg -Atc "SELECT count(*) FROM bench_copy") -gt 0 ]] || die "psql \\copy loaded nothing"
	pg -c "DROP TABLE bench_copy"
}

SUMMARY=()
RATIOS=()
INSERT_COST_LINES=()
for scale in "${SCALES[@]}"; do
	log "=== scale ${scale}x"
	full=$TMP/export-${scale}x.csv
	corrected=$TMP/export-${scale}x-corrected.csv
	generate "$full" --scale "$scale" --seed "$SEED" --layout UNION_HEADER
	generate "$corrected" --scale "$scale" --seed "$SEED" --layout UNION_HEADER --counted "$COUNTED" --correct "$CORRECTED"
	xlsx=$TMP/export-${scale}x.xlsx
	if [[ ! -s $TMP/test-deps.cp ]]; then
		(cd "$ROOT" && ./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$TMP/test-deps.cp")
	fi
	java -cp "$TEST_CP:$(cat "$TMP/test-deps.cp")" org.electionresults.ingest.CsvToXlsx "$full" "$xlsx" 2>"$xlsx.log" \
		|| { cat "$xlsx.log" >&2; die "CsvToXlsx failed"; }
	head -1 "$xlsx.log" >&2

	data=$TMP/data-${scale}x
	jvm_extra=()
	if [[ ${JFR:-} == 1 ]]; then
		jvm_extra+=("-XX:StartFlightRecording=filename=$OUT/app-${scale}x.jfr,settings=profile,dumponexit=true")
	fi
	next_port
	if [[ ${SQL_LOG:-} == 1 ]]; then
		# The embedded server's own output is not kept after start: turn on its logging collector
		# (needs a restart) and log every statement with its duration into $data/postgres/log.
		start_app "$data" "$PORT" "$OUT/app-${scale}x-setup.log"
		wait_healthy 180
		PG_PORT=$(pg_port)
		pg -c "ALTER SYSTEM SET logging_collector = on" -c "ALTER SYSTEM SET log_min_duration_statement = 0" \
			-c "ALTER SYSTEM SET log_line_prefix = '%m [%p] '" -c "ALTER SYSTEM SET log_parameter_max_length = 0" \
			-c "ALTER SYSTEM SET session_preload_libraries = 'auto_explain'" \
			-c "ALTER SYSTEM SET auto_explain.log_min_duration = '5s'" -c "ALTER SYSTEM SET log_autovacuum_min_duration = 0"
		stop_app "$APP_PID" "$data"
	fi
	start_app "$data" "$PORT" "$OUT/app-${scale}x.log" "${jvm_extra[@]}"
	wait_healthy 180
	wait_admin
	PG_PORT=$(pg_port)
	[[ -n $PG_PORT ]] || die "no embedded PostgreSQL port in $APP_LOG (is spring.datasource.url set?)"
	log "app $APP_PID on port $APP_PORT, PostgreSQL on $PG_PORT"

	# The floor first, so that every upload row can show its ratio to it.
	copy_table "$full" "$scale"
	printf '%s\t-\tpsql-copy\t%s\t%s\t-\t-\t-\t-\t-\t-\t-\t-\t-\t%s\t1.00\t-\n' "$scale" \
		"$(($(wc -l <"$full") - 1))" "$(stat -c %s "$full")" "$COPY_S" >>"$RESULTS"
	pg -c "CHECKPOINT"
	upload "$scale" cold full "$full"
	cold_full=$UPLOAD_S
	upload "$scale" cold corrected "$corrected"
	cold_corrected=$UPLOAD_S
	warm_full=() warm_corrected=()
	for ((run = 1; run <= WARM_RUNS; run++)); do
		empty_count
		upload "$scale" "warm$run" full "$full"
		warm_full+=("$UPLOAD_S")
		upload "$scale" "warm$run" corrected "$corrected"
		warm_corrected+=("$UPLOAD_S")
	done
	xlsx_full=()
	for ((run = 1; run <= XLSX_RUNS; run++)); do
		empty_count
		upload "$scale" "xlsx$run" full "$xlsx"
		xlsx_full+=("$UPLOAD_S")
	done
	rss=$(peak_rss_mb "$APP_PID")
	if [[ ${INSERT_COSTS:-} == 1 ]]; then
		pg -c "CHECKPOINT"
		pg -At -f "$BENCH_DIR/sql/tally-insert-costs.sql" 2>&1 \
			| sed -n 's/^psql:[^ ]* NOTICE: *//p; /tallies; median/p' >"$OUT/insert-costs-${scale}x.txt"
		INSERT_COST_LINES+=("${scale}x: $(head -1 "$OUT/insert-costs-${scale}x.txt")" "$(tail -n +2 "$OUT/insert-costs-${scale}x.txt")")
	fi
	stop_app "$APP_PID" "$data"
	if [[ ${SQL_LOG:-} == 1 ]]; then
		cat "$data"/postgres/log/*.log >"$OUT/postgres-${scale}x.log" 2>/dev/null || log "no PostgreSQL log found"
	fi
	best_full=$(printf '%s\n' "${warm_full[@]:-n/a}" | sort -n | head -1)
	best_xlsx=$(printf '%s\n' "${xlsx_full[@]:-n/a}" | sort -n | head -1)
	RATIOS+=("$(printf '%-4s warm national upload / psql \\copy = %s (target <= 10) | first upload after start / warm = %s (<= 1.15) | XLSX / CSV = %s (<= 1.3)   [%ss / %ss; %ss / %ss; %ss / %ss]' \
		"${scale}x" "$(ratio "$best_full" "$COPY_S")" "$(ratio "$cold_full" "$best_full")" "$(ratio "$best_xlsx" "$best_full")" \
		"$best_full" "$COPY_S" "$cold_full" "$best_full" "$best_xlsx" "$best_full")")
	SUMMARY+=("$(printf '%-4s psql \\copy %6.3fs | full: cold %7.3fs (%sx copy), best warm %7s s (%sx copy), %s rows/s warm | corrected: cold %7.3fs, warm %s | JVM peak RSS %s MB' \
		"${scale}x" "$COPY_S" "$cold_full" "$(ratio "$cold_full" "$COPY_S")" "$best_full" "$(ratio "$best_full" "$COPY_S")" \
		"$(awk -v r="$(($(wc -l <"$full") - 1))" -v t="$best_full" 'BEGIN { if (t + 0 > 0) printf "%.0f", r / t; else print "n/a" }')" \
		"$cold_corrected" "${warm_corrected[*]:-n/a}" "$rss")")
done

{
	echo
	echo "Ingest benchmark, $(date -u +%FT%TZ), $(nproc) cores, JVM options: $APP_JAVA_OPTS, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
	column -t -s $'\t' "$RESULTS"
	echo
	printf '%s\n' "${SUMMARY[@]}"
	echo
	echo "Ratios (issue 16):"
	printf '%s\n' "${RATIOS[@]}"
	if ((${#INSERT_COST_LINES[@]} > 0)); then
		echo
		echo "INSERT INTO tally of the current tallies again, constraint by constraint (bench/sql/tally-insert-costs.sql):"
		printf '%s\n' "${INSERT_COST_LINES[@]}"
	fi
	echo "Targets: 1x commit < 3 s and <= 3x psql \\copy; 10x commits with -Xmx256m."
	echo "http_s = curl time of the whole request; server_s = upload.finished_at - uploaded_at (received -> merged,"
	echo "before COMMIT); ratio = http_s / psql \\copy time; peak RSS = VmHWM of the JVM so far (PostgreSQL not included)."
} | tee "$OUT/summary.txt"
