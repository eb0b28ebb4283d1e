"""The start's first look reads a server address without SQLAlchemy (store.server_plain): the
parts must be exactly those SQLAlchemy reads, or None so that the usual opening decides."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from buurtdesk.store.server_plain import server_address

READ = [
    "postgresql+psycopg://secretaris@server.venlo.nl/buurtdesk",
    "postgresql+psycopg://secretaris:geheim@127.0.0.1:5433/buurtdesk",
    "postgresql+psycopg://se%40cretaris:ge%3Ah%2Feim%40@server:5432/buurtdesk",
    "postgresql://gemeente@[::1]:6543/wijken",
    "postgresql+psycopg://[fe80::1]/wijken",
    "postgresql+psycopg://server/buurtdesk",
    "postgresql+psycopg://secretaris@/buurtdesk",
    "postgresql+psycopg://secretaris:@server/buurtdesk",
]


@pytest.mark.parametrize("url", READ)
def test_the_parts_are_those_sqlalchemy_reads(url: str) -> None:
    address = server_address(url)
    expected = make_url(url)
    assert address is not None
    assert (address.user, address.password, address.host, address.port, address.database) == (
        expected.username,
        expected.password,
        expected.host,
        expected.port,
        expected.database,
    )


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://secretaris@server/buurtdesk?sslmode=require",
        "postgresql+psycopg2://secretaris@server/buurtdesk",
        "sqlite:////tmp/buurtdesk.db",
        "postgresql+psycopg://secretaris@server:vijf/buurtdesk",
        "postgresql+psycopg://secretaris@server/buurt%20desk",
        "postgresql+psycopg://secretaris@[::1/buurtdesk",
        "niet een adres",
    ],
)
def test_anything_else_is_left_to_the_usual_opening(url: str) -> None:
    assert server_address(url) is None
