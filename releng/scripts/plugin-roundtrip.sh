#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A plug-in from outside the repository, as a research group makes one (docs/writing-a-plugin.md):
# generated into a temporary folder outside the clone, built there against the FilmLab just built,
# installed into a COPY of the headless product, its workflow run, removed. Then the installs that
# must be refused: unsigned without --trust-unsigned, and a plug-in that needs a bundle the product
# lacks; each must leave the product copy byte for byte as it was. Then the same install and removal
# into a copy of the desktop product (--product), and the dropins folder (a faulty jar left out).
# Needs the full build first (./mvnw -B verify). Usage: releng/scripts/plugin-roundtrip.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="$root/releng/org.filmlab.repository/target/products/org.filmlab.headless.product/linux/gtk/x86_64"
desktop="$root/releng/org.filmlab.repository/target/products/org.filmlab.desktop.product/linux/gtk/x86_64"
. "$root/releng/scripts/jdk.sh"
java_home="$(filmlab_pick_jdk)"
[ -d "$product/p2" ] || { echo "plugin round trip: build FilmLab first (./mvnw -B verify)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
copy="$work/filmlab-headless"
cp -a "$product" "$copy"

# The product copy, started as ./filmlab starts it: a fresh OSGi configuration per call.
filmlab() {
  local config
  config="$(mktemp -d "$work/configuration.XXXXXX")"
  cp -R "$copy/configuration/." "$config/"
  "$java_home/bin/java" -Djava.awt.headless=true -Dosgi.install.area="$copy" -Dfilmlab.dropins="$work/dropins" \
    -jar "$(ls "$copy"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)" -nosplash \
    -configuration "$config" -data @none -application org.filmlab.headless.application "$@"
}
fingerprint() { (cd "$copy" && find . -type f -print0 | sort -z | xargs -0 sha256sum) > "$1"; }
fail() { echo "plugin round trip: $*" >&2; exit 1; }
# The plug-in projects build in their own Maven repository over the user's (see their .mvn/maven.config).
build() { (cd "$1" && ./mvnw -B -q verify "${@:2}") > "$1.build.log" 2>&1 || { tail -n 40 "$1.build.log"; fail "$1 did not build"; }; }

# 1. Generate and build, outside the clone.
filmlab plugins new org.ci.roundtrip --dir "$work/roundtrip" --filmlab-repository "$root/releng/org.filmlab.repository/target/repository" >/dev/null
build "$work/roundtrip"
[ -f "$work/roundtrip/org.ci.roundtrip.repository/target/org.ci.roundtrip-repository.zip" ] || fail "no zipped repository"

# 2. Unsigned without consent: refused, product unchanged.
fingerprint "$work/before"
if filmlab plugins install "$work/roundtrip" > "$work/unsigned.txt" 2>&1; then fail "an unsigned plug-in installed without --trust-unsigned"; fi
grep -q "unsigned" "$work/unsigned.txt" || { cat "$work/unsigned.txt"; fail "the refusal does not say why"; }
fingerprint "$work/after"; cmp -s "$work/before" "$work/after" || { diff "$work/before" "$work/after"; fail "a refused install changed the product"; }

# 3. Install (from the zip, as others receive it), list, run its workflow, verify, remove.
filmlab plugins install "$work/roundtrip/org.ci.roundtrip.repository/target/org.ci.roundtrip-repository.zip" --trust-unsigned > "$work/install.txt" 2>&1 \
  || { cat "$work/install.txt"; fail "install failed"; }
filmlab plugins list | grep -q "^org.ci.roundtrip " || fail "plugins list does not show it"
filmlab list | grep -q "org.ci.roundtrip.farthestFirst" || fail "filmlab list does not show its clusterer"
filmlab run --workflow org.ci.roundtrip.workflow --no-report --out "$work/run" > "$work/run.txt" 2>&1 || { cat "$work/run.txt"; fail "its workflow did not run"; }
grep -q '"org.ci.roundtrip.farthestFirst"' "$work/run/results.json" || fail "results.json does not record the clusterer"
filmlab plugins verify > "$work/verify.txt" || { cat "$work/verify.txt"; fail "plugins verify failed"; }
filmlab plugins remove org.ci.roundtrip > /dev/null
if filmlab list | grep -q "org.ci.roundtrip"; then fail "still listed after remove"; fi
if ls "$copy/plugins" | grep -q "^org.ci.roundtrip"; then fail "its jar is still in the product after remove"; fi

# 4. A plug-in that needs a bundle the headless product lacks (the k-medoids example, which only the
#    p2 repository has): refused before anything changes, naming the missing bundle.
filmlab plugins new org.ci.needy --dir "$work/needy" --filmlab-repository "$root/releng/org.filmlab.repository/target/repository" >/dev/null
sed -i 's#^Require-Bundle: \(.*\)$#Require-Bundle: \1,\n org.filmlab.examples.kmedoids;bundle-version="0.1.0"#' "$work/needy/org.ci.needy/META-INF/MANIFEST.MF"
sed -i 's#\(<unit id="org.filmlab.sdk.feature.feature.group" version="0.0.0"/>\)#\1<unit id="org.filmlab.examples.feature.feature.group" version="0.0.0"/>#' "$work/needy/target-platform/target-platform.target"
build "$work/needy" -DskipTests
fingerprint "$work/before"
if filmlab plugins install "$work/needy" --trust-unsigned > "$work/needy.txt" 2>&1; then fail "a plug-in with a missing dependency installed"; fi
grep -q "org.filmlab.examples.kmedoids" "$work/needy.txt" || { cat "$work/needy.txt"; fail "the refusal does not name the missing bundle"; }
fingerprint "$work/after"; cmp -s "$work/before" "$work/after" || { diff "$work/before" "$work/after"; fail "a failed install changed the product"; }

# 5. The desktop product, from the command line (what Help › Install New Software… does): a copy.
cp -a "$desktop" "$work/filmlab-desktop"
filmlab plugins install "$work/roundtrip/org.ci.roundtrip.repository/target/org.ci.roundtrip-repository.zip" --trust-unsigned \
  --product "$work/filmlab-desktop" > "$work/desktop.txt" 2>&1 || { cat "$work/desktop.txt"; fail "install into the desktop product failed"; }
grep -q "All [0-9]* checks passed" "$work/desktop.txt" || { cat "$work/desktop.txt"; fail "the desktop install does not report the contract kit's checks"; }
filmlab plugins list --product "$work/filmlab-desktop" | grep -q "^org.ci.roundtrip " || fail "plugins list --product does not show it"
grep -q "org.ci.roundtrip" "$work/filmlab-desktop/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the desktop product's bundles.info does not start it"
filmlab plugins remove org.ci.roundtrip --product "$work/filmlab-desktop" > /dev/null
if ls "$work/filmlab-desktop/plugins" | grep -q "^org.ci.roundtrip"; then fail "its jar is still in the desktop product"; fi

# 6. Dropins: the plug-in's jar is listed at the next start; a jar that needs a missing bundle is left
#    out with a message naming it, and the rest works.
mkdir -p "$work/dropins"
cp "$work/roundtrip/org.ci.roundtrip/target/"org.ci.roundtrip-*.jar "$work/dropins/"
mkdir -p "$work/faulty/META-INF"
printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: org.ci.faulty\nBundle-Version: 1.0.0\nRequire-Bundle: org.ci.nowhere\n' \
  > "$work/faulty/META-INF/MANIFEST.MF"
(cd "$work/faulty" && "$java_home/bin/jar" cfm "$work/dropins/org.ci.faulty.jar" META-INF/MANIFEST.MF)
filmlab list > "$work/dropins.txt" 2> "$work/dropins.err" || { cat "$work/dropins.err"; fail "a faulty dropin stopped filmlab list"; }
grep -q "org.ci.roundtrip.farthestFirst" "$work/dropins.txt" || fail "the dropped-in plug-in is not listed"
grep -q "org.ci.faulty.*org.ci.nowhere" "$work/dropins.err" || { cat "$work/dropins.err"; fail "the faulty dropin is not named with what it needs"; }
rm "$work/dropins/"*.jar
if filmlab list | grep -q "org.ci.roundtrip"; then fail "a dropin taken out is still listed"; fi

echo "plugin round trip: generated, built, installed, ran, verified, removed; unsigned and missing-dependency installs refused, product unchanged; desktop product install and removal; dropins loaded, a faulty one left out"
