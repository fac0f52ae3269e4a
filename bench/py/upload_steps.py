"""Median time of each step of a national upload, for two sets of uploads side by side.

Each file: first line "<http code> <curl seconds>", then one line per statement of the upload,
"<milliseconds> <statement text>" (PostgreSQL's log). Usage: upload_steps.py OLD... -- NEW...
"""
import re
import statistics
import sys

# The first pattern a statement contains names its step; the order matters.
STEPS = [
    ("COPY staging", "read, check rows, COPY into staging"),
    ("ANALYZE staging", "staging checks"),
    ("SELECT found", "staging checks"),
    ("upload_file", "store the file"),
    ("tally_change", "classify"),
    ("tally_withdrawal", "classify"),
    ("SELECT count(*) FILTER", "classify"),
    ("INSERT INTO mesa ", "mesa upsert (+ triggers)"),
    ("tally_delta", "deltas, supersede, withdraw"),
    ("UPDATE tally", "deltas, supersede, withdraw"),
    ("INSERT INTO tally", "tally insert"),
    ("ANALYZE tally", "analyze tally, mesa"),
    ("ANALYZE mesa", "analyze tally, mesa"),
    ("area_delta", "aggregates"),
    ("area_total", "aggregates"),
    ("sha256", "publication"),
    ("review", "review flags"),
    ("SELECT ballot", "review flags"),
    ("COMMIT", "commit"),
]
ORDER = list(dict.fromkeys(step for _, step in STEPS)) + ["other statements"]


def steps(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    found = {"request (curl)": float(lines[0].split()[1]) * 1000}
    for line in lines[1:]:
        match = re.match(r"\s*([\d.]+) (.*)", line)
        if not match or match.group(2).startswith(("TRUNCATE", "CHECKPOINT", "UPDATE election SET data_version = 0", "TOTAL")):
            continue
        ms, text = float(match.group(1)), match.group(2)
        step = next((name for pattern, name in STEPS if pattern in text), "other statements")
        found[step] = found.get(step, 0) + ms
    found["statements, total"] = sum(v for k, v in found.items() if k != "request (curl)")
    return found


def medians(paths):
    runs = [steps(p) for p in paths]
    keys = ["request (curl)", "statements, total"] + ORDER
    return {k: statistics.median(r.get(k, 0) for r in runs) for k in keys}


def main(argv):
    split = argv.index("--")
    old, new = medians(argv[:split]), medians(argv[split + 1:])
    print(f"{'median, ms':32s} {'old':>9s} {'new':>9s} {'change':>8s}")
    for key in old:
        if old[key] == 0 and new[key] == 0:
            continue
        change = f"{(new[key] - old[key]) / old[key] * 100:+.0f} %" if old[key] else ""
        print(f"{key:32s} {old[key]:9.0f} {new[key]:9.0f} {change:>8s}")


if __name__ == "__main__":
    main(sys.argv[1:])
