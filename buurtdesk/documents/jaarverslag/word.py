"""The annual report as an editable Word copy (.docx): the same content as the PDF.

Secretaries often touch up the report before it goes round; this copy has the same parts,
words and figures as `jaarverslag.py` (both read one `AnnualDocument`), set with the general
Word writer (word.py). The attendance chart becomes its table; the budget bars their figures.
"""

from __future__ import annotations

from pathlib import Path

from buurtdesk.documents.jaarverslag.report import AnnualDocument, annual_document, annual_words
from buurtdesk.documents.word import WordDocument
from buurtdesk.documents.words import Words
from buurtdesk.domain.dates import long_date, short_date
from buurtdesk.domain.enums import MembershipRole
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.municipality.annual_views import ActionLine, AnnualReport


def render_jaarverslag_docx(services: Services, council_id: int, year: int, out_path: Path) -> Path:
    return build_jaarverslag_docx(annual_document(services, council_id, year), out_path)


def build_jaarverslag_docx(document: AnnualDocument, out_path: Path) -> Path:
    report, balance = document.report, document.balance
    w = annual_words(report.council.language)
    council = report.council
    doc = WordDocument(
        title=w.fmt("jv_title", year=report.year),
        author=council.name,
        language=w.language,
        subject=w.fmt("jv_subject", council=council.name, year=report.year),
        header_left=council.name,
        header_right=w.fmt("jv_title", year=report.year),
        footer_left=w.fmt("jv_made_with", date=long_date(document.today, w.language)),
    )
    audience = (
        w.fmt("jv_for", municipality=council.municipality)
        if council.municipality
        else w["jv_for_plain"]
    )
    doc.title(w.fmt("jv_title", year=report.year), subtitle=f"{council.name}, {audience}")
    doc.paragraph(w.fmt("jv_intro", council=council.name, year=report.year))
    money = balance.money
    doc.table(
        [w["jv_in_brief"], ""],
        [
            [w["jv_brief_meetings"], str(len(report.meetings))],
            [w["jv_brief_decisions"], str(len(report.decisions))],
            [w["jv_brief_actions"], str(len(report.done))],
            [w["jv_brief_available"], money(balance.figures.available)],
            [w["jv_brief_spent"], money(balance.figures.spent)],
        ],
        widths=[0.6, 0.4],
        align_right=(1,),
    )
    doc.heading(w["jv_foreword"])
    if report.foreword.strip():
        doc.notes(report.foreword)
    else:
        doc.paragraph(w["jv_no_foreword"], muted=True)
    _members(doc, report, w)
    _meetings(doc, report, w)
    _decisions(doc, report, w)
    _actions(doc, report, w)
    _budget(doc, document, w)
    _closing(doc, report, w)
    return doc.save(out_path)


def _roles(w: Words, roles: tuple[MembershipRole, ...]) -> str:
    return ", ".join(w.labels.get(f"role_{r.value}", r.value.replace("_", " ")) for r in roles)


def _members(doc: WordDocument, report: AnnualReport, w: Words) -> None:
    doc.heading(w["jv_council"])
    doc.paragraph(w.fmt("jv_members_count", year=report.year, count=len(report.members)))
    doc.table(
        [w["jv_name"], w["jv_role"], w["jv_present_at"]],
        [
            [
                m.name,
                _roles(w, m.roles),
                w.fmt("jv_present_of", count=m.meetings_present, total=m.meetings_possible),
            ]
            for m in report.members
        ],
        widths=[0.46, 0.34, 0.2],
        align_right=(2,),
    )
    doc.heading(w.fmt("jv_joined", year=report.year), level=2)
    joined = [
        w.fmt(
            "jv_joined_line",
            name=m.name,
            role=_roles(w, m.roles),
            date=short_date(m.joined_on, w.language),
        )
        for m in report.joined
        if m.joined_on
    ]
    doc.bullets(joined) if joined else doc.paragraph(w["jv_nobody_joined"], muted=True)
    doc.heading(w.fmt("jv_left", year=report.year), level=2)
    left = [
        w.fmt(
            "jv_left_line",
            name=m.name,
            role=_roles(w, m.roles),
            date=short_date(m.left_on, w.language),
        )
        for m in report.left
        if m.left_on
    ]
    doc.bullets(left) if left else doc.paragraph(w["jv_nobody_left"], muted=True)


def _meetings(doc: WordDocument, report: AnnualReport, w: Words) -> None:
    doc.heading(w["jv_meetings"])
    if not report.meetings:
        doc.paragraph(w.fmt("jv_no_meetings", year=report.year))
        return
    average = sum(m.present for m in report.meetings) / len(report.meetings)
    shown = w.decimal(average, 1)
    doc.paragraph(w.fmt("jv_meetings_count", count=len(report.meetings), average=shown))
    doc.table(
        [w["jv_meeting"], w["jv_present"], w["jv_apologies"], w["jv_absent"], w["jv_guests"]],
        [
            [
                long_date(m.day, w.language),
                str(m.present),
                str(m.apologies),
                str(m.absent),
                str(m.guests),
            ]
            for m in report.meetings
        ],
        widths=[0.44, 0.14, 0.14, 0.14, 0.14],
        align_right=(1, 2, 3, 4),
    )


def _decisions(doc: WordDocument, report: AnnualReport, w: Words) -> None:
    doc.heading(w["jv_decisions"])
    if not report.decisions:
        doc.paragraph(w.fmt("jv_no_decisions", year=report.year))
        return
    with_money = [d for d in report.decisions if d.amount is not None and not d.withdrawn]
    total = Money(sum(d.amount.cents for d in with_money if d.amount is not None))
    doc.paragraph(
        w.fmt(
            "jv_decisions_count",
            year=report.year,
            count=len(report.decisions),
            money=len(with_money),
            amount=total.format(w.language),
        )
    )
    doc.table(
        [w["jv_number"], w["jv_date"], w["jv_decision"], w["jv_amount"]],
        [
            [
                str(d.number),
                short_date(d.decided_on, w.language),
                d.text + (f" {w['jv_withdrawn']}" if d.withdrawn else ""),
                d.amount.format(w.language) if d.amount is not None else "",
            ]
            for d in report.decisions
        ],
        widths=[0.13, 0.13, 0.56, 0.18],
        align_right=(3,),
    )


def _action_table(
    doc: WordDocument, title: str, lines: tuple[ActionLine, ...], w: Words, closed: bool
) -> None:
    doc.heading(title, level=2)
    if not lines:
        doc.paragraph(w["jv_none"], muted=True)
        return
    rows = []
    for a in lines:
        day = a.closed_on if closed else a.due_date
        rows.append([a.title, a.owner, short_date(day, w.language) if day else ""])
    doc.table(
        [w["jv_what"], w["jv_who"], w["jv_when_done"] if closed else w["jv_due"]],
        rows,
        widths=[0.56, 0.28, 0.16],
    )


def _actions(doc: WordDocument, report: AnnualReport, w: Words) -> None:
    year, following = report.year, report.year + 1
    doc.heading(w["jv_actions"])
    doc.paragraph(
        w.fmt(
            "jv_actions_line",
            year=year,
            next=following,
            opened=len(report.opened),
            done=len(report.done),
            dropped=len(report.dropped),
            carried=len(report.carried),
        )
    )
    _action_table(doc, w.fmt("jv_done_list", year=year), report.done, w, True)
    _action_table(doc, w.fmt("jv_dropped_list", year=year), report.dropped, w, True)
    _action_table(
        doc, w.fmt("jv_carried_list", year=year, next=following), report.carried, w, False
    )
    doc.heading(w["jv_cycle"])
    if report.cycle_number is None:
        doc.paragraph(w["jv_no_cycle"])
        return
    if report.current_phase is not None:
        phase = w[f"phase_{report.current_phase.value}"]
        doc.paragraph(w.fmt("jv_cycle_now", year=year, number=report.cycle_number, phase=phase))
    else:
        doc.paragraph(w["jv_cycle_closed"])
    for move in report.phase_moves:
        day = long_date(move.day, w.language)
        to_phase = w[f"phase_{move.to_phase.value}"]
        if move.from_phase is None:
            doc.paragraph(w.fmt("jv_move_start", date=day, to_phase=to_phase))
        else:
            from_phase = w[f"phase_{move.from_phase.value}"]
            doc.paragraph(w.fmt("jv_move_line", date=day, from_phase=from_phase, to_phase=to_phase))
    for key, projects in (
        ("jv_started", report.projects_started),
        ("jv_finished", report.projects_finished),
    ):
        if projects:
            doc.heading(w[key], level=2)
            doc.bullets([p.name for p in projects])
    if report.evaluations:
        doc.heading(w["jv_evaluations"], level=2)
        for e in report.evaluations:
            doc.paragraph(e.project or w["jv_round"], bold=True)
            for key, value in (
                ("jv_result", e.result),
                ("jv_success", e.success_factors),
                ("jv_learning", e.learning_points),
            ):
                if value.strip():
                    doc.paragraph(value, lead=w[key] + ":")


def _budget(doc: WordDocument, document: AnnualDocument, w: Words) -> None:
    balance = document.balance
    doc.heading(w["jv_budget"])
    if balance.budget is None:
        doc.paragraph(w.fmt("jv_no_budget", year=balance.year))
        return
    f, money = balance.figures, balance.money
    doc.paragraph(
        w.fmt(
            "jv_budget_line",
            available=money(f.available),
            allocated=money(f.allocated),
            spent=money(f.spent),
            remaining=money(f.remaining),
            free=money(f.free),
        )
    )
    doc.table(
        [w["jv_sources"], w["bs_available"], w["bs_allocated"], w["bs_spent"], w["bs_free"]],
        [
            [
                b.source.name,
                money(b.figures.available),
                money(b.figures.allocated),
                money(b.figures.spent),
                money(b.figures.free),
            ]
            for b in balance.sources
        ],
        widths=[0.36, 0.16, 0.16, 0.16, 0.16],
        align_right=(1, 2, 3, 4),
    )
    if balance.projects:
        doc.heading(w["jv_per_project"], level=2)
        doc.table(
            [w["bs_project"], w["bs_allocated"], w["bs_spent"], w["bs_remaining"]],
            [
                [
                    p.project_name if p.project_id is not None else w["bs_no_project_group"],
                    money(p.allocated),
                    money(p.spent),
                    money(p.remaining),
                ]
                for p in balance.projects
            ],
            widths=[0.46, 0.18, 0.18, 0.18],
            align_right=(1, 2, 3),
        )


def _closing(doc: WordDocument, report: AnnualReport, w: Words) -> None:
    from buurtdesk.documents.jaarverslag.sections import role_holder

    doc.page_break()
    doc.heading(w["jv_closing"])
    doc.paragraph(w.fmt("jv_closing_text", year=report.year, council=report.council.name))
    line = "_" * 30
    names = [
        role_holder(report, MembershipRole.CHAIR),
        role_holder(report, MembershipRole.SECRETARY),
    ]
    rows = [[f"{w['jv_sign_name']}:\n{name}\n{line}" for name in names]]
    for key in ("jv_sign_place", "jv_sign_date"):
        rows.append([f"{w[key]}:\n\n{line}"] * 2)
    rows.append([f"{w['jv_signature']}:\n\n\n\n{line}"] * 2)
    doc.table([w["jv_chair"], w["jv_secretary"]], rows, widths=[0.5, 0.5])
