#!/usr/bin/env bash
# Run a frozen BuurtDesk through everything it can do from the command line and its start-up,
# so that every library the program needs is loaded at least once:
#   installer/frozen-scenario.sh APP WORKDIR [POSTGRES_URL]
# APP is the frozen program (e.g. build/dist/BuurtDesk/buurtdesk), WORKDIR an empty folder.
# With POSTGRES_URL (postgresql+psycopg://...) it also fills and reads a PostgreSQL database.
# RUN_WRAPPER (e.g. "strace -f -qq -e trace=openat -o trace.log") is put before each command;
# installer/unused-libs.sh uses that to list the bundled libraries that are never opened.
# Under Xvfb (DISPLAY set and QT_QPA_PLATFORM=xcb) the start-up opens a real X window.
set -euo pipefail
app=$1 work=$2 pg_url=${3:-}
run() { ${RUN_WRAPPER:-} "$app" "$@"; }
fail() { echo "SCENARIO FAILED: $*" >&2; exit 1; }
has() { grep -- "$1" >/dev/null; }  # reads all its input: no broken pipe for the writer
mkdir -p "$work"
db="$work/demo.db"

run --version | has BuurtDesk || fail "--version"
run demo --db "$db" --force >/dev/null || fail "demo database"
run --db "$db" --exit-after-startup | has '^startup_ms=' || fail "start-up"
run --lang en --db "$db" --exit-after-startup | has '^startup_ms=' || fail "start-up in English"
run check --db "$db" | has '^ok' || fail "check"

ids() { python3 -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(sys.stdin)))'; }
councils=$(run list councils --db "$db" --json | ids)
council=${councils%% *}
meetings=$(run list meetings --db "$db" --json \
  | python3 -c 'import json,sys; ms=json.load(sys.stdin); print([m for m in ms if m["status"]=="closed"][0]["id"], [m for m in ms if m["status"]!="closed"][-1]["id"])')
closed=${meetings% *} planned=${meetings#* }
run list actions --db "$db" --council "$council" --json >/dev/null || fail "list actions"
run list decisions --db "$db" --council "$council" --json | has '"number"' || fail "list decisions"

run pdf minutes --db "$db" --meeting "$closed" -o "$work/minutes.pdf" || fail "minutes PDF"
run pdf agenda --db "$db" --meeting "$planned" -o "$work/agenda.pdf" || fail "agenda PDF"
run pdf actions --db "$db" --council "$council" --group person --with-closed -o "$work/actions.pdf" || fail "action list PDF"
for c in $councils; do  # not every demo council has a toekomstagenda round yet
  run pdf toekomstagenda --db "$db" --council "$c" -o "$work/toekomstagenda.pdf" >/dev/null 2>&1 && break
done
[ -f "$work/toekomstagenda.pdf" ] || fail "toekomstagenda PDF"
run pdf budget --db "$db" --council "$council" --year 2025 -o "$work/budget.pdf" || fail "budget PDF"
for pdf in "$work"/*.pdf; do head -c 5 "$pdf" | has '%PDF-' || fail "$pdf is not a PDF"; done

# A council logo in the page header (read by reportlab through Pillow): a PNG and a JPEG.
logo_db="$work/logo.db"
cp "$db" "$logo_db"
with_logo() {
  python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("update councils set logo=?", (open(sys.argv[2], "rb").read(),)); c.commit()' "$logo_db" "$1"
  run pdf minutes --db "$logo_db" --meeting "$closed" -o "$2" >/dev/null || fail "minutes PDF with the logo $1"
  if command -v pdfimages >/dev/null; then
    [ "$(pdfimages -list "$2" | tail -n +3 | wc -l)" -gt 0 ] || fail "the logo $1 is not in $2"
  fi
}
with_logo "$(dirname "$(readlink -f "$app")")/_internal/resources/icons/buurtdesk-256.png" "$work/logo-png.pdf"
if command -v pdftoppm >/dev/null; then
  pdftoppm -jpeg -r 20 -f 1 -l 1 -singlefile "$work/minutes.pdf" "$work/logo"
  with_logo "$work/logo.jpg" "$work/logo-jpeg.pdf"
fi

run sheet actions --db "$db" --council "$council" -o "$work/actions.xlsx" || fail "XLSX of the actions"
run sheet decisions --db "$db" --council "$council" -o "$work/decisions.csv" || fail "CSV of the decisions"
run ics --db "$db" --meeting "$planned" -o "$work/meeting.ics" || fail "ics"
has BEGIN:VEVENT <"$work/meeting.ics" || fail "the .ics has no event"

run export --db "$db" --council "$council" -o "$work/council.buurtdesk" || fail "export"
run demo --db "$work/other.db" --seed 7 --force >/dev/null || fail "second demo database"
run import --db "$work/other.db" --dry-run "$work/council.buurtdesk" >/dev/null || fail "import dry run"
run import --db "$work/other.db" --keep-mine "$work/council.buurtdesk" >/dev/null || fail "import"
run --db "$work/other.db" --import "$work/council.buurtdesk" --exit-after-startup | has '^startup_ms=' \
  || fail "start-up with the import preview"
run backup --db "$db" >/dev/null || fail "backup"

if [ -n "$pg_url" ]; then
  run demo --database-url "$pg_url" --force >/dev/null || fail "demo database on PostgreSQL"
  run check --database-url "$pg_url" | has '^ok' || fail "check on PostgreSQL"
  run list decisions --database-url "$pg_url" --json | has '"number"' || fail "decisions on PostgreSQL"
  run --database-url "$pg_url" --exit-after-startup | has '^startup_ms=' || fail "start-up on PostgreSQL"
  run pdf actions --database-url "$pg_url" --council "$council" -o "$work/pg-actions.pdf" || fail "PDF from PostgreSQL"
fi
echo "scenario passed"
