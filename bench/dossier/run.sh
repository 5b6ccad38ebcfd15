#!/usr/bin/env bash
# Dossier lifecycle benchmark (issue 5). Builds the app, starts it with demo data on a fresh embedded
# PostgreSQL (synchronous commit and fsync on, as in production), drives whole lifecycles over HTTP
# (HttpLifecycle: warm-up, then a measured phase), stops it, then measures the raw PostgreSQL ceiling for
# the same writes on the application's own schema (JdbcCeiling), and prints the rows both wrote per dossier
# side by side (they must agree; the ceiling exits with status 2 when they do not).
#
# Usage: bench/dossier/run.sh [clients] [measure-seconds] [warmup-seconds] [--property=value ...]
#   clients          concurrent HTTP clients, and JDBC workers of the ceiling (default 16)
#   measure-seconds  length of each measured phase (default 30)
#   warmup-seconds   warm-up before it, at the same concurrency (default 20; and at least until 70 s after
#                    the application is up, so that the deadline watch's first run is not measured)
#   --property=value every argument starting with "--" is passed to the application as is, to compare
#                    configurations: bench/dossier/run.sh 16 30 20 --motcua.embedded-db.pool-size=8
# Environment: PORT (default 8095) for the application; CLIENT=jdk drives it with the JDK HttpClient
# instead of the lean client (only to measure what the client itself costs).
#
# For each measured phase it prints ms of CPU per action of the application, of its PostgreSQL (postmaster
# and backends), of the client and of the whole machine (busy time from /proc/stat: other processes on a
# shared machine show up there), with the load average before → after. The CPU window runs from the start
# of the measured phase until the last receipt has been rendered (the application renders receipts on one
# background thread after receive commits), so that work is in it; the rates are given both ways.
# Needs only what the repo needs: a JDK (found by .mvn/find-jdk.sh), the Maven wrapper, curl; Linux /proc.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
positional=()
app_args=()
for arg in "$@"; do
    case $arg in
        --*) app_args+=("$arg") ;;
        *) positional+=("$arg") ;;
    esac
done
# The deadline watch marks steps due soon: dossier updates that are no action's, which would make the app's
# writes per dossier differ from the ceiling's. Its first run comes 1 minute after start-up, whatever the
# interval; with this interval it does not come back during the run, and the warm-up lasts until 70 s after
# the application is up (warm-until below), so the first run falls in it. Pass your own interval to override.
case " ${app_args[*]:-} " in
    *" --motcua.dossier.watch-interval="*) ;;
    *) app_args+=("--motcua.dossier.watch-interval=1h") ;;
esac
# How the application renders the forms actions issue (motcua.documents.render-forms): the harness waits
# for background receipts only when there are any, and the ceiling renders only when the application does.
case " ${app_args[*]:-} " in
    *" --motcua.documents.render-forms=after-commit "*) forms=after-commit ;;
    *) forms=on-read ;;
esac
clients=${positional[0]:-16}
measure=${positional[1]:-30}
warmup=${positional[2]:-20}
port=${PORT:-8095}

cd "$root"
./mvnw -q -DskipTests package
. .mvn/find-jdk.sh
(cd "$here" && "$root/mvnw" -q -f pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
cp="$here/target/classes:$(cat "$here/target/cp.txt")"

data=$(mktemp -d)
app=
cleanup() {
    if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
        kill "$app"
        wait "$app" 2>/dev/null || true
        echo "--- application log (last lines)"
        tail -n 20 "$data/app.log"
    fi
    rm -rf "$data"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "application arguments: ${app_args[*]:-(none)}"
"$JAVA_HOME/bin/java" -jar target/motcua-*.jar --motcua.demo=true --server.port="$port" \
    --motcua.embedded-db.data-dir="$data/pg" --motcua.documents.storage-dir="$data/files" \
    --logging.level.motcua.request=WARN ${app_args[@]+"${app_args[@]}"} > "$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
    curl -sf "localhost:$port/actuator/health" >/dev/null && break
    kill -0 "$app" 2>/dev/null || { echo "the application did not start:"; tail -n 40 "$data/app.log"; exit 1; }
    sleep 1
done
curl -sf "localhost:$port/actuator/health" >/dev/null || { echo "the application is not healthy after 180 s"; exit 1; }
warm_until=$(($(date +%s) + 70))

# The application's database: Flyway logs "Database: jdbc:postgresql://localhost:NNNN/motcua?user=postgres";
# the postmaster's pid and port are in its data directory either way.
pgpid=$(head -n 1 "$data/pg/postmaster.pid")
db=$(sed -n 's/.*Database: \(jdbc:postgresql:[^ ]*\).*/\1/p' "$data/app.log" | head -n 1)
[ -n "$db" ] || db="jdbc:postgresql://localhost:$(sed -n 4p "$data/pg/postmaster.pid")/motcua?user=postgres"

"$JAVA_HOME/bin/java" -cp "$cp" org.motcua.bench.HttpLifecycle url="http://localhost:$port" clients="$clients" \
    warmup="$warmup" warm-until="$warm_until" measure="$measure" db="$db" app-pid="$app" pg-pid="$pgpid" \
    out="$data/http-writes.properties" client="${CLIENT:-lean}" forms="$forms"
# Had the deadline watch run in the measured phase, its updates would show as more than 7 per dossier.
grep -h "Deadline watch:" "$data/app.log" | sed 's/^\([^ ]*\) .*Deadline watch:/application log: \1 deadline watch:/' || true
kill "$app"
wait "$app" 2>/dev/null || true
app=

"$JAVA_HOME/bin/java" -cp "$cp" org.motcua.bench.JdbcCeiling workers="$clients" warmup="$warmup" measure="$measure" \
    migrations="$root/src/main/resources/db/migration" dir="$data/ceiling" compare="$data/http-writes.properties"
