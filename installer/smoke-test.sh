#!/usr/bin/env bash
# Smoke test of the frozen BuurtDesk on Linux: build it (unless --no-build), install it into a
# temporary prefix with install.sh, start it offscreen on a fresh demo database and on a new,
# empty one (what a new user gets first), open and migrate a database of the first release,
# and make a PDF — all with the frozen program; open a .buurtdesk file through the installed
# desktop entry, and run install.sh again from the installed copy. Then
# the full scenario (installer/frozen-scenario.sh: every PDF, a logo, XLSX/CSV, .ics, export
# and import; with BUURTDESK_TEST_POSTGRES_URL set also on that PostgreSQL server), a start-up
# in a real X window when Xvfb is there, and the size of the installed folder (under 150 MB).
#   installer/smoke-test.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-build" ] || installer/build-linux.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
tarball=$(ls -t dist/BuurtDesk-*-linux-*.tar.gz | head -1)
tar -C "$work" -xzf "$tarball"
PREFIX="$work/prefix" "$work/BuurtDesk/install.sh" >/dev/null
app="$work/prefix/bin/buurtdesk"
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

"$app" --version | grep -q "BuurtDesk" || fail "--version"
"$app" demo --db "$work/demo.db" | grep -q "Demodatabase" || fail "demo database"
startup=$("$app" --db "$work/demo.db" --exit-after-startup) || fail "start on the demo database"
echo "$startup" | grep -q '^startup_ms=[0-9]' || fail "no startup_ms from the frozen app: $startup"
"$app" check --db "$work/demo.db" | grep -q '^ok' || fail "check of the demo database"
first=$("$app" --db "$work/first.db" --exit-after-startup) || fail "first start on a new, empty database"
echo "$first" | grep -q '^startup_ms=[0-9]' || fail "no startup_ms on a new, empty database: $first"

cp tests/data/buurtdesk-0001.db "$work/old.db"
"$app" --db "$work/old.db" --exit-after-startup | grep -q '^startup_ms=' || fail "start on a first-release database"
"$app" check --db "$work/old.db" | grep -q '^ok' || fail "the old database was not migrated"
"$app" list decisions --db "$work/old.db" --json | grep -q '"2026-001"' || fail "the old database lost its decisions"
ls "$work"/backups/old-*-voor-bijwerken*.sqlite3 >/dev/null 2>&1 || fail "no backup before the migration"

meeting=$("$app" list meetings --db "$work/demo.db" --json | python3 -c 'import json,sys; print([m for m in json.load(sys.stdin) if m["status"]=="closed"][0]["id"])')
"$app" pdf minutes --db "$work/demo.db" --meeting "$meeting" -o "$work/minutes.pdf" || fail "minutes PDF"
head -c 5 "$work/minutes.pdf" | grep -q '%PDF-' || fail "the minutes are not a PDF"
if command -v qpdf >/dev/null; then qpdf --check "$work/minutes.pdf" >/dev/null || fail "qpdf --check of the minutes"; fi
if command -v pdffonts >/dev/null; then
  pdffonts "$work/minutes.pdf" | tail -n +3 | awk '$(NF-4) != "yes" {bad = 1} END {exit bad}' || fail "a font of the minutes is not embedded"
fi

# The PostgreSQL driver (psycopg with its libpq) loads: libpq reports the refused connection,
# which BuurtDesk says as "not reachable" (a driver that did not load says something else).
pg_answer=$("$app" check --database-url "postgresql+psycopg://nobody@127.0.0.1:1/none" 2>&1 || true)
echo "$pg_answer" | grep -q 'De databaseserver is niet bereikbaar' || fail "psycopg/libpq did not load: $pg_answer"

QT_QPA_PLATFORM=offscreen installer/frozen-scenario.sh "$app" "$work/scenario" "${BUURTDESK_TEST_POSTGRES_URL:-}" >/dev/null \
  || fail "the full scenario"

if command -v Xvfb >/dev/null; then
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
  display=:$(cat "$work/display")
  x11=$(DISPLAY=$display QT_QPA_PLATFORM=xcb "$app" --db "$work/demo.db" --exit-after-startup 2>&1) || x11="failed: $x11"
  kill "$xvfb"
  echo "$x11" | grep -q '^startup_ms=[0-9]' || fail "start-up in an X window (Xvfb $display): $x11"
fi

[ -f "$work/prefix/share/applications/buurtdesk.desktop" ] || fail "no .desktop file installed"
# A .buurtdesk file opened from the desktop runs the entry's Exec line with the file for %f;
# from the menu, %f is left out. Both must start the app (the file's import preview opens).
exec_line=$(sed -n 's/^Exec=//p' "$work/prefix/share/applications/buurtdesk.desktop")
"$app" export --db "$work/demo.db" --council 1 -o "$work/council.buurtdesk" >/dev/null || fail "export for the desktop entry"
cp "$work/demo.db" "$work/desktop.db"
# shellcheck disable=SC2086 # the Exec line is split into words as the desktop does
opened=$(${exec_line/\%f/$work/council.buurtdesk} --db "$work/desktop.db" --exit-after-startup 2>&1) ||
  fail "the desktop entry ($exec_line) refused a .buurtdesk file: $opened"
echo "$opened" | grep -q '^startup_ms=[0-9]' || fail "the desktop entry did not open the app with a file: $opened"
# shellcheck disable=SC2086
menu=$(${exec_line/ \%f/} --db "$work/desktop.db" --exit-after-startup 2>&1) ||
  fail "the desktop entry without a file: $menu"
echo "$menu" | grep -q '^startup_ms=[0-9]' || fail "the desktop entry did not open the app from the menu: $menu"
# install.sh run again from the installed copy (to mend the menu entries) keeps BuurtDesk.
PREFIX="$work/prefix" "$work/prefix/opt/BuurtDesk/install.sh" >/dev/null || fail "install.sh run again from the installed copy"
"$app" --version | grep -q "BuurtDesk" || fail "install.sh run again from the installed copy removed BuurtDesk"
[ -f "$work/prefix/share/icons/hicolor/256x256/apps/buurtdesk.png" ] || fail "no icon installed"
bytes=$(du -sb "$work/prefix/opt/BuurtDesk" | cut -f1)
[ "$bytes" -lt 150000000 ] || fail "the installed folder is $bytes bytes, not under 150 MB"
echo "smoke test passed: $startup; one-folder build $((bytes / 1000000)) MB ($bytes bytes)"
