#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Kill-safety check of `filmlab run --out DIR`, with real processes (.ci/run runs 12 kills; more by hand):
#
#   releng/scripts/kill-test.sh [RUNS [MAX_DELAY [MIN_DELAY]]]     (defaults: 20 runs, 0-3 s)
#
# Starts `filmlab run --out DIR` RUNS times in the background and kills it with SIGKILL after a
# random delay between MIN_DELAY and MAX_DELAY seconds: the whole process group, so the JVM dies
# with the launcher script and nothing gets a chance to clean up. After each kill DIR must either
# not exist or hold a complete run: results.json that parses (python3 -m json.tool) and a
# report.html that ends with </html>. DIR starts out holding a complete earlier run, so kills also
# land while an existing folder is being replaced. Hidden siblings (.out.partial-*, .out.old-*) a
# kill leaves are counted; the next run must clean them up, which a final, unkilled run checks.
# Most kills in 0-3 s land before anything is written. To aim at the writing, time an unkilled run
# and give a window around its end: on the 2-core build machine, with other work running, the
# partial folder appeared after ~12 s and runs ended at 12-17 s, so `kill-test.sh 20 17 11` did.
# A killed launcher leaves its OSGi configuration copy in ~/.cache/filmlab (its EXIT trap cannot run).
#
# FILMLAB=/path/to/filmlab runs another copy of the launcher (default: ./filmlab of this checkout).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
filmlab="${FILMLAB:-$root/filmlab}"
runs="${1:-20}"
max_delay="${2:-3}"
min_delay="${3:-0}"

work="$(mktemp -d "${TMPDIR:-/tmp}/filmlab-kill-test.XXXXXX")"
dir="$work/out"
trap 'rm -rf "$work"' EXIT

complete() {
  [ -f "$dir/results.json" ] && python3 -m json.tool "$dir/results.json" >/dev/null 2>&1 \
    && [ -f "$dir/report.html" ] && [ "$(tail -c 8 "$dir/report.html" | tr -d '\n')" = "</html>" ]
}

debris() { find "$work" -maxdepth 1 -name '.out.*' | wc -l; }

echo "kill-test: $runs runs of '$filmlab run --out $dir', SIGKILL after ${min_delay}-${max_delay} s"
if ! "$filmlab" run --out "$dir" >"$work/first.log" 2>&1 || ! complete; then
  echo "kill-test: the first, unkilled run did not write a complete folder:" >&2
  cat "$work/first.log" >&2
  exit 1
fi

killed=0 finished=0 absent=0 whole=0 broken=0 with_debris=0
for i in $(seq 1 "$runs"); do
  delay="$(python3 -c "import random; print(round(random.uniform($min_delay, $max_delay), 2))")"
  # A session of its own, so that one kill reaches the launcher script and the JVM it started.
  setsid "$filmlab" run --out "$dir" >"$work/run.log" 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null
    killed=$((killed + 1))
    how="killed after $delay s"
  else
    finished=$((finished + 1))
    how="finished before $delay s"
  fi
  wait "$pid" 2>/dev/null
  left="$(debris)"
  [ "$left" -gt 0 ] && with_debris=$((with_debris + 1))
  if [ ! -e "$dir" ]; then
    absent=$((absent + 1))
    state="no folder"
  elif complete; then
    whole=$((whole + 1))
    state="complete folder"
  else
    broken=$((broken + 1))
    state="INCOMPLETE folder: $(ls -A "$dir" | tr '\n' ' ')"
  fi
  printf 'run %2d: %-24s -> %s, %s hidden sibling(s)\n' "$i" "$how" "$state" "$left"
done

# An unkilled run must recover whatever the kills left and finish cleanly.
"$filmlab" run --out "$dir" >"$work/last.log" 2>&1
last=$?
left="$(debris)"

echo "kill-test: $runs runs: $killed killed, $finished finished first;" \
  "after each: $whole complete, $absent absent, $broken incomplete; $with_debris left hidden siblings"
echo "kill-test: final run exit $last, $( complete && echo complete || echo INCOMPLETE ) folder, $left hidden sibling(s) left"
if [ "$broken" -gt 0 ] || [ "$last" -ne 0 ] || [ "$left" -gt 0 ] || ! complete; then
  echo "kill-test: FAILED" >&2
  exit 1
fi
echo "kill-test: passed"
