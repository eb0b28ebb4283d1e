"""Global search: notes, decisions, action points and projects, across every council.

On SQLite the FTS5 index of revision 0003 answers (words in any order, each word also as
the start of a longer word, accents ignored); on PostgreSQL every word must occur (ILIKE).
Hits come newest first, at most `limit` of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import ColumnElement, String, and_, cast, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.services.base import Service
from buurtdesk.store.models import ActionPoint, AgendaItem, Council, Decision, Meeting, Project
from buurtdesk.store.search_index import (
    KIND_ACTION,
    KIND_DECISION,
    KIND_ITEM,
    KIND_PROJECT,
    KIND_STRIDE,
)

MAX_QUERY_LENGTH = 200
SNIPPET_WORDS = 12


class HitKind(StrEnum):
    NOTE = "note"  # the notes (or title) of an agenda item
    DECISION = "decision"
    ACTION = "action"
    PROJECT = "project"


CODES = {
    KIND_ITEM: HitKind.NOTE,
    KIND_DECISION: HitKind.DECISION,
    KIND_ACTION: HitKind.ACTION,
    KIND_PROJECT: HitKind.PROJECT,
}


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    id: int  # of the agenda item, decision, action point or project
    council_id: int
    council_name: str
    title: str  # what the hit is: "Besluit 2026-014", the item's title, the action, the project
    snippet: str  # the words around the match, the match between [ and ]
    on: date | None  # the meeting's or decision's date, the action's due date
    meeting_id: int | None  # where to open it (agenda items, decisions, actions from a meeting)


def _words(query: str) -> list[str]:
    cleaned = query.replace("\x00", " ")[:MAX_QUERY_LENGTH]
    return [w for w in re.findall(r"\w+", cleaned, flags=re.UNICODE) if w][:12]


def _snippet(body: str, words: list[str]) -> str:
    """The words around the first match, for the ILIKE fallback (FTS5 makes its own)."""
    flat = " ".join(body.split())
    lower = flat.casefold()
    spots = [lower.find(w.casefold()) for w in words]
    found = [s for s in spots if s >= 0]
    start = max(0, min(found) - 60) if found else 0
    piece = flat[start : start + 160]
    return ("…" if start else "") + piece + ("…" if start + 160 < len(flat) else "")


class SearchService(Service):
    def search(
        self, query: str, *, council_id: int | None = None, limit: int = 50
    ) -> list[SearchHit]:
        words = _words(query)
        if not words:
            return []
        limit = max(1, min(int(limit), 500))
        with self.unit() as s:
            if s.get_bind().dialect.name == "sqlite":
                found = self._match_fts(s, words, council_id, limit)
            else:
                found = self._match_like(s, words, council_id, limit)
            return self._hits(s, found)

    # -- finding ------------------------------------------------------------------------------
    @staticmethod
    def _match_fts(
        s: Session, words: list[str], council_id: int | None, limit: int
    ) -> list[tuple[int, int, str]]:
        expression = " ".join('"' + w.replace('"', "") + '"*' for w in words)
        sql = (
            "SELECT rowid, snippet(search_index, -1, '[', ']', '…', :n) FROM search_index "
            "WHERE search_index MATCH :q"
            + (" AND council_id = :c" if council_id is not None else "")
            + " ORDER BY rowid DESC LIMIT :l"
        )
        params: dict[str, object] = {"q": expression, "n": SNIPPET_WORDS, "l": limit}
        if council_id is not None:
            params["c"] = council_id
        rows = s.execute(text(sql), params).all()
        return [(int(r[0]) % KIND_STRIDE, int(r[0]) // KIND_STRIDE, str(r[1] or "")) for r in rows]

    @staticmethod
    def _match_like(
        s: Session, words: list[str], council_id: int | None, limit: int
    ) -> list[tuple[int, int, str]]:
        def every(*columns: InstrumentedAttribute[str]) -> ColumnElement[bool]:
            return and_(*(or_(*(cast(c, String).ilike(f"%{w}%") for c in columns)) for w in words))

        found: list[tuple[int, int, str]] = []
        queries = (
            (
                KIND_ITEM,
                select(AgendaItem.id, AgendaItem.notes)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(every(AgendaItem.title, AgendaItem.notes)),
                Meeting.council_id,
            ),
            (
                KIND_DECISION,
                select(Decision.id, Decision.text).where(every(Decision.text)),
                Decision.council_id,
            ),
            (
                KIND_ACTION,
                select(ActionPoint.id, ActionPoint.title).where(every(ActionPoint.title)),
                ActionPoint.council_id,
            ),
            (
                KIND_PROJECT,
                select(Project.id, Project.goal).where(
                    every(Project.name, Project.goal, Project.plan)
                ),
                Project.council_id,
            ),
        )
        for kind, query, council_column in queries:
            if council_id is not None:
                query = query.where(council_column == council_id)
            for row_id, body in s.execute(query.order_by(text("1 DESC")).limit(limit)).all():
                found.append((kind, int(row_id), _snippet(str(body or ""), words)))
        found.sort(key=lambda f: f[1] * KIND_STRIDE + f[0], reverse=True)
        return found[:limit]

    # -- describing ---------------------------------------------------------------------------
    def _hits(self, s: Session, found: list[tuple[int, int, str]]) -> list[SearchHit]:
        ids: dict[int, list[int]] = {}
        for kind, row_id, _snip in found:
            ids.setdefault(kind, []).append(row_id)
        described: dict[tuple[int, int], tuple[str, int, date | None, int | None]] = {}
        if ids.get(KIND_ITEM):
            for item in s.execute(
                select(
                    AgendaItem.id, AgendaItem.title, Meeting.council_id, Meeting.date, Meeting.id
                )
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(AgendaItem.id.in_(ids[KIND_ITEM]))
            ).all():
                described[(KIND_ITEM, item[0])] = (item[1], item[2], item[3], item[4])
        if ids.get(KIND_DECISION):
            for dec in s.execute(
                select(
                    Decision.id,
                    Decision.year,
                    Decision.sequence,
                    Decision.council_id,
                    Decision.decided_on,
                    Decision.meeting_id,
                ).where(Decision.id.in_(ids[KIND_DECISION]))
            ).all():
                described[(KIND_DECISION, dec[0])] = (
                    str(DecisionNumber(dec[1], dec[2])),
                    dec[3],
                    dec[4],
                    dec[5],
                )
        if ids.get(KIND_ACTION):
            for act in s.execute(
                select(
                    ActionPoint.id,
                    ActionPoint.title,
                    ActionPoint.council_id,
                    ActionPoint.due_date,
                    ActionPoint.origin_meeting_id,
                ).where(ActionPoint.id.in_(ids[KIND_ACTION]))
            ).all():
                described[(KIND_ACTION, act[0])] = (act[1][:120], act[2], act[3], act[4])
        if ids.get(KIND_PROJECT):
            for proj in s.execute(
                select(Project.id, Project.name, Project.council_id, Project.starts_on).where(
                    Project.id.in_(ids[KIND_PROJECT])
                )
            ).all():
                described[(KIND_PROJECT, proj[0])] = (proj[1], proj[2], proj[3], None)
        councils = dict(s.execute(select(Council.id, Council.name)).all())
        hits: list[SearchHit] = []
        for kind, row_id, snip in found:
            about = described.get((kind, row_id))
            if about is None:
                continue
            title, council, on, meeting = about
            hits.append(
                SearchHit(
                    CODES[kind],
                    row_id,
                    council,
                    councils.get(council, ""),
                    title,
                    snip,
                    on,
                    meeting,
                )
            )
        return hits
