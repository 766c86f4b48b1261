#!/usr/bin/env bash
# The compatibility run: the whole test suite (ctest) and the README's main job again, this time
# against the LibreOffice that Debian 12's backports carry (25.2 when this was written), with the same
# .oxt and CLI that were built against Debian's 7.4.
#
# The backports office is not installed into the system: its packages are downloaded with a private
# apt state (nothing under /etc/apt or /var/lib/dpkg changes) and unpacked under
# $BUILD_DIR/lo-backports/root, and the absolute paths Debian's build puts in (program/fundamentalrc,
# program/sofficerc, five symlinks into /etc and /var, main.xcd made by a maintainer script) are
# pointed into that root. The unpacked office is kept for the next run and unpacked again when backports
# carry another version.
#
#   tests/compat/lo-backports.sh [--prepare-only]
#
# Environment: BUILD_DIR (default build), GTEST_OUTPUT (passed to the tests, as run-tests.sh does).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
shopt -s nullglob
BUILD_DIR=${BUILD_DIR:-build}
mkdir -p "$BUILD_DIR"
base=$(cd "$BUILD_DIR" && pwd)/lo-backports
root=$base/root
program=$root/usr/lib/libreoffice/program

fail() { echo "lo-backports: $*" >&2; exit 1; }

# apt with a state of its own: our sources list, lists and cache; dpkg's database is only read, so
# no lock is taken and no root is needed.
apt_private() {
  local program=$1; shift
  local own=()
  [ "$(id -u)" -ne 0 ] || own=(-o APT::Sandbox::User=root) # files stay root's, not _apt's
  "$program" -o Dir::Etc::SourceList="$base/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null \
    -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null \
    -o Dir::State::Lists="$base/apt/lists" -o Dir::Cache="$base/apt/cache" -o Debug::NoLocking=1 \
    -o APT::Default-Release=bookworm-backports "${own[@]}" "$@"
}

# The packages a Calc + Writer install with the Vietnamese UI consists of, as Debian splits them.
packages=(libreoffice-core libreoffice-common libreoffice-calc libreoffice-writer libreoffice-base-core
  libreoffice-style-colibre libreoffice-l10n-vi ure uno-libs-private fonts-opensymbol)

prepared() { [ -f "$base/version" ] && [ -x "$program/soffice.bin" ]; }

prepare_root() {
  mkdir -p "$base/apt/lists/partial" "$base/apt/cache/archives/partial"
  cat > "$base/apt/sources.list" <<'EOF'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian-security bookworm-security main
deb http://deb.debian.org/debian bookworm-backports main
EOF
  if ! apt_private apt-get -qq update; then
    # Offline: the office unpacked by an earlier run still tests what it tested.
    prepared || fail "cannot read the package lists of bookworm-backports (offline?); SANGKIEN_LO_BACKPORTS=0 skips the compatibility run"
    echo "lo-backports: bookworm-backports cannot be reached; using LibreOffice $(cat "$base/version") unpacked before" >&2
    return
  fi
  local version
  version=$(apt_private apt-cache policy libreoffice-core | awk '/Candidate:/ {print $2}') \
    || fail "apt-cache cannot read the package lists"
  case "$version" in *bpo12*) ;; *) fail "bookworm-backports offers no LibreOffice (candidate: $version)" ;; esac
  if prepared && [ "$(cat "$base/version")" = "$version" ]; then
    return
  fi
  echo "Unpacking LibreOffice $version from bookworm-backports into $root"
  rm -rf "$root" "$base/debs" "$base/version" && mkdir -p "$root" "$base/debs"
  # The packages and what they need that this system lacks or has too old, as apt would install
  # them (apt reads the system's package state, changes nothing: download only, into our cache).
  apt_private apt-get -qq -y --download-only --no-install-recommends install "${packages[@]}" \
    || fail "cannot download LibreOffice $version from bookworm-backports"
  local deb
  for deb in "$base/apt/cache/archives"/*.deb; do
    case "$(basename "$deb")" in
      # The GTK toolkit and its accessibility and media libraries: a headless office loads none.
      gir1.2-*|gstreamer*|libgstreamer*|libgraphene*|libgudev*|liblibreofficekit*|libreofficekit*|\
      libreoffice-gtk*|at-spi2-*|libatk*|libatspi*|libgdk-pixbuf*) continue ;;
    esac
    mv "$deb" "$base/debs/"
  done
  local debs=("$base/debs"/*.deb)
  [ ${#debs[@]} -gt 0 ] || fail "apt downloaded no package (is LibreOffice $version installed on this system already?)"
  for deb in "${debs[@]}"; do dpkg -x "$deb" "$root"; done
  [ -x "$program/soffice.bin" ] || fail "the packages hold no program/soffice.bin"
  # Libraries unpacked outside the program folder: beside soffice.bin, whose RUNPATH is $ORIGIN.
  local libs
  for libs in "$root"/usr/lib/*-linux-gnu; do
    find "$libs" -maxdepth 1 -name 'lib*.so.*' ! -name 'libuno_*' -exec cp -a -t "$program" {} +
  done
  # Debian's build hard-codes its install paths; point them into the root.
  sed -i "s|file:///usr/lib/libreoffice|file://$root/usr/lib/libreoffice|g" "$program/fundamentalrc"
  sed -i "s|file:///etc/libreoffice|file://$root/etc/libreoffice|g" "$program/sofficerc"
  mkdir -p "$root/var/spool/libreoffice/uno_packages/cache"
  local link target
  while IFS= read -r link; do
    target=$(readlink "$link")
    [ -e "$root$target" ] || [ "${link##*/}" = main.xcd ] \
      || fail "$link points at $target, which the packages do not hold"
    ln -sfn "$root$target" "$link"
  done < <(find "$root" -type l -lname '/*')
  # main.xcd is made by libreoffice-common's maintainer script (ucf), not unpacked.
  local registry=$root/usr/lib/libreoffice/share/registry
  [ -f "$root/usr/lib/libreoffice/share/.registry/main.xcd" ] || fail "libreoffice-common holds no share/.registry/main.xcd"
  rm -f "$registry/main.xcd"
  cp "$root/usr/lib/libreoffice/share/.registry/main.xcd" "$registry/main.xcd"
  local missing
  missing=$(cd "$program" && for f in soffice.bin *.so *.so.*; do ldd "$f" 2>/dev/null | grep 'not found' || true; done | sort -u)
  [ -z "$missing" ] || fail "libraries still missing: $missing"
  rm -rf "$base/debs"
  rm -f "$base/apt/cache/archives"/*.deb
  echo "$version" > "$base/version"
}

prepare_root
[ "${1:-}" = "--prepare-only" ] && exit 0

[ -x "$BUILD_DIR/sangkien" ] && [ -f "$BUILD_DIR/sangkien.oxt" ] || fail "build first (./build-oxt.sh)"
# As root, unopkg_install runs the office as "nobody": it must be able to reach the unpacked office.
if [ "$(id -u)" -eq 0 ] && ! setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$program/soffice.bin"; then
  fail "user nobody cannot reach $program (a folder above it is private); move the checkout or BUILD_DIR"
fi
export SANGKIEN_OFFICE=$program
export PATH=$program:$PATH
echo "Compatibility run against LibreOffice $(cat "$base/version") ($program)"
started=$(date +%s)
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 1200 || status=1

# The README's main job, into a folder of its own.
out=$base/out
rm -rf "$out"
job() { "$BUILD_DIR/sangkien" "$@" || { echo "lo-backports: sangkien $1 failed" >&2; status=1; }; }
job doctor
job review examples/so-sang-kien-mau.fods -o "$out" --ghi-de
job report examples/so-sang-kien-mau.fods -o "$out" --format odt,pdf --ghi-de
job dossier examples/so-sang-kien-mau.fods -o "$out" --format odt,pdf --ghi-de
for pdf in "$out"/*.pdf; do
  [ -f "$pdf" ] || { echo "lo-backports: the main job wrote no PDF" >&2; status=1; break; }
  producer=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Producer: *//p' || true)
  case "$producer" in
    *"LibreOffice 25"*|*"LibreOffice 2"[6-9]*) ;;
    *) echo "lo-backports: $pdf was not made by the backports office ($producer)" >&2; status=1 ;;
  esac
done
echo "Compatibility run: $(( $(date +%s) - started )) s, status $status"
exit $status
