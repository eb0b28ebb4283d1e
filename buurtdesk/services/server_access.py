"""Who sees which council on a shared server: for the municipality's administrator.

The administrator (the owner of the tables) gives a server user councils, or every council
(a municipal user); PostgreSQL's row-level security (store.row_security) does the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from buurtdesk.domain.errors import InvalidInput, NotFound
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service
from buurtdesk.store.models import Council, CouncilAccess
from buurtdesk.store.row_security import grant_tables, revoke_tables


@dataclass(frozen=True)
class ServerUser:
    name: str
    all_councils: bool
    councils: tuple[tuple[int, str], ...]  # (id, name)


class ServerAccessService(Service):
    def _require_server(self) -> None:
        if self._database.is_sqlite:
            raise InvalidInput.said(
                "Access per council is for a shared PostgreSQL server; a file has no users."
            )

    def grant(self, user: str, council_id: int | None) -> ServerUser:
        """Give `user` one council (or, with None, every council) and the table rights."""
        self._require_server()
        with self.unit() as s:
            self._require_role(s, user)
            if council_id is not None:
                self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            exists = s.scalar(
                select(CouncilAccess.id).where(
                    CouncilAccess.role_name == user,
                    CouncilAccess.council_id.is_(None)
                    if council_id is None
                    else CouncilAccess.council_id == council_id,
                )
            )
            if exists is None:
                s.add(CouncilAccess(role_name=user, council_id=council_id))
                s.flush()
            grant_tables(s.connection(), user)
            return self._user(s, user)

    def revoke(self, user: str, council_id: int | None) -> ServerUser:
        """Take one council (or the all-councils right) away; no councils left: no rights."""
        self._require_server()
        with self.unit() as s:
            self._require_role(s, user)
            rows = s.scalars(
                select(CouncilAccess).where(
                    CouncilAccess.role_name == user,
                    CouncilAccess.council_id.is_(None)
                    if council_id is None
                    else CouncilAccess.council_id == council_id,
                )
            ).all()
            if not rows:
                raise NotFound.said("User {user} did not have this access.", user=user)
            for row in rows:
                s.delete(row)
            s.flush()
            left = s.scalar(select(CouncilAccess.id).where(CouncilAccess.role_name == user))
            if left is None:
                revoke_tables(s.connection(), user)
            return self._user(s, user)

    def user(self, user: str) -> ServerUser:
        self._require_server()
        with self.unit() as s:
            return self._user(s, user)

    def _user(self, s: Session, user: str) -> ServerUser:
        return next((u for u in self._users(s) if u.name == user), ServerUser(user, False, ()))

    def users(self) -> list[ServerUser]:
        self._require_server()
        with self.unit() as s:
            return self._users(s)

    @staticmethod
    def _users(s: Session) -> list[ServerUser]:
        names = dict(s.execute(select(Council.id, Council.name)).all())
        found: dict[str, list[int | None]] = {}
        for role, council in s.execute(
            select(CouncilAccess.role_name, CouncilAccess.council_id).order_by(
                CouncilAccess.role_name, CouncilAccess.council_id
            )
        ):
            found.setdefault(role, []).append(council)
        return [
            ServerUser(
                name=role,
                all_councils=None in councils,
                councils=tuple((c, names.get(c, "")) for c in councils if c is not None),
            )
            for role, councils in found.items()
        ]

    @staticmethod
    def _require_role(s: Session, user: str) -> None:
        found = s.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": user}
        ).scalar()
        if found is None:
            raise NotFound.said(
                "The server user {user} does not exist; create it on the server first "
                "(CREATE ROLE {user} LOGIN PASSWORD '…').",
                user=user,
            )
