"""Fixtures of the document tests: a typical meeting built through the services."""

from __future__ import annotations

import pytest
from sample_meeting import SampleMeeting, typical_meeting

from buurtdesk.services import Services


@pytest.fixture
def sample(services: Services) -> SampleMeeting:
    return typical_meeting(services)
