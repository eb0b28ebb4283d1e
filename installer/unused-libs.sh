#!/usr/bin/env bash
# List the shared libraries in the one-folder build that a full run of the frozen BuurtDesk
# never opens (installer/frozen-scenario.sh under strace; with DISPLAY set, also a start-up in a
# real X window). What is listed is a candidate to leave out, no more: Wayland, input methods
# and the desktop portal are only opened on desktops that use them.
#   installer/unused-libs.sh [POSTGRES_URL]      (after installer/build-linux.sh; needs strace)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(pwd)/build/dist/BuurtDesk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
trace="strace -f -qq -e trace=openat,open -o $work/trace"
QT_QPA_PLATFORM=offscreen RUN_WRAPPER="strace -ff -qq -e trace=openat,open -o $work/trace" \
  installer/frozen-scenario.sh "$folder/buurtdesk" "$work/run" "${1:-}" >/dev/null
if [ -n "${DISPLAY:-}" ]; then
  QT_QPA_PLATFORM=xcb $trace.xcb "$folder/buurtdesk" --db "$work/run/demo.db" --exit-after-startup >/dev/null
fi
cat "$work"/trace* | grep -v ENOENT | grep -oE "\"$folder/_internal/[^\"]*\"" | tr -d '"' | sort -u \
  | xargs -r realpath -m | sed "s|^$folder/_internal/||" | sort -u >"$work/opened"
(cd "$folder/_internal" && find . -type f \( -name '*.so' -o -name '*.so.*' \) | sed 's|^\./||' | sort) >"$work/bundled"
comm -23 "$work/bundled" "$work/opened" | while read -r lib; do
  echo "$(stat -c %s "$folder/_internal/$lib") $lib"
done | sort -rn | awk '{total += $1; printf "%8d KiB  %s\n", $1 / 1024, $2} END {printf "%8d KiB  never opened in total\n", total / 1024}'
