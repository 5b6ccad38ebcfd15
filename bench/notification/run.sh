#!/usr/bin/env bash
# Notification benchmark (issue 16): messages per second from event to provider hand-off, with the
# in-process peers (GreenMail over SMTP, the demo SMSC over SMPP). Starts the whole application in the
# harness's JVM on a fresh embedded PostgreSQL (synchronous commit and fsync on), receives counter dossiers,
# then publishes their "received" events again and again through the event publication registry, each a new
# event for the outbox (one e-mail and one SMS), for a warm-up and a measured phase, and counts what the
# peers accepted. See NotificationBenchmark and docs/benchmarks.md.
#
# Usage: bench/notification/run.sh [name=value ...] [--property=value ...]
#   seconds=30     measured publishing (then it waits until every message is handed over)
#   warmup=10      warm-up publishing, the same way
#   dossiers=100   dossiers whose events are published again
#   publishers=4   threads publishing events (each event in a transaction of its own)
#   --property=value goes to the application, e.g. --motcua.notification.batch-size=200
# Needs only what the repo needs: a JDK (found by .mvn/find-jdk.sh) and the Maven wrapper; Linux /proc for CPU.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/../.." && pwd)
cd "$root"
. .mvn/find-jdk.sh
./mvnw -q -DskipTests compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/notification-bench-cp.txt
cp="target/classes:$(cat target/notification-bench-cp.txt)"
out=target/notification-bench
rm -rf "$out" && mkdir -p "$out"
"$JAVA_HOME/bin/javac" -proc:none -cp "$cp" -d "$out" "$bench/src/org/motcua/notification/NotificationBenchmark.java"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)')"
exec "$JAVA_HOME/bin/java" -cp "$out:$cp" org.motcua.notification.NotificationBenchmark "$@"
