#!/usr/bin/env bash
# The core stays portable to Windows (docs/windows.md): every source of src/core goes through the
# MinGW-w64 cross compiler from Debian (syntax only: nothing is linked; ICU's headers are borrowed
# from the host, they are the same on Windows), and the core holds no POSIX-only include and no
# GCC-only type (MinGW has unistd.h, so those are looked for by name).
#   tests/compat/windows_syntax.sh      (BUILD_DIR: where the generated string table is; GTEST_OUTPUT as ctest's)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BUILD_DIR=${BUILD_DIR:-build}
compiler=$(command -v x86_64-w64-mingw32-g++-posix || command -v x86_64-w64-mingw32-g++) \
  || { echo "windows syntax: no MinGW-w64 compiler (g++-mingw-w64-x86-64-posix; build-oxt.sh installs it)" >&2; exit 1; }
icu=$(mktemp -d)
trap 'rm -rf "$icu"' EXIT
ln -s /usr/include/unicode "$icu/unicode"

failed=0
if grep -rnE '#include <(unistd\.h|iconv\.h|fcntl\.h|dlfcn\.h|pthread\.h|sys/[a-z]+\.h)>|__int128|__extension__' src/core; then
  echo "FAIL POSIX-only or GCC-only code in the core (above)"
  failed=1
fi
mapfile -t sources < <(find src/core -name '*.cxx' | sort)
failures=$(printf '%s\0' "${sources[@]}" | xargs -0 -P "$(nproc)" -I{} sh -c \
  'errors=$(mktemp -p "$2") && "$0" -std=c++20 -fsyntax-only -Wall -Isrc -I"$1/generated" -isystem "$2" "{}" 2>"$errors" \
     || { echo "FAIL {}" >&2; cat "$errors" >&2; echo x; }' \
  "$compiler" "$BUILD_DIR" "$icu" | wc -l)
failed=$((failed + failures))
echo "windows syntax: ${#sources[@]} core sources through $(basename "$compiler"), $failed failed"
if [ -n "${GTEST_OUTPUT:-}" ]; then
  echo "<testsuites tests=\"$(( ${#sources[@]} + 1 ))\" failures=\"$failed\" disabled=\"0\" errors=\"0\" name=\"windows_syntax\"></testsuites>" \
    > "${GTEST_OUTPUT#xml:}windows_syntax.xml"
fi
[ "$failed" -eq 0 ]
