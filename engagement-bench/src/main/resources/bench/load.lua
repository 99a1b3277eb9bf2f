-- wrk script of the benchmark: how a real client asks (Basic credentials or a session cookie, Accept,
-- one more header, a JSON body for POSTs), one of several paths at random, and a summary line the harness parses.
local auth = os.getenv("BENCH_AUTH")
local cookie = os.getenv("BENCH_COOKIE")
local accept = os.getenv("BENCH_ACCEPT")
local method = os.getenv("BENCH_METHOD")
local body_file = os.getenv("BENCH_BODY_FILE")
local paths_file = os.getenv("BENCH_PATHS_FILE")
local header = os.getenv("BENCH_HEADER")

if auth then wrk.headers["Authorization"] = "Basic " .. auth end
if cookie then wrk.headers["Cookie"] = cookie end
if accept then wrk.headers["Accept"] = accept end
if header then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end
if method then wrk.method = method end
if body_file then
  local f = assert(io.open(body_file, "r"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

local paths = nil
if paths_file then
  paths = {}
  for line in io.lines(paths_file) do
    if line ~= "" then paths[#paths + 1] = line end
  end
end

local thread_counter = 0
function setup(thread)
  thread_counter = thread_counter + 1
  thread:set("seed", thread_counter)
end

function init(args)
  math.randomseed(seed or 1)
end

request = function()
  if paths then
    return wrk.format(nil, paths[math.random(#paths)])
  end
  return wrk.format(nil, nil)
end

function done(summary, latency, requests)
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d other_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
