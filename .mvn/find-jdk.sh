# Sourced by ./mvnw: make sure Maven runs on a JDK >= 21 (the build targets release 21).
# Keeps JAVA_HOME when it already points at one; otherwise asks each installed JDK its version.
motcua_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
motcua_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(motcua_java_major "$JAVA_HOME")
    [ -n "$v" ] && [ "$v" -ge 21 ] && return 0
  fi
  best="" bestv=0
  # ./mvnw runs with globbing off; turn it on for the search and restore the caller's setting after.
  case $- in *f*) noglob=1 ;; *) noglob= ;; esac
  set +f
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(motcua_java_major "$d")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d bestv=$v; fi
  done
  [ -n "$noglob" ] && set -f
  if [ -n "$best" ]; then
    export JAVA_HOME="$best"
  else
    echo "motcua needs a JDK >= 21 (none found under /usr/lib/jvm); set JAVA_HOME." >&2
  fi
}
motcua_pick_jdk
