-- wrk script for scripts/load.sh: POSTs varied questions to /api/ask (one question per line in the file given after
-- "--"), counts the response statuses in every thread, and prints a machine-readable summary when the run is done.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   questions = {}
   for line in io.lines(args[1]) do
      if line:match("%S") then
         questions[#questions + 1] = line
      end
   end
   assert(#questions > 0, "no questions in " .. tostring(args[1]))
   statuses = {}
   math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
   next_question = math.random(#questions)
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
end

local function json_string(text)
   text = text:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("[%c]", " ")
   return '"' .. text .. '"'
end

function request()
   next_question = next_question % #questions + 1
   return wrk.format(nil, nil, nil, '{"question":' .. json_string(questions[next_question]) .. '}')
end

function response(status, headers, body)
   local class = tostring(math.floor(status / 100)) .. "xx"
   statuses[class] = (statuses[class] or 0) + 1
end

function done(summary, latency, requests)
   local counts = {}
   for _, thread in ipairs(threads) do
      for class, n in pairs(thread:get("statuses")) do
         counts[class] = (counts[class] or 0) + n
      end
   end
   local seconds = summary.duration / 1e6
   io.write(string.format("LOAD requests %d\n", summary.requests))
   io.write(string.format("LOAD seconds %.1f\n", seconds))
   io.write(string.format("LOAD rps %.1f\n", summary.requests / seconds))
   for _, p in ipairs({50, 90, 99}) do
      io.write(string.format("LOAD p%d_ms %.1f\n", p, latency:percentile(p) / 1000))
   end
   io.write(string.format("LOAD max_ms %.1f\n", latency.max / 1000))
   for _, class in ipairs({"2xx", "3xx", "4xx", "5xx"}) do
      io.write(string.format("LOAD status_%s %d\n", class, counts[class] or 0))
   end
   local e = summary.errors
   io.write(string.format("LOAD socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
end
