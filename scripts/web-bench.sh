#!/usr/bin/env bash
# Load on a running `deskbot serve` from the Java load client (src/test/java/org/deskbot/web/WebBench):
# N clients, each with its own session, ask questions through POST /api/ask; prints latency
# percentiles, throughput and errors. Runs on the JDK >= 21 that scripts/find-jdk.sh finds, whatever
# the default `java` is, and builds the classes it needs when they are missing or older than the
# sources.
# Usage: scripts/web-bench.sh URL [clients=50] [seconds=60] [think-ms=0] [questions-file|-] [unique]
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$DIR/scripts/find-jdk.sh"
JAR="$DIR/target/deskbot.jar"
BENCH="$DIR/target/test-classes/org/deskbot/web/WebBench.class"
# (Maven recompiles only what changed, so the server's sources are compared with the jar and the
# client's with its class.)
if [ ! -f "$JAR" ] || [ ! -f "$BENCH" ] \
  || [ -n "$(find "$DIR/src/main" "$DIR/pom.xml" -newer "$JAR" -print -quit 2>/dev/null)" ] \
  || [ "$DIR/src/test/java/org/deskbot/web/WebBench.java" -nt "$BENCH" ]; then
  echo "web-bench: building target/deskbot.jar and the test classes..." >&2
  LOG="$(mktemp)"
  if ! (cd "$DIR" && mvn -q -B -DskipTests package) >"$LOG" 2>&1; then
    grep -E "ERROR|BUILD" "$LOG" >&2 || cat "$LOG" >&2
    echo "web-bench: build failed (full log: $LOG)" >&2
    exit 1
  fi
  rm -f "$LOG"
fi
exec "$JAVA_HOME/bin/java" -cp "$DIR/target/test-classes:$JAR" org.deskbot.web.WebBench "$@"
