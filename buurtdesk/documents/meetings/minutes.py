"""The minutes of a meeting as an archival PDF (PDF/A-2b).

What they say is made in minutes_content.py (the same text becomes the Word copy); this module
sets it in the BuurtDesk page frame. The status line on every page says "Concept" until the
minutes are adopted, then "Vastgesteld op <date>" (or "Gewijzigd vastgesteld op <date>").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from buurtdesk.documents.base import DocumentSetup, build_document
from buurtdesk.documents.blocks import Story
from buurtdesk.documents.meetings.minutes_content import Adoption, minutes_content
from buurtdesk.documents.pdf_blocks import flowables
from buurtdesk.documents.words import words_for
from buurtdesk.domain.enums import MinutesState
from buurtdesk.services import Services
from buurtdesk.services.views import MeetingDetail


def adoption_in(services: Services, detail: MeetingDetail) -> Adoption | None:
    """The earlier minutes this meeting adopted, with their amendments; None if it adopted none."""
    previous = detail.previous_meeting
    if previous is None or previous.minutes_state != MinutesState.ADOPTED:
        return None
    earlier = services.meetings.get_meeting(previous.id)
    if earlier.adopted_in is None or earlier.adopted_in.id != detail.meeting.id:
        return None
    return Adoption(previous.date, earlier.minutes_amendments)


def render_minutes(services: Services, meeting_id: int, out_path: Path) -> Path:
    """Write the minutes of a meeting to out_path (PDF/A-2b). Safe to call off the UI thread."""
    detail = services.meetings.get_meeting(meeting_id)
    return build_minutes(detail, out_path, adoption=adoption_in(services, detail))


def minutes_story(
    detail: MeetingDetail, *, today: date | None = None, adoption: Adoption | None = None
) -> Story:
    """The minutes' text. Overdue actions are judged on `today`, by default the meeting's own
    date: the minutes record what stood at that meeting, whenever printed."""
    words = words_for(detail.council.language)
    return minutes_content(detail, words, today or detail.meeting.date, adoption=adoption)


def build_minutes(
    detail: MeetingDetail,
    out_path: Path,
    *,
    today: date | None = None,
    adoption: Adoption | None = None,
) -> Path:
    """The minutes of a meeting's view as a PDF."""
    story = minutes_story(detail, today=today, adoption=adoption)
    return build_document(out_path, setup_for(detail, story), flowables(story.blocks))


def setup_for(detail: MeetingDetail, story: Story) -> DocumentSetup:
    return DocumentSetup.for_council(
        detail.council,
        words_for(detail.council.language),
        title=story.title,
        subject=story.subject,
        status=story.status,
        keywords=story.keywords,
        running_title=story.running_title,
    )
