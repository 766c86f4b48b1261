#!/usr/bin/env bash
# Builds Sáng kiến and packages build/sangkien.oxt, installing the Debian packages it needs first.
#
#   ./build-oxt.sh              build and package (quick when nothing changed)
#   ./build-oxt.sh --main-job   the same, then the main job on the bundled example workbook
#                               (examples/so-sang-kien-mau.fods): `sangkien doctor`; `sangkien review`
#                               (the summary, out/KetQuaXet.ods); `sangkien report` (out/BaoCaoTongKet
#                               .odt/.pdf); `sangkien dossier` (out/ToTrinh, BienBan, TomTatThanhTich,
#                               BaoCaoThanhTichTapThe, BaoCaoThanhTichCaNhan, QuyetDinh, GiayKhen as
#                               .odt and .pdf)
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo), JOBS (default: all cores).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
BUILD_DIR=${BUILD_DIR:-build}
# The compiler cache (when installed) is shared by every checkout on this machine: paths under the
# checkout are hashed relative to it, and the working folder is not hashed.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
JOBS=${JOBS:-$(nproc)}
main_job=false

fail() { echo "build-oxt.sh: $*" >&2; exit 1; }
trap 'fail "step failed (line $LINENO): $BASH_COMMAND"' ERR

for argument in "$@"; do
  case "$argument" in
    --main-job) main_job=true ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) fail "unknown option $argument (see --help)" ;;
  esac
done

# What building, packaging and testing need on Debian 12. The GUI office packages (not -nogui) so
# that dialogs can also be shown under Xvfb; --no-install-recommends keeps the set small.
packages=(
  cmake g++ make
  libreoffice-dev libreoffice-dev-common libboost-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev
  libreoffice-calc libreoffice-writer libreoffice-l10n-vi
  fonts-liberation2 fonts-dejavu-core
  poppler-utils xvfb imagemagick xdotool zip unzip procps
  python3-openpyxl python3-xlwt ccache g++-mingw-w64-x86-64-posix
  dosfstools exfatprogs exfat-fuse  # cli_files: a FAT32 or exFAT stick image (no hard links)
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "need root or sudo to install: ${missing[*]}"
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q || fail "apt-get update failed"
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || fail "apt-get could not install: ${missing[*]}"
fi

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" || fail "CMake configuration failed"
fi
cmake --build "$BUILD_DIR" -j "$JOBS" || fail "the build failed"
[ -f "$BUILD_DIR/sangkien.oxt" ] || fail "$BUILD_DIR/sangkien.oxt was not produced"
echo "Built $BUILD_DIR/sangkien.oxt and $BUILD_DIR/sangkien"

if $main_job; then
  # The main job: prove the office side works, then review the bundled example workbook.
  "$BUILD_DIR/sangkien" doctor || fail "sangkien doctor failed"
  "$BUILD_DIR/sangkien" review examples/so-sang-kien-mau.fods -o out --ghi-de || fail "sangkien review failed"
  "$BUILD_DIR/sangkien" report examples/so-sang-kien-mau.fods -o out --format odt,pdf --ghi-de || fail "sangkien report failed"
  "$BUILD_DIR/sangkien" dossier examples/so-sang-kien-mau.fods -o out --format odt,pdf --ghi-de || fail "sangkien dossier failed"
fi
