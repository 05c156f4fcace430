#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks a headless product into which the example plug-in was installed by the p2 director (see
# releng/org.filmlab.repository/pom.xml, execution install-example): `filmlab list` must show the
# plug-in's clusterer and workflow, and a run of that workflow must succeed and record the plug-in's
# bundle. Usage: check-installed-example.sh PRODUCT_DIR WORK_DIR
set -euo pipefail
product="$1"; work="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/jdk.sh"
java_home="$(filmlab_pick_jdk)"
launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
rm -rf "$work"; mkdir -p "$work"

filmlab() {
  "$java_home/bin/java" -Djava.awt.headless=true -jar "$launcher" -nosplash -data @none \
    -configuration "$work/configuration" -application org.filmlab.headless.application "$@"
}

filmlab list > "$work/list.txt"
for id in org.filmlab.examples.kmedoids org.filmlab.examples.workflow.kmedoids; do
  grep -q "$id" "$work/list.txt" || { echo "install check: $id is not listed:"; cat "$work/list.txt"; exit 1; }
done
filmlab run --workflow org.filmlab.examples.workflow.kmedoids --no-report --out "$work/run" > "$work/run.txt"
grep -q '"org.filmlab.examples.kmedoids"' "$work/run/results.json" \
  || { echo "install check: results.json does not record the plug-in"; exit 1; }
echo "install check: the example plug-in, installed by the p2 director, is listed and runs"
