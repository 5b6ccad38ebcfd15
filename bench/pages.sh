#!/usr/bin/env bash
# Page timing benchmark: builds the app, starts it with demo data on a fresh embedded database, waits for
# the demo dossiers, runs bench/pages.py against it, stops it. Usage: bench/pages.sh [rounds]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=8097
cd "$root"
./mvnw -q -DskipTests package
. .mvn/find-jdk.sh
data=$(mktemp -d)
"$JAVA_HOME/bin/java" -jar target/motcua-*.jar --motcua.demo=true --server.port=$port \
    --motcua.embedded-db.data-dir="$data/pg" --motcua.documents.storage-dir="$data/files" \
    --logging.level.motcua.request=WARN > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do grep -q "Demo dossiers" "$data/app.log" 2>/dev/null && break; sleep 1; done
python3 bench/pages.py "http://localhost:$port" "${1:-100}"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
