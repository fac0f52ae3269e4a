#!/usr/bin/env bash
# Summarises the execution samples of a JFR recording: top frames and top methods anywhere in the stack
# (inclusive), optionally only for threads whose name contains a string.
#   bench/jfr-top.sh FILE.jfr [THREAD_SUBSTRING] [N]
set -euo pipefail
file=$1
thread=${2:-}
n=${3:-25}
jfr print --stack-depth 64 --events jdk.ExecutionSample "$file" | awk -v want="$thread" -v n="$n" '
	/^jdk.ExecutionSample/ { in_event = 1; depth = 0; keep = 0; delete seen; next }
	in_event && /sampledThread = / { keep = (want == "" || index($0, want) > 0); next }
	in_event && /^[ \t]+[a-zA-Z_$][^ ]*\(.*line:/ {
		if (!keep) next
		frame = $1
		sub(/\(.*/, "", frame)
		if (depth == 0) { self[frame]++; total++ }
		if (!(frame in seen)) { incl[frame]++; seen[frame] = 1 }
		depth++
		next
	}
	/^}/ { in_event = 0 }
	END {
		printf "%d samples%s\n\nself (top frame):\n", total, (want == "" ? "" : " in threads matching \"" want "\"")
		for (f in self) printf "%6d %5.1f%%  %s\n", self[f], 100 * self[f] / total, f | "sort -rn | head -" n
		close("sort -rn | head -" n)
		printf "\ninclusive (anywhere in the stack):\n"
		for (f in incl) printf "%6d %5.1f%%  %s\n", incl[f], 100 * incl[f] / total, f | "sort -rn | head -" n
	}'
