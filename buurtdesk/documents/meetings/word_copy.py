"""The editable Word copies of the minutes and the invitation with its agenda.

    buurtdesk docx minutes|agenda --db PATH --meeting ID -o OUT.docx

The Word copy holds the same text as the PDF, which stays the archival version.
"""

from __future__ import annotations

from pathlib import Path

from buurtdesk.documents.docx_blocks import word_document
from buurtdesk.services import Services


def render_minutes_docx(services: Services, meeting_id: int, out_path: Path) -> Path:
    """The minutes of a meeting as an editable Word document."""
    from buurtdesk.documents.meetings.minutes import adoption_in, minutes_story

    detail = services.meetings.get_meeting(meeting_id)
    story = minutes_story(detail, adoption=adoption_in(services, detail))
    return word_document(story, detail.council).save(out_path)


def render_agenda_docx(services: Services, meeting_id: int, out_path: Path) -> Path:
    """The invitation and agenda of a meeting as an editable Word document."""
    from buurtdesk.documents.meetings.agenda import agenda_story

    detail = services.meetings.get_meeting(meeting_id)
    story = agenda_story(detail, services.meetings.today())
    return word_document(story, detail.council).save(out_path)
