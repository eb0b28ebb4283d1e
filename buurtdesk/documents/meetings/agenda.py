"""The invitation with the agenda of a meeting as a PDF; the text is made in agenda_content.py
(the same text becomes the Word copy)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from buurtdesk.documents.base import DocumentSetup, build_document
from buurtdesk.documents.blocks import Story
from buurtdesk.documents.meetings.agenda_content import agenda_content
from buurtdesk.documents.pdf_blocks import flowables
from buurtdesk.documents.words import words_for
from buurtdesk.services import Services
from buurtdesk.services.views import MeetingDetail


def render_agenda(services: Services, meeting_id: int, out_path: Path) -> Path:
    """Write the invitation and agenda of a meeting to out_path. Safe off the UI thread."""
    detail = services.meetings.get_meeting(meeting_id)
    return build_agenda(detail, out_path, today=services.meetings.today())


def agenda_story(detail: MeetingDetail, today: date) -> Story:
    return agenda_content(detail, words_for(detail.council.language), today)


def build_agenda(detail: MeetingDetail, out_path: Path, *, today: date) -> Path:
    story = agenda_story(detail, today)
    setup = DocumentSetup.for_council(
        detail.council,
        words_for(detail.council.language),
        title=story.title,
        subject=story.subject,
        status=story.status,
        keywords=story.keywords,
        running_title=story.running_title,
    )
    return build_document(out_path, setup, flowables(story.blocks))
