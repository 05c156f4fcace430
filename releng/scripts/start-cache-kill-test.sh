#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Kill-safety check of ./filmlab's start-up cache (~/.cache/filmlab/headless-KEY: the shared OSGi
# configuration and the JVM's AOT cache), with real processes; by hand, not CI:
#
#   releng/scripts/start-cache-kill-test.sh [ROUNDS [MAX_DELAY]]     (defaults: 12 rounds, 0-6 s)
#
# Each round empties a private cache (XDG_CACHE_HOME in a temporary folder), or keeps it every other
# round, starts `filmlab run --no-report` and SIGKILLs its whole process group after a random delay,
# so kills land while the configuration is first resolved, while it is renamed into the cache, while
# the AOT cache is recorded or assembled, or not at all. Then two unkilled runs must succeed and give
# the results.json of a run made without any cache (FILMLAB_START_CACHE=off), byte for byte. At the
# end, after the background assembly finishes, the cache must hold only osgi/ and jvm-short.aot (the sample is a short run).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-12}"
max_delay="${2:-6}"
work="$(mktemp -d "${TMPDIR:-/tmp}/filmlab-start-cache-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
fail=0

FILMLAB_START_CACHE=off "$root/filmlab" run --no-report --out "$work/reference" >/dev/null 2>&1 \
  || { echo "start-cache-kill-test: the reference run failed" >&2; exit 1; }

for r in $(seq "$rounds"); do
  [ $((r % 2)) -eq 1 ] && rm -rf "$XDG_CACHE_HOME"
  delay="$(awk -v s="$RANDOM" -v m="$max_delay" 'BEGIN { srand(s); printf "%.2f", rand() * m }')"
  setsid "$root/filmlab" run --no-report --out "$work/killed" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -KILL -- "-$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  for n in 1 2; do
    rm -rf "$work/next"
    if ! "$root/filmlab" run --no-report --out "$work/next" >"$work/next.log" 2>&1; then
      echo "round $r (killed after $delay s): run $n after the kill failed:"; tail -5 "$work/next.log"; fail=1
    elif ! cmp -s "$work/reference/results.json" "$work/next/results.json"; then
      echo "round $r (killed after $delay s): run $n after the kill gave other results.json"; fail=1
    fi
  done
  echo "round $r: killed after $delay s; cache: $(ls -A "$XDG_CACHE_HOME"/filmlab/headless-* 2>/dev/null | tr '\n' ' ')"
done

for _ in $(seq 60); do   # the last background assembly, if any
  ls "$XDG_CACHE_HOME"/filmlab/headless-*/jvm.lock >/dev/null 2>&1 || break
  sleep 1
done
left="$(ls -A "$XDG_CACHE_HOME"/filmlab/headless-* | sort | tr '\n' ' ')"
if [ "$left" != "jvm-short.aot osgi " ]; then
  echo "the cache holds '$left', not 'jvm-short.aot osgi '"; fail=1
fi
if [ -n "$(ls -d "$XDG_CACHE_HOME"/filmlab/configuration.* 2>/dev/null)" ]; then
  echo "per-run configurations were left: $(ls -d "$XDG_CACHE_HOME"/filmlab/configuration.*)"; fail=1
fi
[ $fail -eq 0 ] && echo "start-cache-kill-test: $rounds rounds, every run after a kill succeeded with the same results.json"
exit $fail
