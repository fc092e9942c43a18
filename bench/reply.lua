-- wrk script: each request answers one invitation (PUT /api/v1/rsvp/{token}) with two delegates
-- attending the capacity-limited part. Tokens come one per line from the file given as the first
-- argument; each of wrk's threads takes every other token, so no invitation answers twice.
-- Usage: wrk -t2 -c64 -d20s --latency -s bench/reply.lua http://127.0.0.1:PORT -- tokens.txt PART_ID
local tokens = {}
local body
local n = 0

function setup(thread)
  thread:set("id", thread_count or 0)
  thread_count = (thread_count or 0) + 1
end

function init(args)
  for line in io.lines(args[1]) do
    tokens[#tokens + 1] = line
  end
  body = '{"parts":{"' .. args[2] .. '":"ATTEND"},"delegates":['
      .. '{"fullName":"Γιώργος Παπαδόπουλος","email":"a@example.gr"},'
      .. '{"fullName":"Μαρία Ιωάννου","email":"b@example.gr"}]}'
end

function request()
  local t = tokens[((n * 2 + id) % #tokens) + 1]
  n = n + 1
  return wrk.format("PUT", "/api/v1/rsvp/" .. t, {["Content-Type"] = "application/json"}, body)
end
