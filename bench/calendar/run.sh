#!/bin/sh
# Builds and runs the calendar benchmarks (JMH, single thread). Arguments go to JMH; without any:
# -f 1 -wi 2 -i 3 -w 5s -r 5s -t 1 (the settings of docs/benchmarks.md).
set -eu
cd "$(dirname "$0")"
. ../../.mvn/find-jdk.sh
../../mvnw -q package
if [ $# -eq 0 ]; then
  set -- -f 1 -wi 2 -i 3 -w 5s -r 5s -t 1
fi
exec "$JAVA_HOME/bin/java" -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main "$@"
