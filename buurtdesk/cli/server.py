"""`buurtdesk server`: which server user sees which council, for the municipality's administrator."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from buurtdesk.cli.common import add_database_options, open_services, positive_id, print_json
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.messages import _
from buurtdesk.services import Services

if TYPE_CHECKING:  # the database code loads with the command, not with `buurtdesk --help`
    from buurtdesk.services.server_access import ServerUser


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser(
        "server",
        help=_("access per council on a shared server"),
    )
    actions = server.add_subparsers(dest="server_command", metavar="grant|revoke|users")
    actions.required = True
    for name, helptext in (
        ("grant", _("give a server user a council")),
        ("revoke", _("take a council away again")),
    ):
        command = actions.add_parser(name, help=helptext)
        add_database_options(command)
        command.add_argument("--user", required=True, metavar="NAME")
        which = command.add_mutually_exclusive_group(required=True)
        which.add_argument("--council", type=positive_id, metavar="ID")
        which.add_argument(
            "--all-councils",
            action="store_true",
            help=_("every council (a municipal user)"),
        )
        command.set_defaults(handler=run_grant if name == "grant" else run_revoke)
    users = actions.add_parser("users", help=_("show who sees what"))
    add_database_options(users)
    users.add_argument("--json", action="store_true")
    users.set_defaults(handler=run_users)


def _server_services(args: argparse.Namespace) -> Services:
    if not getattr(args, "database_url", None):
        raise InvalidInput.said("Name the server with --database-url URL.")
    return open_services(args)


def _describe(user: ServerUser) -> str:
    if user.all_councils:
        return _("every council")
    councils = user.councils
    if not councils:
        return _("no councils")
    return ", ".join(f"{name} ({cid})" for cid, name in councils)


def run_grant(args: argparse.Namespace) -> int:
    services = _server_services(args)
    user = services.server_access.grant(args.user, None if args.all_councils else args.council)
    print(_("{name} now sees: {councils}.").format(name=user.name, councils=_describe(user)))
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    services = _server_services(args)
    user = services.server_access.revoke(args.user, None if args.all_councils else args.council)
    print(_("{name} now sees: {councils}.").format(name=user.name, councils=_describe(user)))
    return 0


def run_users(args: argparse.Namespace) -> int:
    services = _server_services(args)
    users = services.server_access.users()
    if args.json:
        print_json(
            [
                {
                    "user": u.name,
                    "all_councils": u.all_councils,
                    "councils": [{"id": cid, "name": name} for cid, name in u.councils],
                }
                for u in users
            ]
        )
        return 0
    if not users:
        print(_("Nobody has access to a council yet."))
    for user in users:
        print(f"{user.name}: {_describe(user)}")
    return 0


def run_demo_on_server(args: argparse.Namespace) -> int:
    """`demo --database-url URL`: the demo on the server only; local files are not touched."""
    import time

    from buurtdesk.demo.server import build_demo_on_server
    from buurtdesk.store.credentials import shown

    services = open_services(args)
    started = time.perf_counter()
    summary = build_demo_on_server(services, scale=args.scale, seed=args.seed, force=args.force)
    seconds = f"{time.perf_counter() - started:.1f}"
    print(
        _(
            "Demo on {server}: {councils} councils, {meetings} meetings, {decisions} decisions, "
            "{actions} action points ({seconds} s)."
        ).format(
            server=shown(args.database_url),
            councils=summary.councils,
            meetings=summary.meetings,
            decisions=summary.decisions,
            actions=summary.actions,
            seconds=seconds,
        )
    )
    return 0
