-- BookingBenchmark's load from wrk (--client wrk): the same bookings the Java client sends, from a
-- load generator that costs the shared cores far less per request. Arguments after "--":
--   tokens file (one access token per line), first start (epoch seconds, a day boundary in UTC),
--   index of the first booking, therapist id, offering id, run label (for Idempotency-Key),
--   number of wrk threads.
-- wrk runs one Lua state per thread; thread k of T sends bookings first + k, first + k + T, ...
-- so no two requests ask for the same start time.

local created = 0

function setup(thread)
  thread:set("thread_index", created)
  created = created + 1
end

function init(args)
  tokens = {}
  for line in io.lines(args[1]) do
    if #line > 0 then
      table.insert(tokens, line)
    end
  end
  first_start = tonumber(args[2])
  first_index = tonumber(args[3])
  therapist = args[4]
  offering = args[5]
  run = args[6]
  thread_count = tonumber(args[7])
  sent = 0
end

function request()
  local i = first_index + thread_index + sent * thread_count
  sent = sent + 1
  -- As the Java client: 15-minute sessions in 15-minute steps, skipping the day's last start.
  local slot = i + math.floor(i / 95)
  local start = os.date("!%Y-%m-%dT%H:%M:%SZ", first_start + 900 * slot)
  local body = '{"therapistId":"' .. therapist .. '","offeringId":"' .. offering .. '","start":"' .. start
      .. '","intake":{"condition":"low-back-pain","bodyRegions":["low-back"],"painNow":6,'
      .. '"goals":"Benchmark","physicianReferral":false,"consent":true}}'
  local headers = {
    ["Authorization"] = "Bearer " .. tokens[(i % #tokens) + 1],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. i,
  }
  return wrk.format("POST", "/api/v1/booking/bookings", headers, body)
end
