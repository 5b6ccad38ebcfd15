#!/usr/bin/env bash
# Dossier lifecycle benchmark: builds the app, starts it with demo data on a fresh embedded database
# (synchronous commit on, as in production), drives whole lifecycles over HTTP, stops it, then measures
# the raw JDBC ceiling for the same writes on the same machine. Usage: bench/dossier/run.sh [clients] [dossiers-per-client]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
clients=${1:-16}
per=${2:-40}
port=8095
cd "$root"
./mvnw -q -DskipTests package
. .mvn/find-jdk.sh
data=$(mktemp -d)
"$JAVA_HOME/bin/java" -jar target/motcua-*.jar --motcua.demo=true --server.port=$port \
    --motcua.embedded-db.data-dir="$data/pg" --motcua.documents.storage-dir="$data/files" \
    --logging.level.motcua.request=WARN > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; tail -n 5 "$data/app.log"; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf localhost:$port/actuator/health >/dev/null && break; sleep 1; done
cd "$here"
"$root/mvnw" -q -f pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/classes:$(cat target/cp.txt)"
"$JAVA_HOME/bin/java" -cp "$cp" org.motcua.bench.HttpLifecycle "http://localhost:$port" "$clients" "$per"
kill $app; wait $app 2>/dev/null || true
"$JAVA_HOME/bin/java" -cp "$cp" org.motcua.bench.JdbcCeiling "$clients" "$((per * 2))"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
