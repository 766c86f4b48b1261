#!/usr/bin/env bash
# The way a user installs: `unopkg add` into a fresh profile, then a headless Calc computes SK.TIEN
# in a document that stores the functions under their permanent names.
# unopkg refuses to run as root, so as root the whole test runs as "nobody" on its own profile.
set -euo pipefail
oxt=$1
fixture=$2

work=$(mktemp -d "${TMPDIR:-/tmp}/sangkien-unopkg-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$oxt" "$fixture" "$work/"
run=()
if [ "$(id -u)" -eq 0 ]; then
  chown -R 65534:65534 "$work"
  chmod 755 "$work"
  run=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
profile="file://$work/profile"
"${run[@]}" env HOME="$work" unopkg add --suppress-license "-env:UserInstallation=$profile" "$work/$(basename "$oxt")"
listing=$("${run[@]}" env HOME="$work" unopkg list "-env:UserInstallation=$profile")
grep -q "Identifier: vn.sangkien.extension" <<<"$listing" || { echo "unopkg list does not show the extension" >&2; exit 1; }
"${run[@]}" env HOME="$work" timeout 120 soffice --headless --norestore --nologo "-env:UserInstallation=$profile" \
  --convert-to csv --outdir "$work" "$work/$(basename "$fixture")" >/dev/null 2>&1
got=$(cat "$work/$(basename "$fixture" .fods).csv")
expected="500000000,500000000,1200000000,TRUE"
if [ "$got" != "$expected" ]; then
  echo "unopkg_install: expected $expected, got $got" >&2
  exit 1
fi
echo "unopkg add + headless Calc ($(command -v soffice)): $got"
# Counted with the GoogleTest reports by run-tests.sh.
if [ -n "${GTEST_OUTPUT:-}" ]; then
  echo '<testsuites tests="1" failures="0" disabled="0" errors="0" name="unopkg_install"></testsuites>' \
    > "${GTEST_OUTPUT#xml:}unopkg_install.xml"
fi
