"""Commands for the municipality's privacy officer: export or forget one person (AVG).

`buurtdesk person export --db PATH --person ID [-o FILE]` writes everything stored about the
person as JSON (to the screen, or to FILE, readable by the owner only);
`buurtdesk person forget --db PATH --person ID --yes [--backups clean|drop|keep]` does what
'Persoon vergeten' in the app does, and then cleans or removes the backups that still hold
the person (asked for with --backups; without it they are listed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from buurtdesk.cli.common import add_database_options, open_services, positive_id
from buurtdesk.cli.parser import Names
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.messages import NC_, _

BACKUP_CHOICES = Names(
    NC_("command-line value", "clean"),
    NC_("command-line value", "drop"),
    NC_("command-line value", "keep"),
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    person = sub.add_parser(
        "person", help=_("export or forget everything stored about one person (privacy)")
    )
    actions = person.add_subparsers(dest="person_action", metavar=_("ACTION"), required=True)

    export = actions.add_parser("export", help=_("everything stored about the person, as JSON"))
    add_database_options(export)
    export.add_argument("--person", type=positive_id, required=True, metavar="ID")
    export.add_argument(
        "-o", "--output", type=Path, metavar=_("FILE.json"), help=_("the file to write")
    )
    export.set_defaults(handler=run_export)

    forget = actions.add_parser(
        "forget", help=_("remove the person's contact data and name everywhere (cannot be undone)")
    )
    add_database_options(forget)
    forget.add_argument("--person", type=positive_id, required=True, metavar="ID")
    forget.add_argument(
        "--yes", action="store_true", help=_("yes: forget this person; this cannot be undone")
    )
    forget.add_argument(
        "--backups",
        type=BACKUP_CHOICES,
        choices=BACKUP_CHOICES,
        metavar="|".join(BACKUP_CHOICES),
        help=_("the backups that still hold the person: clean them, remove them or keep them"),
    )
    forget.set_defaults(handler=run_forget)


def run_export(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        if args.output is None:
            json.dump(
                services.privacy.export_person(args.person),
                sys.stdout,
                ensure_ascii=False,
                indent=2,
            )
            sys.stdout.write("\n")
            return 0
        written = services.privacy.write_person_export(args.person, Path(args.output).expanduser())
    finally:
        services.database.dispose()
    print(_("Saved in {path}").format(path=written))
    return 0


def run_forget(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        person = services.councils.get_person(args.person)  # a wrong id: one sentence
        if not args.yes:
            raise InvalidInput.said(
                "Forgetting {name} cannot be undone; repeat the command with --yes to do it.",
                name=person.name,
            )
        report = services.privacy.forget_person(args.person)
        print(
            _("Forgotten. The name was replaced in {count} texts.").format(
                count=report.texts_changed
            )
        )
        if report.backups_holding:
            choice = args.backups or "keep"
            if choice == "keep":
                print(
                    _(
                        "{count} backups still hold the person; clean them with --backups {clean} "
                        "or remove them with --backups {drop}:"
                    ).format(
                        count=len(report.backups_holding),
                        clean=BACKUP_CHOICES.shown("clean"),
                        drop=BACKUP_CHOICES.shown("drop"),
                    )
                )
                for backup in report.backups_holding:
                    print(f"  {backup}")
            else:
                handled = services.privacy.clean_backups(report, drop=choice == "drop")
                print(
                    (
                        _("Backups cleaned: {count}.")
                        if choice == "clean"
                        else _("Backups removed: {count}.")
                    ).format(count=handled)
                )
    finally:
        services.database.dispose()
    return 0
