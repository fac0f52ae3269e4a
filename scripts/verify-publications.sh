#!/usr/bin/env bash
# Walks the whole publication chain of a running election-results server and checks it, using only
# curl, jq and sha256sum:
#   - publication 0 links to 64 zeros, and every manifest's "previous" is the SHA-256 of the bytes of
#     the manifest before it;
#   - the SHA-256 of each manifest equals the one /api/publications lists;
#   - every per-mesa file downloaded now has the SHA-256, length and row count its manifest recorded.
# Prints OK, or says where the chain breaks, and exits 1.
#
#   scripts/verify-publications.sh [BASE_URL]      default http://localhost:8080
#   FROM=N: start at publication N (trusting its "previous"); FILES=0: check manifests and links only.
set -euo pipefail

BASE=${1:-http://localhost:8080}
BASE=${BASE%/}
FROM=${FROM:-0}
FILES=${FILES:-1}
for tool in curl jq sha256sum; do
	command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() { curl -fsS --compressed -o "$2" "$BASE$1"; }
digest() { sha256sum "$1" | cut -d' ' -f1; }

fetch /api/publications "$work/list.json" || { echo "cannot read $BASE/api/publications" >&2; exit 2; }
latest=$(jq '[.[].number] | max' "$work/list.json")
echo "$BASE: publications $FROM..$latest"

broken=0
previous=""
for ((n = FROM; n <= latest; n++)); do
	manifest=$work/manifest-$n.json
	if ! fetch "/data/publications/$n/manifest.json" "$manifest"; then
		echo "BROKEN at publication $n: its manifest cannot be downloaded"
		exit 1
	fi
	sha=$(digest "$manifest")
	listed=$(jq -r --argjson n "$n" '.[] | select(.number == $n) | .sha256' "$work/list.json")
	linked=$(jq -r .previous "$manifest")
	if ((n == 0)) && [[ $linked != "$(printf '0%.0s' {1..64})" ]]; then
		echo "BROKEN at publication 0: previous is $linked, not 64 zeros"
		broken=1
	elif [[ -n $previous && $linked != "$previous" ]]; then
		echo "BROKEN at publication $n: previous is $linked but the SHA-256 of manifest $((n - 1)) is $previous"
		broken=1
	fi
	if [[ $(jq -r .number "$manifest") != "$n" ]]; then
		echo "BROKEN at publication $n: its manifest says number $(jq -r .number "$manifest")"
		broken=1
	fi
	if [[ $listed != "$sha" ]]; then
		echo "BROKEN at publication $n: manifest SHA-256 is $sha, /api/publications lists $listed"
		broken=1
	fi
	if [[ $FILES == 1 ]]; then
		while IFS=$'\t' read -r name want bytes rows; do
			file=$work/$n-$name
			if ! fetch "/data/publications/$n/$name" "$file"; then
				echo "BROKEN at publication $n: $name cannot be downloaded"
				broken=1
				continue
			fi
			got=$(digest "$file")
			got_bytes=$(wc -c <"$file")
			got_rows=$(($(wc -l <"$file") - 1))
			if [[ $got != "$want" || $got_bytes != "$bytes" || $got_rows != "$rows" ]]; then
				echo "BROKEN at publication $n: $name has SHA-256 $got ($got_bytes bytes, $got_rows rows), its manifest recorded $want ($bytes bytes, $rows rows)"
				broken=1
			fi
			rm -f "$file"
		done < <(jq -r '.files[] | [.name, .sha256, .bytes, .rows] | @tsv' "$manifest")
	fi
	echo "publication $n: $sha"
	previous=$sha
done

if ((broken)); then
	echo "FAILED: the chain of $BASE does not verify"
	exit 1
fi
echo "OK: $((latest - FROM + 1)) publications, every link and every file verified; latest $latest is $previous"
