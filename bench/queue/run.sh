#!/usr/bin/env bash
# Display board fan-out benchmark (issue 21): N boards connected to the SSE feed at once while M counter
# consoles call tickets; measures the latency from a console starting its call to each board reading the
# event (p50/p99/max) and checks that every board received every call once. Starts the whole application in
# the harness's JVM on a fresh embedded PostgreSQL (synchronous commit and fsync on); the boards are real
# HTTP clients (java.net.http, one virtual thread each) on the application's port. See docs/benchmarks.md.
#
# Usage: bench/queue/run.sh [name=value ...] [--property=value ...]
#   boards=200     SSE connections held open at once
#   consoles=4     officers calling at once (each at a counter of their own, one counter group)
#   calls=50       calls per console
#   pause=100      milliseconds between a console's calls
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/../.." && pwd)
cd "$root"
. .mvn/find-jdk.sh
./mvnw -q -o -DskipTests compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/queue-bench-cp.txt
cp="target/classes:$(cat target/queue-bench-cp.txt)"
out=target/queue-bench
rm -rf "$out" && mkdir -p "$out"
"$JAVA_HOME/bin/javac" -proc:none -cp "$cp" -d "$out" "$bench/src/org/motcua/queue/QueueBoardBenchmark.java"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)'); date: $(date -u +%F)"
exec "$JAVA_HOME/bin/java" -cp "$out:$cp" org.motcua.queue.QueueBoardBenchmark "$@"
