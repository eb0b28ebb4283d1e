"""Commands above one council: funds, the annual report, the municipality's overview.

    buurtdesk funds --db PATH [--json]                                   the pooled funds (fondsen)
    buurtdesk pdf jaarverslag --db PATH --council ID [--year Y] -o OUT.pdf   (pdf annual-report)
    buurtdesk pdf fonds --db PATH --fund ID [--year Y] -o OUT.pdf            (pdf fund)
    buurtdesk list actions --db PATH --organisation NAME [--council ID] [--json]
    buurtdesk sheet councils --db PATH [--year Y] -o OUT.xlsx|OUT.csv

The `pdf`, `list` and `sheet` commands belong to their own modules; they call the functions
here for the kinds this room brings.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from buurtdesk.cli.common import (
    add_database_options,
    language,
    open_services,
    print_json,
    print_table,
)
from buurtdesk.domain.dates import short_date
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.messages import _
from buurtdesk.services import Services


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    funds = sub.add_parser(
        "funds",
        aliases=["fondsen"],
        help=_("list the pooled funds (for pdf fund --fund ID)"),
    )
    add_database_options(funds)
    funds.add_argument("--json", action="store_true", help=_("as JSON"))
    funds.set_defaults(handler=run_funds, command="funds")


def run_funds(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        rows: list[dict[str, Any]] = []
        for fund in services.funds.list_funds():
            years = services.funds.fund_years(fund.id)
            rows.append(
                {
                    "id": fund.id,
                    "name": fund.name,
                    "municipality": fund.municipality,
                    "years": years,
                }
            )
    finally:
        services.database.dispose()
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [
            [str(r["id"]), r["name"], r["municipality"], ", ".join(map(str, r["years"]))]
            for r in rows
        ],
        ["id", _("name"), _("municipality"), _("years")],
    )
    return 0


# -- pdf kinds ------------------------------------------------------------------------------------
def annual_report_pdf(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.jaarverslag.report import render_jaarverslag

    year = args.year or services.annual.today().year - 1  # the report is about a year gone by
    return render_jaarverslag(services, args.council, year, out)


def annual_report_docx(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.jaarverslag.word import render_jaarverslag_docx

    year = args.year or services.annual.today().year - 1
    return render_jaarverslag_docx(services, args.council, year, out)


def fund_pdf(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.budget.fund_statement import render_fund_statement

    services.funds.get_fund(args.fund)  # a wrong id: one clear sentence
    return render_fund_statement(services, args.fund, args.year or services.funds.today().year, out)


# -- list actions --organisation ----------------------------------------------------------------------
def list_organisation_actions(args: argparse.Namespace) -> int:
    """The action points one organisation owns, across every council (or one: --council)."""
    from buurtdesk.cli.words import word
    from buurtdesk.domain.enums import ActionStatus

    services = open_services(args)
    try:
        if args.council:
            services.councils.get_council(args.council)  # a wrong id: one clear sentence
        organisation = services.municipality.find_organisation(args.organisation)
        actions = services.municipality.organisation_actions(
            organisation.id, council_id=args.council
        )
        today = services.municipality.today()
    finally:
        services.database.dispose()
    if args.json:
        print_json([{**_plain(asdict(a)), "overdue": a.is_overdue(today)} for a in actions])
        return 0
    lang = language()
    print_table(
        [
            [
                str(a.id),
                a.council_name,
                a.title[:60],
                a.owner_name,
                short_date(a.due_date, lang) if a.due_date else "",
                word(ActionStatus, a.status) + (" !" if a.is_overdue(today) else ""),
            ]
            for a in actions
        ],
        [
            "id",
            _("council"),
            _("what"),
            _("who"),
            _("due"),
            _("status"),
        ],
    )
    return 0


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.value if hasattr(v, "value") else v) for k, v in data.items()}


# -- sheet councils ---------------------------------------------------------------------------------
def council_sheet_file(args: argparse.Namespace) -> Path:
    """The Gemeente table as a spreadsheet; returns the file written."""
    from buurtdesk.exchange.council_sheet import council_sheet
    from buurtdesk.exchange.sheets import write_sheet

    if getattr(args, "council", None):
        raise InvalidInput.said(
            "The overview of the councils is about every council; leave out --council."
        )
    services = open_services(args)
    try:
        sheet = council_sheet(services, getattr(args, "year", None), language())
        try:
            return write_sheet(sheet, args.output)
        except OSError as exc:
            raise InvalidInput.said(
                "{path} cannot be written ({why}).", path=args.output, why=exc.strerror
            ) from None
    finally:
        services.database.dispose()
