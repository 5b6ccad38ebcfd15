#!/usr/bin/env bash
# Forms benchmark: receipts rendered (and issued = rendered + stored) per second after warm-up, and a
# 1,000-row tracking book as PDF and as Excel. A plain timed harness on the application's own classes,
# no database. Usage: bench/forms/run.sh [seconds-per-measurement]
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/../.." && pwd)
seconds=${1:-20}
cd "$root"
. .mvn/find-jdk.sh
./mvnw -q -DskipTests compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/forms-bench-cp.txt
cp="target/classes:$(cat target/forms-bench-cp.txt)"
out=target/forms-bench
rm -rf "$out" && mkdir -p "$out"
"$JAVA_HOME/bin/javac" -proc:none -cp "$cp" -d "$out" "$bench/src/org/motcua/documents/FormsBenchmark.java"
"$JAVA_HOME/bin/java" -cp "$out:$cp" org.motcua.documents.FormsBenchmark "$seconds"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
