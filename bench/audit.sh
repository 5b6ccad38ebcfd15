#!/usr/bin/env bash
# What recording reads in the audit trail costs: the request thread's part, the background writer's and the
# sealer's rates, and a full check of the chain (src/test/java/org/motcua/shared/audit/AuditTrailBench.java,
# on the tests' temporary embedded PostgreSQL). Usage: bench/audit.sh [reads per round] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dspotless.check.skip=true -Dtest=AuditTrailBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.reads="${1:-200000}" -Dbench.rounds="${2:-3}" \
    | grep -E '^(round|table sizes)'
. .mvn/find-jdk.sh
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
