-- wrk script for bench/search.sh: each request asks PATH (default /api/search) for the next query of
-- the file QUERIES (one URL-encoded query a line), in turn; non-200 answers are counted.
local path = os.getenv("SEARCH_PATH") or "/api/search"
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
	if line ~= "" then
		table.insert(queries, line)
	end
end
local counter = 0
local threads = {}
bad = 0

function setup(thread)
	thread:set("offset", #threads * 7)
	table.insert(threads, thread)
end

function request()
	counter = counter + 1
	local q = queries[((counter + offset) % #queries) + 1]
	return wrk.format("GET", path .. "?q=" .. q)
end

function response(status, headers, body)
	if status ~= 200 then
		bad = bad + 1
	end
end

function done(summary, latency, requests)
	local total = 0
	for _, thread in ipairs(threads) do
		total = total + thread:get("bad")
	end
	io.write(string.format("non-200\t%d\n", total))
end
