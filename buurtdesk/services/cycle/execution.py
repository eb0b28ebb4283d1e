"""The execution of a round's projects: milestones, lines of progress, the project's action
points and the kerngroep (core group) that follows them. `ProjectService` offers these use
cases as its own (`services.projects.add_milestone`, ...)."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy.orm import Session

from buurtdesk.domain.enums import MeetingKind
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, clean_text
from buurtdesk.messages import N_, NC_, translate
from buurtdesk.services.actions import ActionFilter, ActionService
from buurtdesk.services.base import Clock, Service
from buurtdesk.services.cycle.loaders import council_language, fetch_open_round
from buurtdesk.services.cycle.views import MilestoneView, PreparedMeeting, ProjectNoteView
from buurtdesk.services.meetings.agenda import ensure_meeting_editable
from buurtdesk.services.meetings.service import MeetingService
from buurtdesk.services.views import ActionPointView
from buurtdesk.store.database import Database
from buurtdesk.store.models import Meeting, Milestone, Project, ProjectNote


def open_project(service: Service, s: Session, project_id: int) -> Project:
    """The project, when its round is still open (a closed round's projects moved on or ended)."""
    row = service.fetch(s, Project, project_id, NC_("kind of record", "Project"))
    if row.cycle_id is not None:
        fetch_open_round(s, row.cycle_id)
    return row


def _text(value: str, required: bool = False) -> str:
    return clean_text(
        value, field=NC_("field", "the text"), limit=MAX_NOTE_LENGTH, required=required
    )


class ProjectExecution(Service):
    def __init__(
        self,
        database: Database,
        clock: Clock,
        *,
        meetings: MeetingService,
        actions: ActionService,
    ) -> None:
        super().__init__(database, clock)
        self._meetings = meetings
        self._actions = actions

    def _project(self, s: Session, project_id: int) -> Project:
        return open_project(self, s, project_id)

    def add_milestone(
        self, project_id: int, title: str, due_on: date | None = None
    ) -> MilestoneView:
        with self.unit() as s:
            self._project(s, project_id)
            row = Milestone(
                project_id=project_id,
                title=clean_text(
                    title,
                    field=NC_("field", "the milestone"),
                    limit=MAX_TITLE_LENGTH,
                    required=True,
                ),
                due_on=due_on,
            )
            s.add(row)
            s.flush()
            return MilestoneView(row.id, row.project_id, row.title, row.due_on, row.done_on)

    def mark_milestone_done(
        self, milestone_id: int, done_on: date | None = None, *, undo: bool = False
    ) -> MilestoneView:
        """Tick a milestone off (today unless given); `undo=True` opens it again."""
        with self.unit() as s:
            row = self.fetch(s, Milestone, milestone_id, NC_("kind of record", "Milestone"))
            self._project(s, row.project_id)
            row.done_on = None if undo else (done_on or self.today())
            return MilestoneView(row.id, row.project_id, row.title, row.due_on, row.done_on)

    def remove_milestone(self, milestone_id: int) -> None:
        with self.unit() as s:
            row = self.fetch(s, Milestone, milestone_id, NC_("kind of record", "Milestone"))
            self._project(s, row.project_id)
            s.delete(row)

    def add_note(
        self, project_id: int, note: str, *, meeting_id: int | None = None
    ) -> ProjectNoteView:
        """A line of progress; `meeting_id` when it was said in a (core-group) meeting."""
        text = _text(note, required=True)
        with self.unit() as s:
            project = self._project(s, project_id)
            written_on = self.today()
            if meeting_id is not None:
                meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
                if meeting.council_id != project.council_id:
                    raise InvalidInput.said("This meeting belongs to another council.")
                ensure_meeting_editable(s, meeting_id)
                written_on = meeting.date
            row = ProjectNote(
                project_id=project_id, meeting_id=meeting_id, written_on=written_on, note=text
            )
            s.add(row)
            s.flush()
            return ProjectNoteView(row.id, row.project_id, row.written_on, row.note, row.meeting_id)

    def remove_note(self, note_id: int) -> None:
        """Take a progress note away again (the screen's undo of add_note)."""
        with self.unit() as s:
            row = self.fetch(s, ProjectNote, note_id, NC_("kind of record", "Progress note"))
            self._project(s, row.project_id)
            s.delete(row)

    def project_actions(self, project_id: int, *, open_only: bool = False) -> list[ActionPointView]:
        """The action points linked to the project (made in meetings with project_id set)."""
        with self.unit() as s:
            council_id = self.fetch(
                s, Project, project_id, NC_("kind of record", "Project")
            ).council_id
            return self._actions._list_actions(
                s, council_id, ActionFilter(project_id=project_id, open_only=open_only)
            )

    def plan_core_group_meeting(
        self,
        council_id: int,
        on: date,
        *,
        start_time: time | None = time(19, 30),
        end_time: time | None = time(21, 0),
        place: str | None = None,
    ) -> PreparedMeeting:
        """A core-group meeting (kerngroep) with one agenda item per running project."""
        with self.unit() as s:
            language = council_language(s, council_id)
            meeting = self._meetings._plan(
                s,
                council_id,
                on,
                MeetingKind.CORE_GROUP,
                start_time,
                end_time,
                place,
                translate(N_("Core group: progress of the projects"), language),
                (),
            )
            # The meeting service gives every kerngroep the running projects as items.
            detail = self._meetings._detail(s, meeting.id)
            return PreparedMeeting(detail.meeting, detail.items)
