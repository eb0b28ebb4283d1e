"""What a demo build made, for the command line to report."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoSummary:
    councils: int
    meetings: int
    decisions: int
    actions: int
