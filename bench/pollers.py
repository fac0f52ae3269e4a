#!/usr/bin/env python3
"""Open pages polling the version resource, as assets/js/live.js does (bench/live.sh, issue 17).

Each simulated page holds its own keep-alive connection to the app (a browser keeps one to the
site), sends GET /api/version with the ETag it last saw as If-None-Match every INTERVAL seconds times
0.7-1.3 (the script's jitter), and, when the answer is a 200 with a new version, fetches its page
again over the same connection (live.js swaps <main> from that page). Pages connect over RAMP
seconds, then everything runs for HOLD seconds. Standard library only (asyncio), one process.

    bench/pollers.py --port 8080 --pages 10000 --interval 15 --ramp 20 --hold 60 --page / --out out.json

Prints and writes one JSON summary: polls sent and their answers, page fetches, errors (a request
that failed on a new connection) and reconnects (a kept-alive connection found closed and replaced,
as a browser does), latency percentiles of polls and page fetches (a reconnect included), and the
connections open after the ramp and at the end.
"""
import argparse
import asyncio
import json
import random
import sys
import time


class Stats:
    def __init__(self):
        self.poll_ms = []
        self.page_ms = []
        self.answers = {}
        self.errors = 0
        self.reconnects = 0
        self.connected = 0
        self.open = 0
        self.started = None


async def read_answer(reader):
    """Reads one HTTP/1.1 answer (Content-Length or chunked); returns (status, headers)."""
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed by the server")
    status = int(status_line.split()[1])
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    return status, headers


async def exchange(reader, writer, host, path, etag, accept):
    request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: {accept}\r\n"
    if etag:
        request += f"If-None-Match: {etag}\r\n"
    writer.write((request + "\r\n").encode("latin-1"))
    await writer.drain()
    return await read_answer(reader)


async def page(args, stats, deadline, start_delay):
    await asyncio.sleep(start_delay)
    host = f"{args.host}:{args.port}"
    version_etag = None
    page_etag = None
    conn = None
    first = True

    async def connect():
        nonlocal conn, first
        conn = await asyncio.open_connection(args.host, args.port)
        stats.open += 1
        if first:
            stats.connected += 1
            first = False
        else:
            stats.reconnects += 1

    def close():
        nonlocal conn
        if conn is not None:
            conn[1].close()
            stats.open -= 1
            conn = None

    async def send(path, etag, accept):
        # Like a browser: a kept-alive connection the server has closed meanwhile is replaced and the
        # request sent again at once (counted as a reconnect, not an error).
        reused = conn is not None
        if conn is None:
            await connect()
        try:
            return await exchange(conn[0], conn[1], host, path, etag, accept)
        except (OSError, ConnectionError, asyncio.IncompleteReadError):
            close()
            if not reused:
                raise
            await connect()
            return await exchange(conn[0], conn[1], host, path, etag, accept)

    while time.monotonic() < deadline:
        try:
            t0 = time.monotonic()
            status, headers = await send("/api/version", version_etag, "application/json")
            stats.poll_ms.append((time.monotonic() - t0) * 1000)
            stats.answers[status] = stats.answers.get(status, 0) + 1
            if status == 200:
                changed = version_etag is not None and headers.get("etag") != version_etag
                version_etag = headers.get("etag")
                if changed:
                    t0 = time.monotonic()
                    status, headers = await send(args.page, page_etag, "text/html")
                    stats.page_ms.append((time.monotonic() - t0) * 1000)
                    key = f"page {status}"
                    stats.answers[key] = stats.answers.get(key, 0) + 1
                    page_etag = headers.get("etag", page_etag)
            if headers.get("connection", "").lower() == "close":
                close()
        except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError, IndexError):
            stats.errors += 1
            close()
            await asyncio.sleep(1)
            continue
        await asyncio.sleep(args.interval * (0.7 + random.random() * 0.6))
    close()


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))], 1)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--interval", type=float, default=15.0)
    parser.add_argument("--ramp", type=float, default=20.0)
    parser.add_argument("--hold", type=float, default=60.0)
    parser.add_argument("--page", default="/")
    parser.add_argument("--out")
    args = parser.parse_args()
    stats = Stats()
    begin = time.monotonic()
    deadline = begin + args.ramp + args.hold
    tasks = [asyncio.create_task(page(args, stats, deadline, args.ramp * i / args.pages)) for i in range(args.pages)]
    # What the steady state sends: polls counted after the ramp only.
    await asyncio.sleep(args.ramp)
    polls_at_ramp = len(stats.poll_ms)
    open_after_ramp = stats.open
    await asyncio.sleep(args.hold)
    polls_in_hold = len(stats.poll_ms) - polls_at_ramp
    open_at_end = stats.open
    await asyncio.gather(*tasks)
    summary = {
        "pages": args.pages,
        "interval_s": args.interval,
        "hold_s": args.hold,
        "connections_open_after_ramp": open_after_ramp,
        "connections_open_at_end": open_at_end,
        "polls_per_second_in_hold": round(polls_in_hold / args.hold, 1),
        "answers": {str(k): v for k, v in sorted(stats.answers.items(), key=lambda kv: str(kv[0]))},
        "errors": stats.errors,
        "reconnects": stats.reconnects,
        "poll_ms": {"p50": percentile(stats.poll_ms, 50), "p99": percentile(stats.poll_ms, 99),
                    "max": percentile(stats.poll_ms, 100)},
        "page_ms": {"count": len(stats.page_ms), "p50": percentile(stats.page_ms, 50),
                    "p99": percentile(stats.page_ms, 99)},
    }
    text = json.dumps(summary)
    print(text)
    if args.out:
        with open(args.out, "w") as out:
            out.write(text + "\n")


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
