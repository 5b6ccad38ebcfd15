#!/usr/bin/env bash
# Reads as history grows (issue 15). Two steps on one persistent data directory:
#
#   bench/history/run.sh generate DIR [dossiers] [years]
#       builds the application, starts it with the demo data on a fresh embedded PostgreSQL in DIR/pg,
#       and writes `dossiers` (default 1,000,000) dossiers of realistic history over the last `years`
#       (default 5) in bulk (Generate: generate.sql), with their history and the statistics' rows; then
#       vacuums, analyzes and prints the sizes. Timed per statement.
#   bench/history/run.sh measure DIR [calls] [warm-up]
#       starts the application on DIR (Flyway applies any new migration first: with
#       spring.flyway.out-of-order, as DIR was made by an older build) and measures the reads through the
#       HTTP API (Reads): p50/p95/p99/max of `calls` (default 200) sequential calls after `warm-up`
#       (default 20), under the benchmark lock /tmp/bench.lock (waits while another holds it).
#
# Environment: JAR (default: build target/motcua-*.jar from this tree) to run another build, e.g. the
# commit before the indexes; PORT (default 8096); ONLY (measure only the reads whose name contains it).
# Needs what the repo needs: a JDK, the Maven wrapper, curl.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=${1:?generate or measure}
dir=${2:?data directory}
port=${PORT:-8096}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

cd "$root"
while [ -e /tmp/bench.lock ]; do echo "waiting for /tmp/bench.lock"; sleep 30; done
if [ -z "${JAR:-}" ]; then
    ./mvnw -q -o -DskipTests package
    JAR=$(ls target/motcua-*.jar | grep -v original | head -n 1)
fi
. .mvn/find-jdk.sh
(cd "$here" && "$root/mvnw" -q -o -f pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
cp="$here/target/classes:$(cat "$here/target/cp.txt")"

app=
locked=
cleanup() {
    if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
        kill "$app"
        wait "$app" 2>/dev/null || true
    fi
    if [ -n "$locked" ]; then rm -f /tmp/bench.lock; fi
}
trap cleanup EXIT

start() {
    "$JAVA_HOME/bin/java" -jar "$JAR" --motcua.demo=true --server.port="$port" \
        --motcua.embedded-db.data-dir="$dir/pg" --motcua.documents.storage-dir="$dir/files" \
        --spring.flyway.out-of-order=true --server.forward-headers-strategy=framework \
        --logging.level.motcua.request=WARN > "$dir/app.log" 2>&1 &
    app=$!
    for _ in $(seq 1 600); do
        curl -sf "localhost:$port/actuator/health" >/dev/null && break
        kill -0 "$app" 2>/dev/null || { echo "the application did not start:"; tail -n 40 "$dir/app.log"; exit 1; }
        sleep 1
    done
    curl -sf "localhost:$port/actuator/health" >/dev/null || { echo "the application is not healthy"; exit 1; }
    db="jdbc:postgresql://localhost:$(sed -n 4p "$dir/pg/postmaster.pid")/motcua?user=postgres"
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/{print $2}') GB;" \
    "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "application: $JAR (built $(date -u -r "$JAR" +%FT%TZ)); benchmark from $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
case $mode in
    generate)
        [ ! -e "$dir/pg" ] || { echo "$dir/pg exists: generate into a new directory"; exit 1; }
        start
        "$JAVA_HOME/bin/java" -cp "$cp" org.motcua.bench.history.Generate db="$db" n="${3:-1000000}" years="${4:-5}"
        ;;
    measure)
        start
        while [ -e /tmp/bench.lock ]; do echo "waiting for /tmp/bench.lock"; sleep 30; done
        touch /tmp/bench.lock
        locked=1
        echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
        "$JAVA_HOME/bin/java" -cp "$cp" org.motcua.bench.history.Reads url="http://localhost:$port" db="$db" \
            calls="${3:-200}" warmup="${4:-20}" only="${ONLY:-}"
        echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
        ;;
    *) echo "generate or measure"; exit 1 ;;
esac
