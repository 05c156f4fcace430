# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by ./mvnw and ./filmlab: picks a JDK >= 21 (Tycho 5 and the Eclipse Platform bundles need
# Java 21). Keeps JAVA_HOME if it is one; otherwise takes the newest JDK under /usr/lib/jvm, since
# the machines FilmLab is built on default to Java 17.

# filmlab_read_major DIR: sets filmlab_major to the JDK's feature release, from its `release` file
# (every JDK since 9 has one), read by the shell itself: starting a JVM per candidate to ask it cost
# ~0.15 s each, paid by every ./filmlab start, and even a subshell costs ./filmlab ~2 ms. A JDK
# without the file is asked.
filmlab_read_major() {
  local line
  filmlab_major=""
  if [ -f "$1/release" ]; then
    while IFS= read -r line; do
      case "$line" in JAVA_VERSION=*) filmlab_major="${line#JAVA_VERSION=\"}"; filmlab_major="${filmlab_major%%[.\"_]*}"; break ;; esac
    done < "$1/release"
  fi
  if [ -z "$filmlab_major" ]; then
    filmlab_major="$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/{print $2}' | cut -d. -f1)"
  fi
}

# filmlab_java_major DIR: prints the JDK's feature release.
filmlab_java_major() {
  filmlab_read_major "$1"
  echo "$filmlab_major"
}

# filmlab_use_jdk: sets and exports JAVA_HOME to a JDK >= 21, and filmlab_major to its feature
# release; keeps JAVA_HOME if it is one, else takes the newest under /usr/lib/jvm. In the calling
# shell, not a subshell (see filmlab_read_major).
filmlab_use_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    filmlab_read_major "$JAVA_HOME"
    if [ "$filmlab_major" -ge 21 ] 2>/dev/null; then export JAVA_HOME; return 0; fi
  fi
  local best="" best_v=0 d
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"; [ -x "$d/bin/javac" ] || continue
    filmlab_read_major "$d" 2>/dev/null
    if [ "${filmlab_major:-0}" -gt "$best_v" ] 2>/dev/null; then best="$d"; best_v="$filmlab_major"; fi
  done
  if [ "$best_v" -lt 21 ]; then
    echo "no JDK >= 21 found (JAVA_HOME or /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk" >&2
    return 1
  fi
  JAVA_HOME="$best"; filmlab_major="$best_v"
  export JAVA_HOME
}

# filmlab_pick_jdk: prints the JDK filmlab_use_jdk takes.
filmlab_pick_jdk() {
  filmlab_use_jdk && echo "$JAVA_HOME"
}
