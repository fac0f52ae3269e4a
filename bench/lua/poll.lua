-- wrk script for bench/live.sh: an open page polling GET /api/version the way assets/js/live.js does.
-- Each connection is one page: it keeps the ETag of the last answer and sends it as If-None-Match
-- (304 until an upload commits), and waits INTERVAL_MS (0.7 to 1.3 times, the script's jitter)
-- between polls; INTERVAL_MS=0 polls back to back (capacity). Counts 200s and 304s.
local interval = tonumber(os.getenv("INTERVAL_MS") or "0")
local threads = {}
local etag = nil
fresh = 0
unchanged = 0
other = 0

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function delay()
	if interval <= 0 then
		return 0
	end
	return math.floor(interval * (0.7 + math.random() * 0.6))
end

function request()
	local headers = { ["Accept"] = "application/json" }
	if etag then
		headers["If-None-Match"] = etag
	end
	return wrk.format("GET", "/api/version", headers)
end

function response(status, headers, body)
	if status == 200 then
		fresh = fresh + 1
		etag = headers["ETag"] or headers["etag"]
	elseif status == 304 then
		unchanged = unchanged + 1
	else
		other = other + 1
	end
end

function done(summary, latency, requests)
	local f, u, o = 0, 0, 0
	for _, thread in ipairs(threads) do
		f = f + thread:get("fresh")
		u = u + thread:get("unchanged")
		o = o + thread:get("other")
	end
	io.write(string.format("answers\t200 %d\t304 %d\tother %d\n", f, u, o))
end
