#!/usr/bin/env bash
# Load on a running `deskbot serve` from wrk (apt-get install wrk): 50 connections share one session and post
# the demo questions in turn to /api/ask. Usage: scripts/wrk-ask.sh [URL] [seconds] [connections]
set -euo pipefail
URL=${1:-http://127.0.0.1:8080}; SECONDS_=${2:-60}; CONNECTIONS=${3:-50}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
page=$(curl -sf -c "$work/jar" "$URL/")
csrf=$(printf '%s' "$page" | sed -n 's/.*<meta name="csrf-token" content="\([^"]*\)">.*/\1/p' | head -1)
cookie=$(awk '$6 == "deskbot_session" {print $6 "=" $7}' "$work/jar")
[ -n "$csrf" ] && [ -n "$cookie" ] || { echo "no session from $URL/" >&2; exit 1; }
cat > "$work/ask.lua" <<LUA
local qs = {
  "my smartboard shows nothing when i plug in my laptop", "print from chromebook to the copier",
  "how do i post final grades in powerschool", "where do i switch the input on the activpanel to hdmi",
  "i recorded my zoom lesson to the cloud yesterday, where do i find the video now",
  "youtube clip plays on the promethean but the audio only comes out of my laptop speakers",
  "can i reuse a rubric in google classroom on a new assignment", "students cant see their scores in google classroom",
  "the document camera image is upside down", "how do i reset a student's chromebook password",
  "my projector lamp is blinking", "the wifi keeps dropping in room 12", "thanks!",
  "how do i share my screen to the panel without a cable" }
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "$cookie"
wrk.headers["X-CSRF-Token"] = "$csrf"
request = function()
  i = i + 1
  return wrk.format(nil, "/api/ask", nil, '{"name":"bench","question":"' .. qs[(i % #qs) + 1] .. '"}')
end
LUA
wrk -t1 -c"$CONNECTIONS" -d10s -s "$work/ask.lua" "$URL" > /dev/null   # warm-up
wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_}s" --latency -s "$work/ask.lua" "$URL"
