#!/usr/bin/env bash
# Install BuurtDesk for the current user from the unpacked Linux tarball (no root needed):
#   tar xzf BuurtDesk-<version>-linux-x86_64.tar.gz && BuurtDesk/install.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications" "$prefix/share/mime/packages"
target="$prefix/opt/BuurtDesk"
# Run again from the installed copy itself (to mend the menu entries), the program stays.
if [ ! -d "$target" ] || [ "$(cd "$target" && pwd -P)" != "$(cd "$here" && pwd -P)" ]; then
  rm -rf "$target.new"
  cp -a "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi
ln -sf "$prefix/opt/BuurtDesk/buurtdesk" "$prefix/bin/buurtdesk"
for size in 16 32 48 64 128 256 512; do
  dir="$prefix/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$here/_internal/resources/icons/buurtdesk-$size.png" "$dir/buurtdesk.png"
done
sed "s|^Exec=buurtdesk|Exec=$prefix/bin/buurtdesk|" "$here/buurtdesk.desktop" > "$prefix/share/applications/buurtdesk.desktop"
cp "$here/buurtdesk-mime.xml" "$prefix/share/mime/packages/buurtdesk.xml"
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "BuurtDesk is installed: start it from the menu, or run $prefix/bin/buurtdesk"
