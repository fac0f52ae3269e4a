-- wrk script for bench/load.sh: counts every distinct total the responses showed, so that each can
-- be checked against the committed states afterwards. MODE=json reads "emitted" and "valid" of
-- /api/results/president; MODE=html reads the valid-vote total the overview page states
-- ("sobre los 3.393.978 votos válidos").
local mode = os.getenv("MODE") or "json"
local threads = {}
seen = {}
bad = 0

function setup(thread)
	table.insert(threads, thread)
end

local function total(body)
	if mode == "json" then
		local emitted = string.match(body, '"emitted":(%d+)')
		local valid = string.match(body, '"valid":(%d+)')
		if emitted and valid then
			return emitted .. " " .. valid
		end
	else
		local valid = string.match(body, "sobre los ([%d%.]+) votos")
		if valid then
			return "- " .. string.gsub(valid, "%.", "")
		end
	end
	return nil
end

function response(status, headers, body)
	if status ~= 200 then
		bad = bad + 1
		return
	end
	local key = total(body) or "unreadable"
	seen[key] = (seen[key] or 0) + 1
end

function done(summary, latency, requests)
	for _, thread in ipairs(threads) do
		for key, count in pairs(thread:get("seen")) do
			io.write(string.format("seen\t%s\t%d\n", key, count))
		end
		io.write(string.format("not200\t%d\n", thread:get("bad")))
	end
end
