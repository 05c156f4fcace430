# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by ./mvnw and ./filmlab: picks a JDK >= 21 (Tycho 5 and the Eclipse Platform bundles need
# Java 21). Keeps JAVA_HOME if it is one; otherwise takes the newest JDK under /usr/lib/jvm, since
# the machines FilmLab is built on default to Java 17.

# The JDK's feature release, from its `release` file (every JDK since 9 has one), read by the shell
# itself: starting a JVM per candidate to ask it cost ~0.15 s each, paid by every ./filmlab start. A
# JDK without the file is asked.
filmlab_java_major() {
  local line v=""
  if [ -f "$1/release" ]; then
    while IFS= read -r line; do
      case "$line" in JAVA_VERSION=*) v="${line#JAVA_VERSION=\"}"; v="${v%%[.\"_]*}"; break ;; esac
    done < "$1/release"
  fi
  if [ -z "$v" ]; then
    v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/{print $2}' | cut -d. -f1)"
  fi
  echo "$v"
}

filmlab_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] \
      && [ "$(filmlab_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return 0
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"; [ -x "$d/bin/javac" ] || continue
    v="$(filmlab_java_major "$d" 2>/dev/null)"
    if [ "${v:-0}" -gt "$best_v" ] 2>/dev/null; then best="$d"; best_v="$v"; fi
  done
  if [ "$best_v" -lt 21 ]; then
    echo "no JDK >= 21 found (JAVA_HOME or /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk" >&2
    return 1
  fi
  echo "$best"
}
