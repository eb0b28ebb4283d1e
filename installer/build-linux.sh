#!/usr/bin/env bash
# Build BuurtDesk for Linux: a PyInstaller one-folder build, packed as a tarball with a
# .desktop file, icons and a per-user install script.
#   installer/build-linux.sh            -> dist/BuurtDesk-<version>-linux-<arch>.tar.gz
# Needs icupkg and cc for the smaller ICU data (Debian/Ubuntu: apt-get install icu-devtools gcc).
set -euo pipefail
cd "$(dirname "$0")/.."
./dev setup
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r installer/requirements-build.lock
.venv/bin/python scripts/i18n.py release
version=$(.venv/bin/python -c 'import buurtdesk; print(buurtdesk.__version__)')
arch=$(uname -m)
.venv/bin/pyinstaller --noconfirm --distpath build/dist --workpath build/work installer/buurtdesk.spec
folder=build/dist/BuurtDesk
cp installer/buurtdesk.desktop installer/buurtdesk-mime.xml installer/install.sh "$folder/"
du -sm "$folder" | cut -f1 > build/size-mb.txt
mkdir -p dist
tar -C build/dist -czf "dist/BuurtDesk-$version-linux-$arch.tar.gz" BuurtDesk
echo "one-folder build: $(cat build/size-mb.txt) MB; tarball: dist/BuurtDesk-$version-linux-$arch.tar.gz ($(du -sm "dist/BuurtDesk-$version-linux-$arch.tar.gz" | cut -f1) MB)"
