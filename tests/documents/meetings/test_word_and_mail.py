"""The editable Word copy (`buurtdesk docx`) and the unsent e-mail (`buurtdesk mail`), read back
with python-docx and Python's email package."""

from __future__ import annotations

import email
import stat
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from docx import Document
from pdf_checks import flat_text
from sample_meeting import EMAILS, SampleMeeting, typical_meeting

from buurtdesk.cli import main
from buurtdesk.domain.enums import AttendanceStatus, Language
from buurtdesk.services import Services


def _docx(db: Path, kind: str, meeting: int, out: Path) -> Document:
    assert main(["docx", kind, "--db", str(db), "--meeting", str(meeting), "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    return Document(str(out))


def test_word_minutes_have_real_styles_the_items_in_order_and_tables(
    sample: SampleMeeting, db_path: Path, tmp_path: Path
) -> None:
    doc = _docx(db_path, "minutes", sample.meeting_id, tmp_path / "notulen.docx")
    styled = [(p.style.name, p.text) for p in doc.paragraphs if p.text.strip()]
    assert styled[0] == ("Title", "Notulen")
    headings = [text for style, text in styled if style.startswith("Heading")]
    items = [h for h in headings if h[:1].isdigit()]
    assert items == [f"{n}. {t}" for n, t in enumerate(sample.item_titles, start=1)][:7] + [
        "8. Klacht over overlast (persoonlijk) (vertrouwelijk)",
        "9. Rondvraag",
        "10. Sluiting",
    ]
    assert {"Aanwezigheid", "Actielijst na deze vergadering", "Volgende vergadering"} <= set(
        headings
    )
    assert all(style == "Heading 2" for style, text in styled if text in items)
    body = "\n".join(text for _style, text in styled)
    assert f"Besluit {sample.decision_numbers[0]}:" in body
    assert "(voor 7, tegen 1, 2 onthoudingen)" in body
    assert sample.private_notes not in body
    # Tables: the facts, the attendance, the review, the action list after the meeting.
    assert len(doc.tables) >= 4
    review = next(t for t in doc.tables if t.rows[0].cells[0].text == "Actiepunt")
    assert [c.text for c in review.rows[0].cells] == ["Actiepunt", "Wie", "Uitkomst"]
    assert "cantSplit" in review.rows[1]._tr.xml and "tblHeader" in review.rows[0]._tr.xml
    footer = doc.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Concept") and "Pagina" in footer.text
    assert "PAGE" in footer._p.xml and "NUMPAGES" in footer._p.xml
    assert doc.core_properties.language == "nl-NL"
    assert doc.core_properties.author == "Wijkoverleg Blerick-Noord"


def test_word_copy_of_adopted_minutes_says_so(
    services: Services, sample: SampleMeeting, db_path: Path, tmp_path: Path
) -> None:
    services.meetings.adopt_minutes(sample.meeting_id, sample.next_meeting_id, "")
    doc = _docx(db_path, "minutes", sample.meeting_id, tmp_path / "vastgesteld.docx")
    assert (
        doc.sections[0].footer.paragraphs[0].text.startswith("Vastgesteld op dinsdag 7 april 2026")
    )
    assert any("Ongewijzigd vastgesteld" in p.text for p in doc.paragraphs)


def test_word_agenda(sample: SampleMeeting, db_path: Path, tmp_path: Path) -> None:
    doc = _docx(db_path, "agenda", sample.next_meeting_id, tmp_path / "agenda.docx")
    assert doc.paragraphs[0].text == "Uitnodiging en agenda"
    agenda = doc.tables[1]
    assert [c.text for c in agenda.rows[0].cells] == ["Nr.", "Tijd", "Agendapunt", "Duur"]
    assert agenda.rows[1].cells[2].text == "Opening"


def _mail(db: Path, kind: str, meeting: int, out: Path, *extra: str) -> EmailMessage:
    args = ["mail", kind, "--db", str(db), "--meeting", str(meeting), "-o", str(out), *extra]
    assert main(args) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_mail_invitation_is_an_unsent_draft_to_members_and_guests_in_bcc(
    services: Services,
    sample: SampleMeeting,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    guest = services.councils.add_person("Gerrit Gast", email="gerrit@voorbeeld.nl")
    services.meetings.set_attendance(sample.next_meeting_id, guest.id, AttendanceStatus.GUEST)
    services.meetings.add_guest(sample.next_meeting_id, "Wim Wijkagent", "Politie", "wijkagent")
    message = _mail(db_path, "invitation", sample.next_meeting_id, tmp_path / "uitnodiging.eml")
    assert message["X-Unsent"] == "1"
    assert message["To"] is None and message["From"] is None
    bcc = [a.addr_spec for a in message["Bcc"].addresses]
    assert sorted(bcc) == sorted([*EMAILS, "gerrit@voorbeeld.nl"])
    assert message["Subject"] == (
        "Wijkoverleg Blerick-Noord: uitnodiging en agenda, vergadering van dinsdag 7 april 2026"
    )
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Beste leden van Wijkoverleg Blerick-Noord" in body.get_content()
    parts = {p.get_filename(): p for p in message.iter_attachments()}
    names = sorted(parts)
    assert names[0].endswith(".ics") and names[1].endswith(".pdf")
    assert parts[names[0]].get_content_type() == "text/calendar"
    assert "BEGIN:VCALENDAR" in parts[names[0]].get_content()
    pdf = parts[names[1]].get_content()
    assert pdf.startswith(b"%PDF")
    err = capsys.readouterr().err
    assert "Geen e-mailadres:" in err and "print voor hen" in err
    for name in ("Chantal Özdemir-Verstappen", "Els Jacobs", "Wim Wijkagent"):
        assert name in err


def test_mail_minutes_attaches_the_very_pdf(
    sample: SampleMeeting, db_path: Path, tmp_path: Path
) -> None:
    kept = tmp_path / "notulen.pdf"
    message = _mail(
        db_path, "minutes", sample.meeting_id, tmp_path / "notulen.eml", "--pdf", str(kept)
    )
    assert "notulen van de vergadering van dinsdag 10 maart 2026 (concept)" in message["Subject"]
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1 and attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == kept.read_bytes()
    assert "Notulen" in flat_text(kept)
    assert sorted(a.addr_spec for a in message["Bcc"].addresses) == sorted(EMAILS)


def test_english_council_gets_an_english_mail(services: Services, tmp_path: Path) -> None:
    from buurtdesk.documents.meetings.mail import MailKind, write_mail

    sample = typical_meeting(services, language=Language.ENGLISH)
    draft = write_mail(services, sample.meeting_id, MailKind.MINUTES, tmp_path / "m.eml")
    message = email.message_from_bytes(draft.path.read_bytes(), policy=policy.default)
    assert message["Subject"].startswith("Wijkoverleg Blerick-Noord: minutes of the meeting")
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Dear members" in body.get_content()


def test_a_wrong_meeting_is_one_sentence(
    sample: SampleMeeting, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["mail", "minutes"], ["docx", "agenda"]):
        out = tmp_path / "x.out"
        args = [*command, "--db", str(db_path), "--meeting", "999", "-o", str(out)]
        assert main(args) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "999" in err
        assert not out.exists()


def test_minutes_of_a_meeting_not_held_are_not_sent(
    sample: SampleMeeting, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notulen.eml"
    args = ["mail", "notulen", "--db", str(db_path), "--meeting", str(sample.next_meeting_id)]
    assert main([*args, "-o", str(out)]) == 2
    assert capsys.readouterr().err.strip() == (
        "Deze vergadering heeft nog geen notulen om te versturen: sluit haar eerst."
    )
    assert not out.exists()
