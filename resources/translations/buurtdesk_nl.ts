<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>Accessible</name>
    <message>
      <source>Keeps what is filled in and closes this window</source>
      <translation>Bewaart wat is ingevuld en sluit dit venster</translation>
    </message>
    <message>
      <source>Closes this window without keeping anything</source>
      <translation>Sluit dit venster zonder iets te bewaren</translation>
    </message>
    <message>
      <source>Closes this window; what was entered is already kept</source>
      <translation>Sluit dit venster; wat is ingevoerd, is al bewaard</translation>
    </message>
    <message>
      <source>Answers yes and goes ahead</source>
      <translation>Antwoordt ja en gaat door</translation>
    </message>
    <message>
      <source>Answers no; nothing changes</source>
      <translation>Antwoordt nee; er verandert niets</translation>
    </message>
    <message>
      <source>Type the answer; Enter confirms it</source>
      <translation>Typ het antwoord; Enter bevestigt het</translation>
    </message>
  </context>
  <context>
    <name>ActionDelegate</name>
    <message>
      <source>Who does it</source>
      <translation>Wie het doet</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>(no project)</source>
      <translation>(geen project)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>dd-mm-yyyy</source>
      <translation>dd-mm-jjjj</translation>
    </message>
    <message>
      <source>Due date, for example 14-10-2026</source>
      <translation>Uiterlijk, bijvoorbeeld 14-10-2026</translation>
    </message>
    <message>
      <source>What needs to be done</source>
      <translation>Wat er moet gebeuren</translation>
    </message>
  </context>
  <context>
    <name>ActionDialog</name>
    <message>
      <source>New action point</source>
      <translation>Nieuw actiepunt</translation>
    </message>
    <message>
      <source>What needs to be done</source>
      <translation>Wat er moet gebeuren</translation>
    </message>
    <message>
      <source>The task as it goes on the action list</source>
      <translation>De taak zoals die op de actielijst komt</translation>
    </message>
    <message>
      <source>Who does it</source>
      <translation>Wie het doet</translation>
    </message>
    <message>
      <source>The person or organisation that takes the task on</source>
      <translation>De persoon of organisatie die de taak op zich neemt</translation>
    </message>
    <message>
      <source>Start typing a name</source>
      <translation>Begin een naam te typen</translation>
    </message>
    <message>
      <source>By when</source>
      <translation>Uiterlijk</translation>
    </message>
    <message>
      <source>The day the task should be done, if there is one</source>
      <translation>De dag waarop de taak uiterlijk afgerond moet zijn, als die er is</translation>
    </message>
    <message>
      <source>e.g. 14-10-2026, or leave empty</source>
      <translation>bijv. 14-10-2026, of leeg laten</translation>
    </message>
    <message>
      <source>&amp;What</source>
      <translation>&amp;Wat</translation>
    </message>
    <message>
      <source>W&amp;ho</source>
      <translation>W&amp;ie</translation>
    </message>
    <message>
      <source>&amp;By when</source>
      <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>The project this action point belongs to</source>
      <translation>Het project waar dit actiepunt bij hoort</translation>
    </message>
    <message>
      <source>(no project)</source>
      <translation>(geen project)</translation>
    </message>
    <message>
      <source>&amp;Project</source>
      <translation>&amp;Project</translation>
    </message>
    <message>
      <source>Add action point</source>
      <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Puts the action point on the action list under the current item</source>
      <translation>Zet het actiepunt op de actielijst, bij het huidige agendapunt</translation>
    </message>
    <message>
      <source>Closes this window; no action point is added</source>
      <translation>Sluit dit venster; er komt geen actiepunt bij</translation>
    </message>
    <message>
      <source>Write what needs to be done first.</source>
      <translation>Schrijf eerst op wat er moet gebeuren.</translation>
    </message>
    <message>
      <source>Nobody called '%1' is known here, so the action point gets no owner.</source>
      <translation>Niemand met de naam '%1' is hier bekend, dus het actiepunt krijgt geen eigenaar.</translation>
    </message>
    <message>
      <source>Nobody is named to do this.</source>
      <translation>Er is niemand genoemd die dit doet.</translation>
    </message>
    <message>
      <source>The date %1 has already passed.</source>
      <translation>De datum %1 is al voorbij.</translation>
    </message>
    <message>
      <source>Press Enter again to add it anyway, or change it.</source>
      <translation>Druk nog eens op Enter om het toch toe te voegen, of pas het aan.</translation>
    </message>
  </context>
  <context>
    <name>ActionHistoryPane</name>
    <message>
      <source>History of the selected action point</source>
      <translation>Geschiedenis van het gekozen actiepunt</translation>
    </message>
    <message>
      <source>Shows who changed what in the chosen action point, and when</source>
      <translation>Toont wie wat in het gekozen actiepunt wijzigde, en wanneer</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Vergadering</translation>
    </message>
    <message>
      <source>Status after</source>
      <translation>Status daarna</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Geschiedenis</translation>
    </message>
    <message>
      <source>Choose an action point to see what each meeting said about it.</source>
      <translation>Kies een actiepunt om te zien wat elke vergadering erover zei.</translation>
    </message>
    <message>
      <source>History: %1</source>
      <translation>Geschiedenis: %1</translation>
    </message>
    <message>
      <source>agreed at the meeting of %1</source>
      <translation>afgesproken in de vergadering van %1</translation>
    </message>
    <message>
      <source>who: %1</source>
      <translation>wie: %1</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>uiterlijk %1</translation>
    </message>
    <message>
      <source>status: %1</source>
      <translation>status: %1</translation>
    </message>
    <message>
      <source>closed on %1</source>
      <translation>afgesloten op %1</translation>
    </message>
    <message>
      <source>(no note)</source>
      <translation>(geen notitie)</translation>
    </message>
    <message>
      <source>No meeting has discussed it yet.</source>
      <translation>Nog geen vergadering heeft het besproken.</translation>
    </message>
  </context>
  <context>
    <name>ActionReviewPanel</name>
    <message>
      <source>Open action points to review</source>
      <translation>Open actiepunten om te bespreken</translation>
    </message>
    <message>
      <source>D done, O still open, V dropped, P progress note</source>
      <translation>D afgerond, O loopt nog, V vervallen, P voortgangsnotitie</translation>
    </message>
    <message>
      <source>Done (D)</source>
      <translation>Afgerond (D)</translation>
    </message>
    <message>
      <source>Marks the selected action point done (key D)</source>
      <translation>Zet het gekozen actiepunt op afgerond (toets D)</translation>
    </message>
    <message>
      <source>Still open (O)</source>
      <translation>Loopt nog (O)</translation>
    </message>
    <message>
      <source>Keeps the selected action point open (key O)</source>
      <translation>Laat het gekozen actiepunt nog lopen (toets O)</translation>
    </message>
    <message>
      <source>Dropped (V)</source>
      <translation>Vervallen (V)</translation>
    </message>
    <message>
      <source>Drops the selected action point (key V)</source>
      <translation>Laat het gekozen actiepunt vervallen (toets V)</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>&amp;Voortgang</translation>
    </message>
    <message>
      <source>Progress of the selected action point</source>
      <translation>Voortgang van het gekozen actiepunt</translation>
    </message>
    <message>
      <source>A short note on the chosen action point, saved with the review</source>
      <translation>Een korte notitie bij het gekozen actiepunt, bewaard bij de bespreking</translation>
    </message>
    <message>
      <source>What happened since the last meeting (optional)</source>
      <translation>Wat er sindsdien gebeurde (niet verplicht)</translation>
    </message>
    <message>
      <source>Last time</source>
      <translation>Vorige keer</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>nog niemand</translation>
    </message>
    <message>
      <source>%1, overdue</source>
      <translation>%1, te laat</translation>
    </message>
    <message>
      <source>%1 of %2 reviewed</source>
      <translation>%1 van %2 besproken</translation>
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Uiterlijk</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Vergadering</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Last progress</source>
      <translation>Laatste voortgang</translation>
    </message>
    <message>
      <source>Carried</source>
      <translation>Besproken</translation>
    </message>
    <message>
      <source>How many meetings discussed this action point</source>
      <translation>Hoe vaak een vergadering dit actiepunt besprak</translation>
    </message>
    <message>
      <source>Overdue: the due date has passed and the action is still open</source>
      <translation>Te laat: de uiterste datum is voorbij en het actiepunt staat nog open</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(niemand)</translation>
    </message>
    <message>
      <source>%1 · overdue</source>
      <translation>%1 · te laat</translation>
    </message>
  </context>
  <context>
    <name>ActionsSection</name>
    <message>
      <source>Action points</source>
      <translation>Actiepunten</translation>
    </message>
    <message>
      <source>Which action points to show</source>
      <translation>Welke actiepunten te tonen</translation>
    </message>
    <message>
      <source>Chooses between open, overdue and all action points</source>
      <translation>Kiest tussen open, te late en alle actiepunten</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Te laat</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>Only the action points of this person or organisation</source>
      <translation>Alleen de actiepunten van deze persoon of organisatie</translation>
    </message>
    <message>
      <source>Shows only the action points of the chosen person or organisation</source>
      <translation>Toont alleen de actiepunten van de gekozen persoon of organisatie</translation>
    </message>
    <message>
      <source>Only the action points of this project</source>
      <translation>Alleen de actiepunten van dit project</translation>
    </message>
    <message>
      <source>Shows only the action points of the chosen project</source>
      <translation>Toont alleen de actiepunten van het gekozen project</translation>
    </message>
    <message>
      <source>Only the action points of this meeting</source>
      <translation>Alleen de actiepunten van deze vergadering</translation>
    </message>
    <message>
      <source>Shows only the action points of the chosen meeting</source>
      <translation>Toont alleen de actiepunten van de gekozen vergadering</translation>
    </message>
    <message>
      <source>Search in what, who, project and progress</source>
      <translation>Zoek in wat, wie, project en voortgang</translation>
    </message>
    <message>
      <source>Search action points</source>
      <translation>Actiepunten zoeken</translation>
    </message>
    <message>
      <source>Shows only the action points whose text contains these words</source>
      <translation>Toont alleen de actiepunten waarvan de tekst deze woorden bevat</translation>
    </message>
    <message>
      <source>Sea&amp;rch</source>
      <translation>&amp;Zoeken</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Toon</translation>
    </message>
    <message>
      <source>&amp;Who</source>
      <translation>W&amp;ie</translation>
    </message>
    <message>
      <source>&amp;Project</source>
      <translation>&amp;Project</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation>&amp;Vergadering</translation>
    </message>
    <message>
      <source>F2 edits the chosen cell; Ctrl+Z takes an edit back</source>
      <translation>F2 wijzigt het gekozen vak; Ctrl+Z maakt een wijziging ongedaan</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Iedereen</translation>
    </message>
    <message>
      <source>All projects</source>
      <translation>Alle projecten</translation>
    </message>
    <message>
      <source>All meetings</source>
      <translation>Alle vergaderingen</translation>
    </message>
    <message>
      <source>%1 of %2 action points</source>
      <translation>%1 van %2 actiepunten</translation>
    </message>
    <message>
      <source>%1 of %2 open action points</source>
      <translation>%1 van %2 open actiepunten</translation>
    </message>
    <message>
      <source>Change what needs to be done</source>
      <translation>Wijzig wat er moet gebeuren</translation>
    </message>
    <message>
      <source>Change who does it</source>
      <translation>Wijzig wie het doet</translation>
    </message>
    <message>
      <source>Change due date</source>
      <translation>Wijzig uiterste datum</translation>
    </message>
    <message>
      <source>Change status</source>
      <translation>Wijzig status</translation>
    </message>
    <message>
      <source>Change project</source>
      <translation>Project wijzigen</translation>
    </message>
  </context>
  <context>
    <name>AdoptMinutesDialog</name>
    <message>
      <source>Adopt the report</source>
      <translation>Verslag vaststellen</translation>
    </message>
    <message>
      <source>Adopt the report of the meeting of %1. After this it can no longer be changed.</source>
      <translation>Het verslag van de vergadering van %1 vaststellen. Daarna kan het niet meer worden gewijzigd.</translation>
    </message>
    <message>
      <source>Adopt the list of decisions</source>
      <translation>Besluitenlijst vaststellen</translation>
    </message>
    <message>
      <source>Adopt the list of decisions of the meeting of %1. After this it can no longer be changed.</source>
      <translation>De besluitenlijst van de vergadering van %1 vaststellen. Daarna kan die niet meer worden gewijzigd.</translation>
    </message>
    <message>
      <source>Adopt the minutes</source>
      <translation>Notulen vaststellen</translation>
    </message>
    <message>
      <source>Adopt the minutes of the meeting of %1. After this they can no longer be changed.</source>
      <translation>De notulen van de vergadering van %1 vaststellen. Daarna kunnen ze niet meer worden gewijzigd.</translation>
    </message>
    <message>
      <source>Adopted &amp;unchanged</source>
      <translation>&amp;Ongewijzigd vastgesteld</translation>
    </message>
    <message>
      <source>The council adopts the minutes as they are</source>
      <translation>Het overleg stelt vast zonder wijzigingen</translation>
    </message>
    <message>
      <source>Adopted with a&amp;mendments:</source>
      <translation>&amp;Gewijzigd vastgesteld, met deze wijzigingen:</translation>
    </message>
    <message>
      <source>The council adopts the minutes with the amendments typed below</source>
      <translation>Het overleg stelt vast met de wijzigingen die hieronder staan</translation>
    </message>
    <message>
      <source>&amp;Amendments (leave empty when there are none)</source>
      <translation>&amp;Wijzigingen (leeg laten als er geen zijn)</translation>
    </message>
    <message>
      <source>Amendments to the minutes</source>
      <translation>Wijzigingen bij het vaststellen</translation>
    </message>
    <message>
      <source>Changes to the previous minutes the council agrees on</source>
      <translation>De wijzigingen waarmee het overleg instemt bij het vaststellen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Adopts the previous minutes with these amendments</source>
      <translation>Stelt vast zoals gekozen: ongewijzigd of met deze wijzigingen</translation>
    </message>
    <message>
      <source>Closes this window; the minutes stay as they are</source>
      <translation>Sluit dit venster; er wordt niets vastgesteld</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>A&amp;genda (drag or Ctrl+Up/Ctrl+Down to reorder, Ctrl+Right makes a sub-item, Ctrl+Left undoes that, Delete removes)</source>
      <translation>A&amp;genda (slepen of Ctrl+↑/Ctrl+↓ om te verplaatsen, Ctrl+→ maakt een subpunt, Ctrl+← maakt dat ongedaan, Delete verwijdert)</translation>
    </message>
    <message>
      <source>Agenda items</source>
      <translation>Agendapunten</translation>
    </message>
    <message>
      <source>Lists the agenda items in order; the menu moves or removes them</source>
      <translation>Toont de agendapunten op volgorde; het menu verplaatst of verwijdert ze</translation>
    </message>
    <message>
      <source>Move item up</source>
      <translation>Punt omhoog</translation>
    </message>
    <message>
      <source>Move item down</source>
      <translation>Punt omlaag</translation>
    </message>
    <message>
      <source>Remove item</source>
      <translation>Punt verwijderen</translation>
    </message>
    <message>
      <source>Make sub-item</source>
      <translation>Subpunt maken</translation>
    </message>
    <message>
      <source>Make main item</source>
      <translation>Hoofdpunt maken</translation>
    </message>
    <message>
      <source>&amp;New item</source>
      <translation>&amp;Nieuw punt</translation>
    </message>
    <message>
      <source>Title of a new agenda item</source>
      <translation>Titel van een nieuw agendapunt</translation>
    </message>
    <message>
      <source>Adds an agenda item with this title when you press Enter</source>
      <translation>Voegt met Enter een agendapunt met deze titel toe</translation>
    </message>
    <message>
      <source>Title, then Enter</source>
      <translation>Titel, dan Enter</translation>
    </message>
    <message>
      <source>Add brea&amp;k</source>
      <translation>Pau&amp;ze toevoegen</translation>
    </message>
    <message>
      <source>Add a break after the selected item</source>
      <translation>Een pauze toevoegen na het gekozen punt</translation>
    </message>
    <message>
      <source>A break prints as one line, without a number</source>
      <translation>Een pauze staat als één regel in het verslag, zonder nummer</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Remove the selected agenda item</source>
      <translation>Het gekozen agendapunt verwijderen</translation>
    </message>
    <message>
      <source>Takes the chosen item off the agenda</source>
      <translation>Haalt het gekozen punt van de agenda</translation>
    </message>
    <message>
      <source>Rename agenda item</source>
      <translation>Agendapunt hernoemen</translation>
    </message>
    <message>
      <source>Change planned time</source>
      <translation>Geplande tijd wijzigen</translation>
    </message>
    <message>
      <source>Mark confidential</source>
      <translation>Vertrouwelijk maken</translation>
    </message>
    <message>
      <source>Mark not confidential</source>
      <translation>Niet meer vertrouwelijk</translation>
    </message>
    <message>
      <source>Move agenda item</source>
      <translation>Agendapunt verplaatsen</translation>
    </message>
    <message>
      <source>Add agenda item</source>
      <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Pauze</translation>
    </message>
    <message>
      <source>Add break</source>
      <translation>Pauze toevoegen</translation>
    </message>
    <message>
      <source>'%1' holds a decision. Remove the item anyway? The decision stays in the register; Ctrl+Z brings the item back.</source>
      <translation>Onder '%1' valt een besluit. Het punt toch verwijderen? Het besluit blijft in de besluitenlijst; Ctrl+Z brengt het punt terug.</translation>
    </message>
    <message>
      <source>'%1' holds %2 decisions. Remove the item anyway? The decisions stay in the register; Ctrl+Z brings the item back.</source>
      <translation>Onder '%1' vallen %2 besluiten. Het punt toch verwijderen? De besluiten blijven in de besluitenlijst; Ctrl+Z brengt het punt terug.</translation>
    </message>
    <message>
      <source>Remove agenda item</source>
      <translation>Agendapunt verwijderen</translation>
    </message>
  </context>
  <context>
    <name>AgendaList</name>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Page Down and Page Up move between items</source>
      <translation>Page Down en Page Up gaan naar het volgende of vorige punt</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>%1 used</source>
      <translation>%1 gebruikt</translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Agendapunt</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Vertrouwelijk</translation>
    </message>
    <message>
      <source>Not confidential</source>
      <translation>Niet vertrouwelijk</translation>
    </message>
    <message>
      <source>Sub-item %1: %2</source>
      <translation>Subpunt %1: %2</translation>
    </message>
    <message>
      <source>Confidential: the notes of this item stay out of the minutes and the projector; its title and decisions stay</source>
      <translation>Vertrouwelijk: de aantekeningen bij dit punt blijven buiten het verslag en de projectie; de titel en de besluiten blijven staan</translation>
    </message>
  </context>
  <context>
    <name>AgendaTemplateEditor</name>
    <message>
      <source>&amp;Standing agenda</source>
      <translation>Vaste &amp;agenda</translation>
    </message>
    <message>
      <source>Every new meeting starts from these items. Ctrl+Up/Ctrl+Down moves, Ctrl+Right makes a sub-item, Ctrl+Left undoes that, Delete removes, F2 renames.</source>
      <translation>Elke nieuwe vergadering begint met deze punten. Ctrl+↑/Ctrl+↓ verplaatst, Ctrl+→ maakt een subpunt, Ctrl+← maakt dat ongedaan, Delete verwijdert, F2 wijzigt de titel.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Agendapunt</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <source>Standing agenda</source>
      <translation>Vaste agenda</translation>
    </message>
    <message>
      <source>New standing &amp;item</source>
      <translation>Nieuw vast p&amp;unt</translation>
    </message>
    <message>
      <source>Title of a new standing item</source>
      <translation>Titel van een nieuw vast punt</translation>
    </message>
    <message>
      <source>Adds a standing item after the chosen one when you press Enter</source>
      <translation>Voegt na het gekozen punt een vast punt toe als u op Enter drukt</translation>
    </message>
    <message>
      <source>Title, then Enter</source>
      <translation>Titel, dan Enter</translation>
    </message>
    <message>
      <source>Add brea&amp;k</source>
      <translation>Pau&amp;ze toevoegen</translation>
    </message>
    <message>
      <source>Add a break after the selected item</source>
      <translation>Een pauze toevoegen na het gekozen punt</translation>
    </message>
    <message>
      <source>A break prints as one line, without a number</source>
      <translation>Een pauze staat als één regel in het verslag, zonder nummer</translation>
    </message>
    <message>
      <source>Move standing item</source>
      <translation>Vast punt verplaatsen</translation>
    </message>
    <message>
      <source>Make sub-item</source>
      <translation>Subpunt maken</translation>
    </message>
    <message>
      <source>Make main item</source>
      <translation>Hoofdpunt maken</translation>
    </message>
    <message>
      <source>Remove standing item</source>
      <translation>Vast punt verwijderen</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Pauze</translation>
    </message>
    <message>
      <source>Add standing item</source>
      <translation>Vast punt toevoegen</translation>
    </message>
    <message>
      <source>Change standing item</source>
      <translation>Vast punt wijzigen</translation>
    </message>
  </context>
  <context>
    <name>AllocationsPage</name>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Voor</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <source>Allocated</source>
      <translation>Toegekend</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>Uitgegeven</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Over</translation>
    </message>
    <message>
      <source>Decision text</source>
      <translation>Tekst van het besluit</translation>
    </message>
    <message>
      <source>Allocations of the year</source>
      <translation>Toekenningen van het jaar</translation>
    </message>
    <message>
      <source>Lists the money allocated to projects in the chosen year</source>
      <translation>Toont het geld dat in het gekozen jaar aan projecten is toegekend</translation>
    </message>
    <message>
      <source>The decision behind the chosen allocation</source>
      <translation>Het besluit achter de gekozen toekenning</translation>
    </message>
    <message>
      <source>Expenses of this allocation</source>
      <translation>Uitgaven van deze toekenning</translation>
    </message>
    <message>
      <source>Show the expenses of the chosen allocation</source>
      <translation>Toon de uitgaven van de gekozen toekenning</translation>
    </message>
    <message>
      <source>Opens the Expenses tab with this allocation chosen</source>
      <translation>Opent het tabblad Uitgaven met deze toekenning gekozen</translation>
    </message>
    <message>
      <source>Reverse by a decision…</source>
      <translation>Terugdraaien met een besluit…</translation>
    </message>
    <message>
      <source>Reverse the chosen allocation by a decision</source>
      <translation>Draai de gekozen toekenning terug met een besluit</translation>
    </message>
    <message>
      <source>Takes the allocation back with a new decision in the register</source>
      <translation>Draait de toekenning terug met een nieuw besluit in de besluitenlijst</translation>
    </message>
    <message>
      <source>New allocation</source>
      <translation>Nieuwe toekenning</translation>
    </message>
    <message>
      <source>Funding source of the allocation</source>
      <translation>Geldbron van de toekenning</translation>
    </message>
    <message>
      <source>The funding source the money comes from</source>
      <translation>De geldbron waar het geld vandaan komt</translation>
    </message>
    <message>
      <source>Project that gets the money</source>
      <translation>Project dat het geld krijgt</translation>
    </message>
    <message>
      <source>The project the allocation is for</source>
      <translation>Het project waarvoor de toekenning is</translation>
    </message>
    <message>
      <source>Amount of the allocation</source>
      <translation>Bedrag van de toekenning</translation>
    </message>
    <message>
      <source>How much money goes to the project, in euros</source>
      <translation>Hoeveel geld naar het project gaat, in euro</translation>
    </message>
    <message>
      <source>What the money is for</source>
      <translation>Waar het geld voor is</translation>
    </message>
    <message>
      <source>What the project does with the money</source>
      <translation>Wat het project met het geld doet</translation>
    </message>
    <message>
      <source>Allocate</source>
      <translation>Toekennen</translation>
    </message>
    <message>
      <source>Allocate the money by this decision</source>
      <translation>Ken het geld toe met dit besluit</translation>
    </message>
    <message>
      <source>Allocates the amount to the project, recorded with this decision</source>
      <translation>Kent het bedrag toe aan het project, vastgelegd met dit besluit</translation>
    </message>
    <message>
      <source>&amp;Source</source>
      <translation>B&amp;ron</translation>
    </message>
    <message>
      <source>&amp;Project</source>
      <translation>&amp;Project</translation>
    </message>
    <message>
      <source>A&amp;mount</source>
      <translation>Be&amp;drag</translation>
    </message>
    <message>
      <source>F&amp;or</source>
      <translation>&amp;Voor</translation>
    </message>
    <message>
      <source>— no project —</source>
      <translation>— geen project —</translation>
    </message>
    <message>
      <source>⚠ %1 overspent</source>
      <translation>⚠ %1 te veel uitgegeven</translation>
    </message>
    <message>
      <source>↳ reversed %1</source>
      <translation>↳ teruggedraaid %1</translation>
    </message>
    <message>
      <source>Choose an allocation to read its decision.</source>
      <translation>Kies een toekenning om het besluit te lezen.</translation>
    </message>
    <message>
      <source>Decision %1 of %2: %3</source>
      <translation>Besluit %1 van %2: %3</translation>
    </message>
    <message>
      <source>Allocate the money anyway?</source>
      <translation>Het geld toch toekennen?</translation>
    </message>
    <message>
      <source>Money follows content</source>
      <translation>Geld volgt inhoud</translation>
    </message>
    <message>
      <source>Allocate money</source>
      <translation>Geld toekennen</translation>
    </message>
    <message>
      <source>%1 of this allocation was already spent; after the reversal only %2 stays allocated. Reverse anyway?</source>
      <translation>Van deze toekenning is al %1 uitgegeven; na het terugdraaien blijft er maar %2 toegekend. Toch terugdraaien?</translation>
    </message>
    <message>
      <source>Reverse an allocation</source>
      <translation>Een toekenning terugdraaien</translation>
    </message>
    <message>
      <source>Reverse allocation</source>
      <translation>Toekenning terugdraaien</translation>
    </message>
  </context>
  <context>
    <name>AnnualReportDialog</name>
    <message>
      <source>Annual report: %1</source>
      <translation>Jaarverslag: %1</translation>
    </message>
    <message>
      <source>The annual report of %1 for its members and the municipality: the meetings, decisions, action points, the toekomstagenda and the buurtbudget of the year, with the chair's foreword.</source>
      <translation>Het jaarverslag van %1 voor de leden en de gemeente: de vergaderingen, besluiten, actiepunten, de toekomstagenda en het buurtbudget van het jaar, met het voorwoord van de voorzitter.</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jaar</translation>
    </message>
    <message>
      <source>The year the annual report is about</source>
      <translation>Het jaar waarover het jaarverslag gaat</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>&amp;Jaar</translation>
    </message>
    <message>
      <source>The chair's &amp;foreword</source>
      <translation>Het &amp;voorwoord van de voorzitter</translation>
    </message>
    <message>
      <source>Foreword</source>
      <translation>Voorwoord</translation>
    </message>
    <message>
      <source>The chair's foreword, printed at the start of the annual report; stored as you type</source>
      <translation>Het voorwoord van de voorzitter, vooraan in het jaarverslag; wordt opgeslagen terwijl u typt</translation>
    </message>
    <message>
      <source>A few words from the chair to the members and the municipality…</source>
      <translation>Een paar woorden van de voorzitter aan de leden en de gemeente…</translation>
    </message>
    <message>
      <source>&amp;View PDF</source>
      <translation>PDF &amp;bekijken</translation>
    </message>
    <message>
      <source>Make the annual report and open it</source>
      <translation>Maak het jaarverslag en open het</translation>
    </message>
    <message>
      <source>Save &amp;PDF…</source>
      <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
      <source>Save the annual report as a PDF</source>
      <translation>Sla het jaarverslag op als PDF</translation>
    </message>
    <message>
      <source>Save &amp;Word copy…</source>
      <translation>&amp;Word-versie opslaan…</translation>
    </message>
    <message>
      <source>Save an editable Word copy of the annual report</source>
      <translation>Sla een bewerkbare Word-versie van het jaarverslag op</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Sluiten</translation>
    </message>
    <message>
      <source>Close this window</source>
      <translation>Sluit dit venster</translation>
    </message>
    <message>
      <source>Storing…</source>
      <translation>Opslaan…</translation>
    </message>
    <message>
      <source>Stored</source>
      <translation>Opgeslagen</translation>
    </message>
    <message>
      <source>Change the foreword</source>
      <translation>Voorwoord wijzigen</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>Word files (*.docx)</source>
      <translation>Word-bestanden (*.docx)</translation>
    </message>
    <message>
      <source>Save the annual report</source>
      <translation>Jaarverslag opslaan</translation>
    </message>
    <message>
      <source>annual-report-%1</source>
      <translation>jaarverslag-%1</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Opgeslagen: %1</translation>
    </message>
    <message>
      <source>Making the annual report…</source>
      <translation>Het jaarverslag wordt gemaakt…</translation>
    </message>
  </context>
  <context>
    <name>AttendanceDialog</name>
    <message>
      <source>Attendance</source>
      <translation>Aanwezigheid</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Closes the attendance; every change is already kept</source>
      <translation>Sluit de aanwezigheid; elke wijziging is al bewaard</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klaar</translation>
    </message>
  </context>
  <context>
    <name>AttendancePanel</name>
    <message>
      <source>Space or A present · K apologies · Z absent without notice · G guest · O not known yet</source>
      <translation>Spatie of A aanwezig · K afgemeld · Z afwezig zonder bericht · G gast · O nog niet bekend</translation>
    </message>
    <message>
      <source>A&amp;ttendance</source>
      <translation>Aan&amp;wezigheid</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Aanwezigheid</translation>
    </message>
    <message>
      <source>Lists members in role order and the guests; A present, K apologies, Z absent without notice, G guest, O not known yet</source>
      <translation>De leden in volgorde van hun rol en de gasten; A aanwezig, K afgemeld, Z afwezig zonder bericht, G gast, O nog niet bekend</translation>
    </message>
    <message>
      <source>G&amp;uest</source>
      <translation>G&amp;ast</translation>
    </message>
    <message>
      <source>Name of a guest</source>
      <translation>Naam van een gast</translation>
    </message>
    <message>
      <source>Name, then Enter</source>
      <translation>Naam, dan Enter</translation>
    </message>
    <message>
      <source>Or&amp;ganisation</source>
      <translation>&amp;Organisatie</translation>
    </message>
    <message>
      <source>Organisation of the guest</source>
      <translation>Organisatie van de gast</translation>
    </message>
    <message>
      <source>Fu&amp;nction</source>
      <translation>&amp;Functie</translation>
    </message>
    <message>
      <source>Function of the guest</source>
      <translation>Functie van de gast</translation>
    </message>
    <message>
      <source>e.g. wijkagent</source>
      <translation>bijv. wijkagent</translation>
    </message>
    <message>
      <source>C&amp;haired by</source>
      <translation>Voo&amp;rzitter</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Voorzitter van deze vergadering</translation>
    </message>
    <message>
      <source>&amp;Minutes by</source>
      <translation>Notul&amp;ist</translation>
    </message>
    <message>
      <source>Minute-taker</source>
      <translation>Notulist van deze vergadering</translation>
    </message>
    <message>
      <source>A&amp;pology…</source>
      <translation>Af&amp;melding…</translation>
    </message>
    <message>
      <source>Records that the chosen member sent apologies (afmelding)</source>
      <translation>Legt vast dat het gekozen lid zich heeft afgemeld</translation>
    </message>
    <message>
      <source>Adds a guest with this organisation and function when you press Enter</source>
      <translation>Voegt een gast met deze organisatie en functie toe als u op Enter drukt</translation>
    </message>
    <message>
      <source>The organisation the guest comes for, e.g. the police or a corporation</source>
      <translation>De organisatie namens wie de gast komt, bijvoorbeeld de politie of een corporatie</translation>
    </message>
    <message>
      <source>The guest's function, e.g. wijkagent or bewonersconsulent</source>
      <translation>De functie van de gast, bijvoorbeeld wijkagent of bewonersconsulent</translation>
    </message>
    <message>
      <source>Who chaired this meeting; empty means the voorzitter (or the vicevoorzitter)</source>
      <translation>Wie deze vergadering voorzat; leeg betekent de voorzitter (of de vicevoorzitter)</translation>
    </message>
    <message>
      <source>Who took the minutes; empty means the notulist (or the secretaris)</source>
      <translation>Wie notuleerde; leeg betekent de notulist (of de secretaris)</translation>
    </message>
    <message>
      <source>%1 of %2 present</source>
      <translation>%1 van %2 aanwezig</translation>
    </message>
    <message>
      <source>Mark %1 as %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>Apology of %1</source>
      <translation>Afmelding van %1</translation>
    </message>
    <message>
      <source>Add guest %1</source>
      <translation>Gast %1 toevoegen</translation>
    </message>
    <message>
      <source>Remove guest %1</source>
      <translation>Gast %1 verwijderen</translation>
    </message>
    <message>
      <source>%1 is not recorded as present. Let %1 chair all the same?</source>
      <translation>%1 staat niet als aanwezig genoteerd. Toch %1 laten voorzitten?</translation>
    </message>
    <message>
      <source>%1 is not recorded as present. Let %1 take the minutes all the same?</source>
      <translation>%1 staat niet als aanwezig genoteerd. Toch %1 laten notuleren?</translation>
    </message>
    <message>
      <source>Not present</source>
      <translation>Niet aanwezig</translation>
    </message>
    <message>
      <source>Chair: %1</source>
      <translation>Voorzitter: %1</translation>
    </message>
    <message>
      <source>Minutes: %1</source>
      <translation>Notulist: %1</translation>
    </message>
  </context>
  <context>
    <name>Background</name>
    <message>
      <source>The file %1 cannot be read or written (%2).</source>
      <translation>Het bestand %1 kan niet worden gelezen of geschreven (%2).</translation>
    </message>
    <message>
      <source>The file cannot be read or written (%1).</source>
      <translation>Het bestand kan niet worden gelezen of geschreven (%1).</translation>
    </message>
    <message>
      <source>This did not succeed because of an unexpected error (%1); nothing else was changed.</source>
      <translation>Dit is niet gelukt door een onverwachte fout (%1); verder is er niets veranderd.</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Backups</source>
      <translation>Reservekopieën</translation>
    </message>
    <message>
      <source>BuurtDesk makes a backup every day at start and before every update, and keeps the last ten and one of every month. Putting one back keeps the current data aside.</source>
      <translation>BuurtDesk maakt elke dag bij het starten en voor elke update een reservekopie, en bewaart de laatste tien en één per maand. Terugzetten bewaart de huidige gegevens apart.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
    <message>
      <source>The backups, newest first, with when and why each was made</source>
      <translation>De reservekopieën, nieuwste eerst, met wanneer en waarom elke kopie is gemaakt</translation>
    </message>
    <message>
      <source>&amp;Make a backup now</source>
      <translation>&amp;Nu een reservekopie maken</translation>
    </message>
    <message>
      <source>Makes a backup of all data at this moment</source>
      <translation>Maakt nu een reservekopie van alle gegevens</translation>
    </message>
    <message>
      <source>&amp;Restore the chosen backup…</source>
      <translation>Gekozen reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
      <source>Puts the chosen backup back, after asking; the current data is kept aside</source>
      <translation>Zet de gekozen reservekopie terug, na een vraag; de huidige gegevens worden apart bewaard</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Sluiten</translation>
    </message>
    <message>
      <source>Closes this window</source>
      <translation>Sluit dit venster</translation>
    </message>
    <message>
      <source>This BuurtDesk has the database open read-only.</source>
      <translation>Deze BuurtDesk heeft de database alleen-lezen geopend.</translation>
    </message>
    <message>
      <source>Daily, at start</source>
      <translation>Dagelijks, bij het starten</translation>
    </message>
    <message>
      <source>Before an update</source>
      <translation>Voor een update</translation>
    </message>
    <message>
      <source>Made by hand</source>
      <translation>Zelf gemaakt</translation>
    </message>
    <message>
      <source>There are no backups yet.</source>
      <translation>Er zijn nog geen reservekopieën.</translation>
    </message>
    <message>
      <source>Backup made: %1</source>
      <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
      <source>Put back the backup of %1? Everything entered after that moment is replaced; the current data is kept aside in a separate file.</source>
      <translation>De reservekopie van %1 terugzetten? Alles wat daarna is ingevoerd wordt vervangen; de huidige gegevens worden apart bewaard in een eigen bestand.</translation>
    </message>
    <message>
      <source>The backup of %1 is back. The data as it was is kept in %2.</source>
      <translation>De reservekopie van %1 is teruggezet. De gegevens zoals ze waren staan in %2.</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
      <source>Puts this backup back; the current data is kept aside</source>
      <translation>Zet deze reservekopie terug; de huidige gegevens worden apart bewaard</translation>
    </message>
    <message>
      <source>Keeps the current data as it is</source>
      <translation>Laat de huidige gegevens zoals ze zijn</translation>
    </message>
  </context>
  <context>
    <name>BalancePage</name>
    <message>
      <source>Funding source</source>
      <translation>Geldbron</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Beschikbaar</translation>
    </message>
    <message>
      <source>Allocated</source>
      <translation>Toegekend</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>Uitgegeven</translation>
    </message>
    <message>
      <source>Carried on</source>
      <translation>Meegenomen</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Vrij</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Aangevraagd</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Over</translation>
    </message>
    <message>
      <source>Per funding &amp;source</source>
      <translation>Per geldb&amp;ron</translation>
    </message>
    <message>
      <source>Balance per funding source</source>
      <translation>Saldo per geldbron</translation>
    </message>
    <message>
      <source>Shows per funding source what came in, what is allocated and what is free</source>
      <translation>Toont per geldbron wat er binnenkwam, wat is toegekend en wat vrij is</translation>
    </message>
    <message>
      <source>Per &amp;project</source>
      <translation>Per &amp;project</translation>
    </message>
    <message>
      <source>Balance per project</source>
      <translation>Saldo per project</translation>
    </message>
    <message>
      <source>Shows per project what was allocated and what was spent</source>
      <translation>Toont per project wat is toegekend en wat is uitgegeven</translation>
    </message>
    <message>
      <source>⚠ %1 too much allocated</source>
      <translation>⚠ %1 te veel toegekend</translation>
    </message>
    <message>
      <source>⚠ %1, overspent</source>
      <translation>⚠ %1, overschreden</translation>
    </message>
    <message>
      <source>Without a project</source>
      <translation>Zonder project</translation>
    </message>
  </context>
  <context>
    <name>BookletMaker</name>
    <message>
      <source>Save the toekomstagenda booklet</source>
      <translation>Het boekje van de toekomstagenda opslaan</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>toekomstagenda-round-%1.pdf</source>
      <translation>toekomstagenda-ronde-%1.pdf</translation>
    </message>
  </context>
  <context>
    <name>BudgetBar</name>
    <message>
      <source>Bar drawing of the year's money</source>
      <translation>Staafje met het geld van het jaar</translation>
    </message>
  </context>
  <context>
    <name>BudgetSection</name>
    <message>
      <source>&amp;Year</source>
      <translation>&amp;Jaar</translation>
    </message>
    <message>
      <source>Budget year</source>
      <translation>Begrotingsjaar</translation>
    </message>
    <message>
      <source>Shows the figures, sources and allocations of the chosen year</source>
      <translation>Toont de cijfers, bronnen en toekenningen van het gekozen jaar</translation>
    </message>
    <message>
      <source>The statement is being made</source>
      <translation>De verantwoording wordt gemaakt</translation>
    </message>
    <message>
      <source>Statement (PDF)</source>
      <translation>Verantwoording (PDF)</translation>
    </message>
    <message>
      <source>Show the budget statement of the year as PDF</source>
      <translation>Toon de verantwoording van het jaar als PDF</translation>
    </message>
    <message>
      <source>Makes the budget statement of the year and opens it</source>
      <translation>Maakt de budgetverantwoording van het jaar en opent die</translation>
    </message>
    <message>
      <source>Save statement…</source>
      <translation>Verantwoording opslaan…</translation>
    </message>
    <message>
      <source>Save the budget statement of the year as PDF</source>
      <translation>Sla de verantwoording van het jaar op als PDF</translation>
    </message>
    <message>
      <source>Makes the budget statement and saves it where you choose</source>
      <translation>Maakt de budgetverantwoording en bewaart die waar u kiest</translation>
    </message>
    <message>
      <source>Moves the free money of sources that allow it to next year</source>
      <translation>Zet het vrije geld van bronnen die het toestaan door naar volgend jaar</translation>
    </message>
    <message>
      <source>Parts of the budget</source>
      <translation>Onderdelen van het budget</translation>
    </message>
    <message>
      <source>&amp;Allocations</source>
      <translation>&amp;Toekenningen</translation>
    </message>
    <message>
      <source>E&amp;xpenses</source>
      <translation>&amp;Uitgaven</translation>
    </message>
    <message>
      <source>&amp;Funding sources</source>
      <translation>&amp;Geldbronnen</translation>
    </message>
    <message>
      <source>&amp;Balance</source>
      <translation>&amp;Saldo</translation>
    </message>
    <message>
      <source>Buurtbudget</source>
      <translation>Buurtbudget</translation>
    </message>
    <message>
      <source>Buurtbudget %1</source>
      <translation>Buurtbudget %1</translation>
    </message>
    <message>
      <source>%1 sources · %2 allocations · %3 expenses</source>
      <translation>%1 geldbronnen · %2 toekenningen · %3 uitgaven</translation>
    </message>
    <message>
      <source>Allocation %1 (%2) is overspent by %3.</source>
      <translation>Toekenning %1 (%2) is %3 overschreden.</translation>
    </message>
    <message>
      <source>Funding source %1 has %2 more allocated than it brings in.</source>
      <translation>Uit geldbron %1 is %2 meer toegekend dan erin zit.</translation>
    </message>
    <message>
      <source>No funding sources for %1 yet. Start here: choose the kind, type the amount and press “Add source”.</source>
      <translation>Nog geen geldbronnen voor %1. Begin hier: kies de soort, typ het bedrag en klik op ‘Bron toevoegen’.</translation>
    </message>
    <message>
      <source>No money allocated in %1 yet. Allocate it by a decision of the council under Allocations.</source>
      <translation>In %1 is nog geen geld toegekend. Ken het toe met een besluit van het overleg onder Toekenningen.</translation>
    </message>
    <message>
      <source>Carry over to %1…</source>
      <translation>Meenemen naar %1…</translation>
    </message>
    <message>
      <source>Carry the free money over to %1</source>
      <translation>Neem het vrije geld mee naar %1</translation>
    </message>
    <message>
      <source>This free money goes to %1:</source>
      <translation>Dit vrije geld gaat mee naar %1:</translation>
    </message>
    <message>
      <source>Stays (its conditions do not allow it): %1</source>
      <translation>Blijft staan (de voorwaarden staan het niet toe): %1</translation>
    </message>
    <message>
      <source>Carry it over now?</source>
      <translation>Nu meenemen?</translation>
    </message>
    <message>
      <source>Carry over to next year</source>
      <translation>Meenemen naar volgend jaar</translation>
    </message>
    <message>
      <source>%1 carried over to %2.</source>
      <translation>%1 meegenomen naar %2.</translation>
    </message>
    <message>
      <source>Making the budget statement of %1…</source>
      <translation>De verantwoording van %1 wordt gemaakt…</translation>
    </message>
    <message>
      <source>The budget statement is ready: %1</source>
      <translation>De verantwoording is klaar: %1</translation>
    </message>
  </context>
  <context>
    <name>CheckRow</name>
    <message>
      <source>not checked yet</source>
      <translation>nog niet getoetst</translation>
    </message>
    <message>
      <source>%1 check: verdict</source>
      <translation>Toets %1: oordeel</translation>
    </message>
    <message>
      <source>The outcome of this check of the chosen project</source>
      <translation>De uitkomst van deze toets van het gekozen project</translation>
    </message>
    <message>
      <source>Note: why, what is needed</source>
      <translation>Notitie: waarom, wat is er nodig</translation>
    </message>
    <message>
      <source>%1 check: note</source>
      <translation>Toets %1: notitie</translation>
    </message>
    <message>
      <source>Why the check came out this way, or what is still needed</source>
      <translation>Waarom de toets zo uitviel, of wat er nog nodig is</translation>
    </message>
    <message>
      <source>Checked by</source>
      <translation>Getoetst door</translation>
    </message>
    <message>
      <source>%1 check: checked by</source>
      <translation>Toets %1: getoetst door</translation>
    </message>
    <message>
      <source>Who did the check</source>
      <translation>Wie de toets deed</translation>
    </message>
    <message>
      <source>%1 check: date</source>
      <translation>Toets %1: datum</translation>
    </message>
    <message>
      <source>The day the check was done</source>
      <translation>De dag waarop de toets is gedaan</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Vastleggen</translation>
    </message>
    <message>
      <source>Record the %1 check</source>
      <translation>De toets %1 vastleggen</translation>
    </message>
    <message>
      <source>Saves the verdict, note, checker and date of this check</source>
      <translation>Bewaart het oordeel, de notitie, de toetser en de datum van deze toets</translation>
    </message>
    <message>
      <source>%1: was %2%3, changed by %4</source>
      <translation>%1: was %2%3, gewijzigd door %4</translation>
    </message>
  </context>
  <context>
    <name>CloseMeetingDialog</name>
    <message>
      <source>Close the meeting</source>
      <translation>Vergadering sluiten</translation>
    </message>
    <message>
      <source>Close the meeting of %1. When does the council meet next?</source>
      <translation>De vergadering van %1 sluiten. Wanneer komt het overleg weer bijeen?</translation>
    </message>
    <message>
      <source>&amp;Agreed on a date</source>
      <translation>&amp;Afgesproken op een datum</translation>
    </message>
    <message>
      <source>&amp;Not agreed yet</source>
      <translation>&amp;Nog niet afgesproken</translation>
    </message>
    <message>
      <source>A next date was agreed</source>
      <translation>Er is een volgende datum afgesproken</translation>
    </message>
    <message>
      <source>No next date agreed yet</source>
      <translation>Er is nog geen volgende datum afgesproken</translation>
    </message>
    <message>
      <source>The next meeting is planned on this date</source>
      <translation>De volgende vergadering wordt op deze datum gepland</translation>
    </message>
    <message>
      <source>The minutes say the next meeting is not agreed yet; nothing is planned</source>
      <translation>Het verslag zegt dat de volgende vergadering nog niet is afgesproken; er wordt niets gepland</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <source>Date of the next meeting</source>
      <translation>Datum van de volgende vergadering</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Van</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>Begintijd</translation>
    </message>
    <message>
      <source>&amp;Until</source>
      <translation>&amp;Tot</translation>
    </message>
    <message>
      <source>End time</source>
      <translation>Eindtijd</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>&amp;Plaats</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>&amp;Closed at</source>
      <translation>&amp;Gesloten om</translation>
    </message>
    <message>
      <source>The time the meeting closed</source>
      <translation>De tijd waarop de vergadering sloot</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Close meeting</source>
      <translation>Vergadering sluiten</translation>
    </message>
    <message>
      <source>Date as 14-10-2026, times as 19:30; the place is the council's usual one</source>
      <translation>Datum als 14-10-2026, tijden als 19:30; de plaats is de vaste vergaderplek</translation>
    </message>
    <message>
      <source>Fill in the date of the next meeting, or choose 'not agreed yet'.</source>
      <translation>Vul de datum van de volgende vergadering in, of kies 'nog niet afgesproken'.</translation>
    </message>
  </context>
  <context>
    <name>CouncilDetails</name>
    <message>
      <source>The file could not be read.</source>
      <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
      <source>The file is too large for a logo (at most 20 MB).</source>
      <translation>Het bestand is te groot voor een logo (hoogstens 20 MB).</translation>
    </message>
    <message>
      <source>This file is not an image BuurtDesk can use. Choose a PNG or JPEG file.</source>
      <translation>Dit bestand is geen afbeelding die BuurtDesk kan gebruiken. Kies een PNG- of JPEG-bestand.</translation>
    </message>
    <message>
      <source>The image is too large for a logo (at most 10,000 pixels wide and high).</source>
      <translation>De afbeelding is te groot voor een logo (hoogstens 10.000 pixels breed en hoog).</translation>
    </message>
    <message>
      <source>The image is damaged and cannot be read.</source>
      <translation>De afbeelding is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
      <source>The image has too much detail to keep as a logo; choose a simpler one.</source>
      <translation>De afbeelding heeft te veel details om als logo te bewaren; kies een eenvoudigere.</translation>
    </message>
  </context>
  <context>
    <name>CouncilDetailsDialog</name>
    <message>
      <source>New council</source>
      <translation>Nieuw overleg</translation>
    </message>
    <message>
      <source>Council details</source>
      <translation>Overleggegevens</translation>
    </message>
    <message>
      <source>e.g. Wijkoverleg Klingerberg</source>
      <translation>bijv. Wijkoverleg Klingerberg</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>The name as it stands on the agenda and the minutes</source>
      <translation>De naam zoals die op de agenda en het verslag staat</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Naam</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>A neighbourhood council in town, or a village council</source>
      <translation>Een wijkoverleg in de stad, of een dorpsraad</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Soort</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <source>The municipality the council belongs to</source>
      <translation>De gemeente waar het overleg bij hoort</translation>
    </message>
    <message>
      <source>&amp;Municipality</source>
      <translation>&amp;Gemeente</translation>
    </message>
    <message>
      <source>e.g. Dorpshuis De Linde</source>
      <translation>bijv. Dorpshuis De Linde</translation>
    </message>
    <message>
      <source>Usual meeting place</source>
      <translation>Vaste vergaderplek</translation>
    </message>
    <message>
      <source>Filled in for every new meeting; each meeting can still say otherwise</source>
      <translation>Wordt bij elke nieuwe vergadering ingevuld; per vergadering blijft die te wijzigen</translation>
    </message>
    <message>
      <source>Usual meeting &amp;place</source>
      <translation>Vaste &amp;vergaderplek</translation>
    </message>
    <message>
      <source>Language of the documents</source>
      <translation>Taal van de documenten</translation>
    </message>
    <message>
      <source>The language of this council's agenda, minutes and other PDFs</source>
      <translation>De taal van de agenda, het verslag en de andere pdf's van dit overleg</translation>
    </message>
    <message>
      <source>&amp;Documents in</source>
      <translation>&amp;Documenten in</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>The logo printed at the top of this council's PDFs</source>
      <translation>Het logo bovenaan de pdf's van dit overleg</translation>
    </message>
    <message>
      <source>Choose &amp;logo…</source>
      <translation>&amp;Logo kiezen…</translation>
    </message>
    <message>
      <source>Choose logo</source>
      <translation>Logo kiezen</translation>
    </message>
    <message>
      <source>Choose a PNG or JPEG image for the top of the PDFs</source>
      <translation>Kies een PNG- of JPEG-afbeelding voor bovenaan de pdf's</translation>
    </message>
    <message>
      <source>&amp;Remove logo</source>
      <translation>Logo &amp;weghalen</translation>
    </message>
    <message>
      <source>Remove logo</source>
      <translation>Logo weghalen</translation>
    </message>
    <message>
      <source>The PDFs show the council's name without a logo</source>
      <translation>De pdf's tonen de naam van het overleg zonder logo</translation>
    </message>
    <message>
      <source>Adds the council and shows it</source>
      <translation>Voegt het overleg toe en toont het</translation>
    </message>
    <message>
      <source>Keeps these details and closes this window; Undo takes them back</source>
      <translation>Bewaart deze gegevens en sluit dit venster; Ongedaan maken zet ze terug</translation>
    </message>
    <message>
      <source>Closes this window and leaves the council as it was</source>
      <translation>Sluit dit venster en laat het overleg zoals het was</translation>
    </message>
    <message>
      <source>Choose a logo</source>
      <translation>Kies een logo</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Printed at the top left of the agenda, the minutes and the other PDFs.</source>
      <translation>Staat linksboven op de agenda, het verslag en de andere pdf's.</translation>
    </message>
    <message>
      <source>No logo</source>
      <translation>Geen logo</translation>
    </message>
    <message>
      <source>Without a logo the PDFs show the council's name only.</source>
      <translation>Zonder logo tonen de pdf's alleen de naam van het overleg.</translation>
    </message>
    <message>
      <source>Enter the council's name.</source>
      <translation>Vul de naam van het overleg in.</translation>
    </message>
    <message>
      <source>Change the council details</source>
      <translation>Overleggegevens wijzigen</translation>
    </message>
  </context>
  <context>
    <name>CouncilTableModel</name>
    <message>
      <source>Council</source>
      <translation>Overleg</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>Volgende vergadering</translation>
    </message>
    <message>
      <source>Last minutes</source>
      <translation>Laatste verslag</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Te laat</translation>
    </message>
    <message>
      <source>Munic./org.</source>
      <translation>Gem./org.</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Allocated</source>
      <translation>Toegekend</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>Uitgegeven</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Vrij</translation>
    </message>
    <message>
      <source>The council; double click to open it</source>
      <translation>Het overleg; dubbelklik om het te openen</translation>
    </message>
    <message>
      <source>The next meeting; ✓ when its agenda has topics, ✗ when not yet</source>
      <translation>De volgende vergadering; ✓ als de agenda onderwerpen heeft, ✗ als dat nog niet zo is</translation>
    </message>
    <message>
      <source>The last meeting held; ✓ when its minutes are adopted, ✗ when not yet</source>
      <translation>De laatst gehouden vergadering; ✓ als het verslag is vastgesteld, ✗ als dat nog niet zo is</translation>
    </message>
    <message>
      <source>Open action points</source>
      <translation>Open actiepunten</translation>
    </message>
    <message>
      <source>Open action points past their due date</source>
      <translation>Open actiepunten die te laat zijn</translation>
    </message>
    <message>
      <source>Open action points the municipality owns / another organisation owns</source>
      <translation>Open actiepunten bij de gemeente / bij een andere organisatie</translation>
    </message>
    <message>
      <source>%1 with the municipality, %2 with other organisations</source>
      <translation>%1 bij de gemeente, %2 bij andere organisaties</translation>
    </message>
    <message>
      <source>Plans</source>
      <translation>Plannen</translation>
    </message>
    <message>
      <source>Where the toekomstagenda stands</source>
      <translation>Waar de toekomstagenda staat</translation>
    </message>
    <message>
      <source>The budget of the year in euros: all funding sources together</source>
      <translation>Het budget van het jaar in euro's: alle geldbronnen samen</translation>
    </message>
    <message>
      <source>Allocated by decisions of the council, in euros</source>
      <translation>Toegekend met besluiten van het overleg, in euro's</translation>
    </message>
    <message>
      <source>Spent, in euros</source>
      <translation>Uitgegeven, in euro's</translation>
    </message>
    <message>
      <source>Not yet allocated, in euros</source>
      <translation>Nog niet toegekend, in euro's</translation>
    </message>
    <message>
      <source>agenda ready</source>
      <translation>agenda klaar</translation>
    </message>
    <message>
      <source>agenda not ready yet</source>
      <translation>agenda nog niet klaar</translation>
    </message>
    <message>
      <source>minutes adopted</source>
      <translation>verslag vastgesteld</translation>
    </message>
    <message>
      <source>minutes not adopted yet</source>
      <translation>verslag nog niet vastgesteld</translation>
    </message>
  </context>
  <context>
    <name>CycleLabels</name>
    <message>
      <source>in order</source>
      <translation>in orde</translation>
    </message>
    <message>
      <source>needs attention</source>
      <translation>aandacht nodig</translation>
    </message>
    <message>
      <source>not feasible</source>
      <translation>niet haalbaar</translation>
    </message>
    <message>
      <source>Financial</source>
      <translation>Financieel</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Inhoudelijk</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Juridisch</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Bewoners</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <source>Housing corporation</source>
      <translation>Woningcorporatie</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Politie</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Overig</translation>
    </message>
    <message>
      <source>no step yet</source>
      <translation>nog geen trede</translation>
    </message>
    <message>
      <source>initiator</source>
      <translation>initiatiefnemer</translation>
    </message>
    <message>
      <source>participant</source>
      <translation>deelnemer</translation>
    </message>
    <message>
      <source>co-commissioner</source>
      <translation>mede-opdrachtgever</translation>
    </message>
    <message>
      <source>commissioner</source>
      <translation>opdrachtgever</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Gepland</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Loopt</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>Stopped</source>
      <translation>Gestopt</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>Decision %1</source>
      <translation>Besluit %1</translation>
    </message>
    <message>
      <source>The decision gets number %1.</source>
      <translation>Het besluit krijgt nummer %1.</translation>
    </message>
    <message>
      <source>&amp;What was decided</source>
      <translation>&amp;Wat is besloten</translation>
    </message>
    <message>
      <source>What was decided</source>
      <translation>Wat is besloten</translation>
    </message>
    <message>
      <source>The decision as it goes into the register</source>
      <translation>Het besluit zoals het in de besluitenlijst komt</translation>
    </message>
    <message>
      <source>There was a &amp;vote</source>
      <translation>Er is ge&amp;stemd</translation>
    </message>
    <message>
      <source>There was a vote</source>
      <translation>Er is gestemd</translation>
    </message>
    <message>
      <source>Tick when the council voted, to count the votes</source>
      <translation>Vink aan als de raad stemde, om de stemmen te tellen</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Voor</translation>
    </message>
    <message>
      <source>How many members voted for</source>
      <translation>Hoeveel leden voor stemden</translation>
    </message>
    <message>
      <source>Against</source>
      <translation>Tegen</translation>
    </message>
    <message>
      <source>How many members voted against</source>
      <translation>Hoeveel leden tegen stemden</translation>
    </message>
    <message>
      <source>Abstain</source>
      <translation>Onthouding</translation>
    </message>
    <message>
      <source>How many members abstained</source>
      <translation>Hoeveel leden zich onthielden</translation>
    </message>
    <message>
      <source>&amp;For</source>
      <translation>V&amp;oor</translation>
    </message>
    <message>
      <source>A&amp;gainst</source>
      <translation>&amp;Tegen</translation>
    </message>
    <message>
      <source>A&amp;bstain</source>
      <translation>O&amp;nthouding</translation>
    </message>
    <message>
      <source>&amp;Confidential: not in the minutes, not projected</source>
      <translation>&amp;Vertrouwelijk: niet in het verslag, niet op de beamer</translation>
    </message>
    <message>
      <source>Confidential decision</source>
      <translation>Vertrouwelijk besluit</translation>
    </message>
    <message>
      <source>The decision keeps its number but stays out of the minutes and the projector</source>
      <translation>Het besluit houdt zijn nummer maar blijft buiten het verslag en de beamer</translation>
    </message>
    <message>
      <source>Record decision</source>
      <translation>Besluit vastleggen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Records the decision under the current item (Ctrl+Enter)</source>
      <translation>Legt het besluit vast bij het huidige agendapunt (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Closes this window; no decision is recorded</source>
      <translation>Sluit dit venster; er wordt geen besluit vastgelegd</translation>
    </message>
    <message>
      <source>Write what was decided first.</source>
      <translation>Schrijf eerst op wat er is besloten.</translation>
    </message>
  </context>
  <context>
    <name>DecisionPicker</name>
    <message>
      <source>Decision taken:</source>
      <translation>Genomen besluit:</translation>
    </message>
    <message>
      <source>By a decision already in the register</source>
      <translation>Met een besluit dat al in de besluitenlijst staat</translation>
    </message>
    <message>
      <source>Links the allocation to a decision the council already took</source>
      <translation>Koppelt de toekenning aan een besluit dat de raad al nam</translation>
    </message>
    <message>
      <source>New decision:</source>
      <translation>Nieuw besluit:</translation>
    </message>
    <message>
      <source>Record a new decision now</source>
      <translation>Leg nu een nieuw besluit vast</translation>
    </message>
    <message>
      <source>Records the decision to allocate the money together with the allocation</source>
      <translation>Legt het besluit om het geld toe te kennen vast samen met de toekenning</translation>
    </message>
    <message>
      <source>Number of the decision, for example 2026-014</source>
      <translation>Nummer van het besluit, bijvoorbeeld 2026-014</translation>
    </message>
    <message>
      <source>The decision in the register that allocates this money</source>
      <translation>Het besluit in de besluitenlijst dat dit geld toekent</translation>
    </message>
    <message>
      <source>number, e.g. 2026-014</source>
      <translation>bv. 2026-014</translation>
    </message>
    <message>
      <source>Text of the new decision</source>
      <translation>Tekst van het nieuwe besluit</translation>
    </message>
    <message>
      <source>The decision as it goes into the register</source>
      <translation>Het besluit zoals het in de besluitenlijst komt</translation>
    </message>
    <message>
      <source>What the council decides</source>
      <translation>Wat het overleg besluit</translation>
    </message>
  </context>
  <context>
    <name>DecisionTableModel</name>
    <message>
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Vergadering</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Vote</source>
      <translation>Stemming</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <source>Taken outside a meeting</source>
      <translation>Genomen buiten een vergadering</translation>
    </message>
    <message>
      <source>%1 (withdrawn)</source>
      <translation>%1 (ingetrokken)</translation>
    </message>
    <message>
      <source>%1 for, %2 against, %3 abstained</source>
      <translation>voor %1, tegen %2, onthoudingen %3</translation>
    </message>
  </context>
  <context>
    <name>DecisionsSection</name>
    <message>
      <source>Decisions</source>
      <translation>Besluiten</translation>
    </message>
    <message>
      <source>Year of the decisions</source>
      <translation>Jaar van de besluiten</translation>
    </message>
    <message>
      <source>Shows the decisions taken in the chosen year</source>
      <translation>Toont de besluiten die in het gekozen jaar zijn genomen</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>&amp;Jaar</translation>
    </message>
    <message>
      <source>Search by word or number, e.g. 2026-014</source>
      <translation>Woord of nummer, zoals 2026-014</translation>
    </message>
    <message>
      <source>Search decisions</source>
      <translation>Besluiten zoeken</translation>
    </message>
    <message>
      <source>Shows only the decisions whose number or text contains these words</source>
      <translation>Toont alleen de besluiten waarvan het nummer of de tekst deze woorden bevat</translation>
    </message>
    <message>
      <source>Sea&amp;rch</source>
      <translation>&amp;Zoeken</translation>
    </message>
    <message>
      <source>Decision register</source>
      <translation>Besluitenlijst</translation>
    </message>
    <message>
      <source>F2 edits the text of the chosen decision; Ctrl+Z takes an edit back</source>
      <translation>F2 wijzigt de tekst van het gekozen besluit; Ctrl+Z maakt een wijziging ongedaan</translation>
    </message>
    <message>
      <source>The chosen decision in full</source>
      <translation>Het gekozen besluit in zijn geheel</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>Alle jaren</translation>
    </message>
    <message>
      <source>%1 of %2 decisions</source>
      <translation>%1 van %2 besluiten</translation>
    </message>
    <message>
      <source>No decisions yet. Decisions taken in a meeting appear here with their number.</source>
      <translation>Nog geen besluiten. Besluiten uit een vergadering verschijnen hier met hun nummer.</translation>
    </message>
    <message>
      <source>Choose a decision to read it in full. F2 edits its text.</source>
      <translation>Kies een besluit om het helemaal te lezen. F2 wijzigt de tekst.</translation>
    </message>
    <message>
      <source>Change the text of decision %1</source>
      <translation>Wijzig de tekst van besluit %1</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPage</name>
    <message>
      <source>Evaluate</source>
      <translation>Evalueren</translation>
    </message>
    <message>
      <source>What is evaluated: the round or a project</source>
      <translation>Wat wordt geëvalueerd: de ronde of een project</translation>
    </message>
    <message>
      <source>Chooses whether the evaluation is about the round or a project</source>
      <translation>Kiest of de evaluatie over de ronde of over een project gaat</translation>
    </message>
    <message>
      <source>Result against the goal</source>
      <translation>Resultaat ten opzichte van het doel</translation>
    </message>
    <message>
      <source>How the result compares with what the project set out to do</source>
      <translation>Hoe het resultaat zich verhoudt tot wat het project wilde bereiken</translation>
    </message>
    <message>
      <source>Success factors</source>
      <translation>Succesfactoren</translation>
    </message>
    <message>
      <source>What helped the project succeed</source>
      <translation>Wat het project hielp slagen</translation>
    </message>
    <message>
      <source>Learning points, one per line</source>
      <translation>Leerpunten, één per regel</translation>
    </message>
    <message>
      <source>What the council learned; saved with the evaluation</source>
      <translation>Wat de raad leerde; wordt bewaard met de evaluatie</translation>
    </message>
    <message>
      <source>One learning point per line; each goes into the next round's vision.</source>
      <translation>Eén leerpunt per regel; elk leerpunt gaat mee naar de visie van de volgende ronde.</translation>
    </message>
    <message>
      <source>What continues</source>
      <translation>Wat gaat door</translation>
    </message>
    <message>
      <source>What goes on after this round</source>
      <translation>Wat na deze ronde doorgaat</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <source>Learning points</source>
      <translation>Leerpunten</translation>
    </message>
    <message>
      <source>Record the evaluation</source>
      <translation>Evaluatie vastleggen</translation>
    </message>
    <message>
      <source>Saves the evaluation of the chosen round or project</source>
      <translation>Bewaart de evaluatie van de gekozen ronde of het gekozen project</translation>
    </message>
    <message>
      <source>Evaluated so far</source>
      <translation>Tot nu toe geëvalueerd</translation>
    </message>
    <message>
      <source>Evaluations recorded in this round</source>
      <translation>Evaluaties van deze ronde</translation>
    </message>
    <message>
      <source>Lists the evaluations already recorded in this round</source>
      <translation>Toont de evaluaties die in deze ronde al zijn vastgelegd</translation>
    </message>
    <message>
      <source>The next round</source>
      <translation>De volgende ronde</translation>
    </message>
    <message>
      <source>Start the next round…</source>
      <translation>Volgende ronde beginnen…</translation>
    </message>
    <message>
      <source>Close this round and start the next round</source>
      <translation>Deze ronde afsluiten en de volgende ronde beginnen</translation>
    </message>
    <message>
      <source>Closes the evaluated round so that a new round can begin</source>
      <translation>Sluit de geëvalueerde ronde af zodat een nieuwe ronde kan beginnen</translation>
    </message>
    <message>
      <source>The whole round %1</source>
      <translation>De hele ronde %1</translation>
    </message>
    <message>
      <source>Project: %1</source>
      <translation>Project: %1</translation>
    </message>
    <message>
      <source>The round</source>
      <translation>De ronde</translation>
    </message>
    <message>
      <source>Learning points: %1</source>
      <translation>Leerpunten: %1</translation>
    </message>
    <message>
      <source>Result: %1</source>
      <translation>Resultaat: %1</translation>
    </message>
    <message>
      <source>Nothing evaluated yet: start with the round as a whole or one project.</source>
      <translation>Nog niets geëvalueerd: begin met de ronde als geheel of met één project.</translation>
    </message>
    <message>
      <source>This round is closed.</source>
      <translation>Deze ronde is afgesloten.</translation>
    </message>
    <message>
      <source>Closing the round is a decision. The learning points and %1 unfinished projects go into round %2's vision.</source>
      <translation>Het afsluiten van de ronde is een besluit. De leerpunten en %1 onafgemaakte projecten gaan mee naar de visie van ronde %2.</translation>
    </message>
    <message>
      <source>The next round starts from the evaluation phase; move the round on to Evaluation first.</source>
      <translation>De volgende ronde begint vanuit de evaluatie; zet de ronde eerst door naar Evaluatie.</translation>
    </message>
  </context>
  <context>
    <name>ExchangeMenu</name>
    <message>
      <source>&amp;Export for…</source>
      <translation>&amp;Exporteren voor…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importeren…</translation>
    </message>
    <message>
      <source>Action &amp;list as spreadsheet…</source>
      <translation>Actie&amp;lijst als spreadsheet…</translation>
    </message>
    <message>
      <source>&amp;Decision register as spreadsheet…</source>
      <translation>&amp;Besluitenlijst als spreadsheet…</translation>
    </message>
    <message>
      <source>Closes this message</source>
      <translation>Sluit deze melding</translation>
    </message>
    <message>
      <source>There is no council to export yet.</source>
      <translation>Er is nog geen overleg om te exporteren.</translation>
    </message>
    <message>
      <source>Import a BuurtDesk package</source>
      <translation>Een BuurtDesk-pakket importeren</translation>
    </message>
    <message>
      <source>BuurtDesk packages (*.buurtdesk);;All files (*)</source>
      <translation>BuurtDesk-pakketten (*.buurtdesk);;Alle bestanden (*)</translation>
    </message>
    <message>
      <source>There is no council yet.</source>
      <translation>Er is nog geen overleg.</translation>
    </message>
    <message>
      <source>action-list</source>
      <translation>actielijst</translation>
    </message>
    <message>
      <source>decision-register</source>
      <translation>besluitenlijst</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV, comma-separated (*.csv)</source>
      <translation>CSV, kommagescheiden (*.csv)</translation>
    </message>
    <message>
      <source>Save as spreadsheet</source>
      <translation>Bewaren als spreadsheet</translation>
    </message>
    <message>
      <source>The action list is written to %1.</source>
      <translation>De actielijst is geschreven naar %1.</translation>
    </message>
    <message>
      <source>The decision register is written to %1.</source>
      <translation>De besluitenlijst is geschreven naar %1.</translation>
    </message>
  </context>
  <context>
    <name>ExecutionPage</name>
    <message>
      <source>Projects in execution</source>
      <translation>Projecten in uitvoering</translation>
    </message>
    <message>
      <source>Choose a project to follow its milestones, notes and action points</source>
      <translation>Kies een project om zijn mijlpalen, notities en actiepunten te volgen</translation>
    </message>
    <message>
      <source>No project is running yet: set a project's status to Running under Plans and projects.</source>
      <translation>Er loopt nog geen project: zet bij Plannen en projecten de status van een project op Loopt.</translation>
    </message>
    <message>
      <source>Core group</source>
      <translation>Kerngroep</translation>
    </message>
    <message>
      <source>Plan a core-group meeting whose agenda is the progress of the running projects.</source>
      <translation>Plan een kerngroepvergadering met de voortgang van de lopende projecten als agenda.</translation>
    </message>
    <message>
      <source>Date of the core-group meeting</source>
      <translation>Datum van de kerngroepvergadering</translation>
    </message>
    <message>
      <source>The day the core group meets about the chosen project</source>
      <translation>De dag waarop de kerngroep over het gekozen project vergadert</translation>
    </message>
    <message>
      <source>Plan core-group meeting</source>
      <translation>Kerngroepvergadering plannen</translation>
    </message>
    <message>
      <source>Plans a meeting of the core group about the chosen project</source>
      <translation>Plant een vergadering van de kerngroep over het gekozen project</translation>
    </message>
    <message>
      <source>Action points of this project</source>
      <translation>Actiepunten van dit project</translation>
    </message>
    <message>
      <source>Action points linked to the project</source>
      <translation>Actiepunten die bij het project horen</translation>
    </message>
    <message>
      <source>Lists the action points that belong to the chosen project</source>
      <translation>Toont de actiepunten die bij het gekozen project horen</translation>
    </message>
    <message>
      <source>No action points yet: link them to this project when you record them in a meeting.</source>
      <translation>Nog geen actiepunten: koppel ze aan dit project als u ze in een vergadering vastlegt.</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <source>Progress notes, newest last</source>
      <translation>Voortgangsnotities, nieuwste onderaan</translation>
    </message>
    <message>
      <source>Lists what was noted about the progress of the chosen project</source>
      <translation>Toont wat er over de voortgang van het gekozen project is genoteerd</translation>
    </message>
    <message>
      <source>A line of progress</source>
      <translation>Een regel over de voortgang</translation>
    </message>
    <message>
      <source>New progress note</source>
      <translation>Nieuwe voortgangsnotitie</translation>
    </message>
    <message>
      <source>A line about how the project is going; the add button saves it</source>
      <translation>Een regel over hoe het project loopt; de knop Toevoegen bewaart hem</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>Notitie toevoegen</translation>
    </message>
    <message>
      <source>Adds the progress note to the chosen project</source>
      <translation>Voegt de voortgangsnotitie toe aan het gekozen project</translation>
    </message>
    <message>
      <source>%1 of %2 milestones done</source>
      <translation>%1 van %2 mijlpalen gehaald</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>nog niemand</translation>
    </message>
    <message>
      <source>Add a progress note</source>
      <translation>Voortgangsnotitie toevoegen</translation>
    </message>
    <message>
      <source>Core-group meeting planned on %1 with %2 progress items; it is under Meetings.</source>
      <translation>Kerngroepvergadering gepland op %1 met %2 voortgangspunten; u vindt hem onder Vergaderingen.</translation>
    </message>
  </context>
  <context>
    <name>ExpensesPage</name>
    <message>
      <source>Allo&amp;cation</source>
      <translation>Toe&amp;kenning</translation>
    </message>
    <message>
      <source>Allocation whose expenses are shown</source>
      <translation>Toekenning waarvan de uitgaven te zien zijn</translation>
    </message>
    <message>
      <source>Chooses the allocation whose expenses the table shows</source>
      <translation>Kiest de toekenning waarvan de tabel de uitgaven toont</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <source>Receipt · paid by</source>
      <translation>Bon · betaald door</translation>
    </message>
    <message>
      <source>Expenses of the allocation</source>
      <translation>Uitgaven van de toekenning</translation>
    </message>
    <message>
      <source>Lists what was spent from the chosen allocation</source>
      <translation>Toont wat er van de gekozen toekenning is uitgegeven</translation>
    </message>
    <message>
      <source>Remove expense</source>
      <translation>Uitgave verwijderen</translation>
    </message>
    <message>
      <source>Remove the chosen expense</source>
      <translation>Verwijder de gekozen uitgave</translation>
    </message>
    <message>
      <source>Removes the expense chosen in the table</source>
      <translation>Verwijdert de uitgave die in de tabel gekozen is</translation>
    </message>
    <message>
      <source>New expense</source>
      <translation>Nieuwe uitgave</translation>
    </message>
    <message>
      <source>Date of the expense</source>
      <translation>Datum van de uitgave</translation>
    </message>
    <message>
      <source>The day the money was spent</source>
      <translation>De dag waarop het geld is uitgegeven</translation>
    </message>
    <message>
      <source>e.g. 14-10-2026</source>
      <translation>bijv. 14-10-2026</translation>
    </message>
    <message>
      <source>Description of the expense</source>
      <translation>Omschrijving van de uitgave</translation>
    </message>
    <message>
      <source>What the money was spent on</source>
      <translation>Waaraan het geld is uitgegeven</translation>
    </message>
    <message>
      <source>Amount of the expense</source>
      <translation>Bedrag van de uitgave</translation>
    </message>
    <message>
      <source>e.g. 1.250,50</source>
      <translation>bijv. 1.250,50</translation>
    </message>
    <message>
      <source>How much was spent, in euros</source>
      <translation>Hoeveel er is uitgegeven, in euro</translation>
    </message>
    <message>
      <source>Receipt reference</source>
      <translation>Bonnummer</translation>
    </message>
    <message>
      <source>Number or note that finds the receipt back</source>
      <translation>Nummer of notitie waarmee de bon terug te vinden is</translation>
    </message>
    <message>
      <source>Who paid</source>
      <translation>Wie betaalde</translation>
    </message>
    <message>
      <source>Who paid the money out</source>
      <translation>Wie het geld betaalde</translation>
    </message>
    <message>
      <source>Record expense</source>
      <translation>Uitgave vastleggen</translation>
    </message>
    <message>
      <source>Record this expense</source>
      <translation>Leg deze uitgave vast</translation>
    </message>
    <message>
      <source>Saves the expense against the chosen allocation</source>
      <translation>Boekt de uitgave op de gekozen toekenning</translation>
    </message>
    <message>
      <source>Da&amp;te</source>
      <translation>D&amp;atum</translation>
    </message>
    <message>
      <source>Descri&amp;ption</source>
      <translation>&amp;Omschrijving</translation>
    </message>
    <message>
      <source>A&amp;mount</source>
      <translation>Be&amp;drag</translation>
    </message>
    <message>
      <source>&amp;Receipt</source>
      <translation>Bo&amp;n</translation>
    </message>
    <message>
      <source>Pa&amp;id by</source>
      <translation>Betaald doo&amp;r</translation>
    </message>
    <message>
      <source>No allocations yet: allocate money first, then book its expenses here.</source>
      <translation>Nog geen toekenningen: ken eerst geld toe, boek daarna hier de uitgaven.</translation>
    </message>
    <message>
      <source>Allocated %1 · spent %2 · left %3</source>
      <translation>Toegekend %1 · uitgegeven %2 · over %3</translation>
    </message>
    <message>
      <source>overspent by %1</source>
      <translation>%1 te veel uitgegeven</translation>
    </message>
    <message>
      <source>Record the expense anyway?</source>
      <translation>De uitgave toch vastleggen?</translation>
    </message>
    <message>
      <source>More than is left</source>
      <translation>Meer dan er over is</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export for another computer</source>
      <translation>Exporteren voor een andere computer</translation>
    </message>
    <message>
      <source>A .buurtdesk file carries the work to another laptop with BuurtDesk. There it is imported; nothing is deleted.</source>
      <translation>Een .buurtdesk-bestand brengt het werk naar een andere laptop met BuurtDesk. Daar wordt het geïmporteerd; er wordt niets verwijderd.</translation>
    </message>
    <message>
      <source>The &amp;whole council “%1”</source>
      <translation>Het &amp;hele overleg “%1”</translation>
    </message>
    <message>
      <source>Export the whole council</source>
      <translation>Het hele overleg exporteren</translation>
    </message>
    <message>
      <source>Puts all meetings, people, decisions and action points of this council in the file</source>
      <translation>Zet alle vergaderingen, mensen, besluiten en actiepunten van dit overleg in het bestand</translation>
    </message>
    <message>
      <source>One &amp;meeting:</source>
      <translation>Eén &amp;vergadering:</translation>
    </message>
    <message>
      <source>With its agenda, attendance, decisions and action list (a toekomstagenda session with its round, a kerngroep with its projects).</source>
      <translation>Met agenda, aanwezigheid, besluiten en actielijst (een toekomstagenda-bijeenkomst met haar ronde, een kerngroep met haar projecten).</translation>
    </message>
    <message>
      <source>Export one meeting</source>
      <translation>Eén vergadering exporteren</translation>
    </message>
    <message>
      <source>Puts only the meeting chosen below in the file</source>
      <translation>Zet alleen de hieronder gekozen vergadering in het bestand</translation>
    </message>
    <message>
      <source>Meeting to export</source>
      <translation>Te exporteren vergadering</translation>
    </message>
    <message>
      <source>The meeting that goes in the file; coming meetings first</source>
      <translation>De vergadering die in het bestand komt; komende vergaderingen eerst</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultaat</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exporteren…</translation>
    </message>
    <message>
      <source>Choose the file and export</source>
      <translation>Bestand kiezen en exporteren</translation>
    </message>
    <message>
      <source>Asks where to save the .buurtdesk file, then writes it</source>
      <translation>Vraagt waar het .buurtdesk-bestand moet komen en schrijft het dan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Closes this window</source>
      <translation>Sluit dit venster</translation>
    </message>
    <message>
      <source>Export to a file</source>
      <translation>Exporteren naar een bestand</translation>
    </message>
    <message>
      <source>BuurtDesk packages (*.buurtdesk)</source>
      <translation>BuurtDesk-pakketten (*.buurtdesk)</translation>
    </message>
    <message>
      <source>Writing %1…</source>
      <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
      <source>%1 records of “%2” written to %3.</source>
      <translation>%1 records van “%2” geschreven naar %3.</translation>
    </message>
    <message>
      <source>In it: %1.</source>
      <translation>Erin: %1.</translation>
    </message>
  </context>
  <context>
    <name>FiguresPanel</name>
    <message>
      <source>The year's figures</source>
      <translation>De cijfers van het jaar</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Beschikbaar</translation>
    </message>
    <message>
      <source>Allocated</source>
      <translation>Toegekend</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>Uitgegeven</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Vrij</translation>
    </message>
    <message>
      <source>Allocated, not yet spent</source>
      <translation>Toegekend, nog niet uitgegeven</translation>
    </message>
    <message>
      <source>Carried to next year</source>
      <translation>Meegenomen naar volgend jaar</translation>
    </message>
    <message>
      <source>Overspent</source>
      <translation>Te veel uitgegeven</translation>
    </message>
    <message>
      <source>Allocated beyond the sources</source>
      <translation>Meer toegekend dan beschikbaar</translation>
    </message>
  </context>
  <context>
    <name>ForgetBackups</name>
    <message>
      <source>Backups still hold this person</source>
      <translation>Reservekopieën bevatten deze persoon nog</translation>
    </message>
    <message>
      <source>%1 backups made before still hold this person's name or contact details. Clean them (the person is forgotten there too), remove them, or keep them as they are?</source>
      <translation>%1 eerder gemaakte reservekopieën bevatten nog de naam of contactgegevens van deze persoon. Wilt u ze opschonen (de persoon wordt daar ook vergeten), verwijderen of laten zoals ze zijn?</translation>
    </message>
    <message>
      <source>&amp;Clean backups</source>
      <translation>Reservekopieën &amp;opschonen</translation>
    </message>
    <message>
      <source>&amp;Remove backups</source>
      <translation>Reservekopieën &amp;verwijderen</translation>
    </message>
    <message>
      <source>&amp;Keep backups</source>
      <translation>Reservekopieën &amp;bewaren</translation>
    </message>
    <message>
      <source>Backups removed: %1.</source>
      <translation>Reservekopieën verwijderd: %1.</translation>
    </message>
    <message>
      <source>Backups cleaned: %1.</source>
      <translation>Reservekopieën opgeschoond: %1.</translation>
    </message>
  </context>
  <context>
    <name>FrameworkCheckBox</name>
    <message>
      <source>Check against the frameworks</source>
      <translation>Toetsing aan de kaders</translation>
    </message>
    <message>
      <source>Earlier verdicts of the checks</source>
      <translation>Eerdere oordelen van de toetsing</translation>
    </message>
    <message>
      <source>%1 on %2: was %3%4, changed by %5</source>
      <translation>%1 op %2: was %3%4, gewijzigd door %5</translation>
    </message>
    <message>
      <source>Earlier: %1</source>
      <translation>Eerder: %1</translation>
    </message>
    <message>
      <source>✔ All frameworks in order: money may follow (budget ask %1).</source>
      <translation>✔ Alle kaders in orde: het geld mag volgen (budgetaanvraag %1).</translation>
    </message>
    <message>
      <source>⚠ Money follows content — %1</source>
      <translation>⚠ Geld volgt inhoud — %1</translation>
    </message>
    <message>
      <source>Record the %1 check</source>
      <translation>De toets %1 vastleggen</translation>
    </message>
  </context>
  <context>
    <name>FundDialog</name>
    <message>
      <source>Pooled funds</source>
      <translation>Gemeenschappelijke fondsen</translation>
    </message>
    <message>
      <source>Fund</source>
      <translation>Fonds</translation>
    </message>
    <message>
      <source>The pooled fund shown</source>
      <translation>Het fonds dat getoond wordt</translation>
    </message>
    <message>
      <source>F&amp;und</source>
      <translation>F&amp;onds</translation>
    </message>
    <message>
      <source>&amp;New fund…</source>
      <translation>&amp;Nieuw fonds…</translation>
    </message>
    <message>
      <source>Make a new pooled fund</source>
      <translation>Maak een nieuw gemeenschappelijk fonds</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jaar</translation>
    </message>
    <message>
      <source>The year of the contributions and shares</source>
      <translation>Het jaar van de inleg en de aandelen</translation>
    </message>
    <message>
      <source>&amp;Year</source>
      <translation>&amp;Jaar</translation>
    </message>
    <message>
      <source>Fund &amp;statement (PDF)</source>
      <translation>Fonds&amp;overzicht (PDF)</translation>
    </message>
    <message>
      <source>Make the fund's statement of the year and open it</source>
      <translation>Maak het fondsoverzicht van het jaar en open het</translation>
    </message>
    <message>
      <source>The fund's totals</source>
      <translation>De totalen van het fonds</translation>
    </message>
    <message>
      <source>Contributions</source>
      <translation>Inleg</translation>
    </message>
    <message>
      <source>Contributor</source>
      <translation>Deelnemer</translation>
    </message>
    <message>
      <source>Paid on</source>
      <translation>Betaald op</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <source>Who pays into the fund; a second amount for the same name replaces the first</source>
      <translation>Wie in het fonds stort; een tweede bedrag voor dezelfde naam vervangt het eerste</translation>
    </message>
    <message>
      <source>Municipality, corporation…</source>
      <translation>bv. de gemeente</translation>
    </message>
    <message>
      <source>Contribution</source>
      <translation>Inleg</translation>
    </message>
    <message>
      <source>The amount paid in this year</source>
      <translation>Het bedrag dat dit jaar is ingelegd</translation>
    </message>
    <message>
      <source>&amp;Record contribution</source>
      <translation>Inleg &amp;vastleggen</translation>
    </message>
    <message>
      <source>Record what the contributor pays into the fund this year</source>
      <translation>Leg vast wat de deelnemer dit jaar in het fonds stort</translation>
    </message>
    <message>
      <source>C&amp;ontributor</source>
      <translation>D&amp;eelnemer</translation>
    </message>
    <message>
      <source>A&amp;mount</source>
      <translation>&amp;Bedrag</translation>
    </message>
    <message>
      <source>e.g. 15.000,00</source>
      <translation>bv. 15.000,00</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Sluiten</translation>
    </message>
    <message>
      <source>Close this window</source>
      <translation>Sluit dit venster</translation>
    </message>
    <message>
      <source>New fund</source>
      <translation>Nieuw fonds</translation>
    </message>
    <message>
      <source>The name of the pooled fund:</source>
      <translation>De naam van het gemeenschappelijke fonds:</translation>
    </message>
    <message>
      <source>There is no pooled fund yet: make one with New fund.</source>
      <translation>Er is nog geen gemeenschappelijk fonds: maak er een met Nieuw fonds.</translation>
    </message>
    <message>
      <source>Paid in %1 · assigned to councils %2</source>
      <translation>Ingelegd %1 · toegedeeld aan overleggen %2</translation>
    </message>
    <message>
      <source>Paid in %1 · assigned to councils %2 · not yet assigned %3</source>
      <translation>Ingelegd %1 · toegedeeld aan overleggen %2 · nog niet toegedeeld %3</translation>
    </message>
    <message>
      <source>%1 more assigned than paid in</source>
      <translation>%1 meer toegedeeld dan ingelegd</translation>
    </message>
    <message>
      <source>Record a contribution</source>
      <translation>Inleg vastleggen</translation>
    </message>
    <message>
      <source>fund-%1.pdf</source>
      <translation>fonds-%1.pdf</translation>
    </message>
  </context>
  <context>
    <name>FundShares</name>
    <message>
      <source>Shares of the councils</source>
      <translation>Aandelen van de overleggen</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>Overleg</translation>
    </message>
    <message>
      <source>Board decided on</source>
      <translation>Bestuur besloot op</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Aandeel</translation>
    </message>
    <message>
      <source>Allocated</source>
      <translation>Toegekend</translation>
    </message>
    <message>
      <source>Spent</source>
      <translation>Uitgegeven</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Over</translation>
    </message>
    <message>
      <source>The council that gets the share</source>
      <translation>Het overleg dat het aandeel krijgt</translation>
    </message>
    <message>
      <source>The council's share of the fund this year; Enter assigns it</source>
      <translation>Het aandeel van het overleg in het fonds dit jaar; Enter deelt het toe</translation>
    </message>
    <message>
      <source>e.g. 18.000,00</source>
      <translation>bv. 18.000,00</translation>
    </message>
    <message>
      <source>Date of the board's decision</source>
      <translation>Datum van het besluit van het fondsbestuur</translation>
    </message>
    <message>
      <source>A date such as 20-01-2026</source>
      <translation>Een datum zoals 20-01-2026</translation>
    </message>
    <message>
      <source>The board's decision</source>
      <translation>Het besluit van het fondsbestuur</translation>
    </message>
    <message>
      <source>What the fund's board decided, as it will be printed on the statement</source>
      <translation>Wat het fondsbestuur besloot, zoals het op het overzicht komt</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>niet verplicht</translation>
    </message>
    <message>
      <source>&amp;Assign share</source>
      <translation>Aandeel &amp;toedelen</translation>
    </message>
    <message>
      <source>Give the council this share; it appears as a funding source in its budget</source>
      <translation>Geef het overleg dit aandeel; het verschijnt als geldbron in zijn buurtbudget</translation>
    </message>
    <message>
      <source>Cou&amp;ncil</source>
      <translation>Over&amp;leg</translation>
    </message>
    <message>
      <source>S&amp;hare</source>
      <translation>&amp;Aandeel</translation>
    </message>
    <message>
      <source>Board &amp;decided on</source>
      <translation>Bestuur besloot &amp;op</translation>
    </message>
    <message>
      <source>Board's decisi&amp;on</source>
      <translation>Be&amp;sluit bestuur</translation>
    </message>
    <message>
      <source>Assign a share</source>
      <translation>Aandeel toedelen</translation>
    </message>
    <message>
      <source>More than was paid in</source>
      <translation>Meer dan er is ingelegd</translation>
    </message>
    <message>
      <source>Assign it anyway?</source>
      <translation>Toch toedelen?</translation>
    </message>
    <message>
      <source>Assigns the share although the fund has not got the money</source>
      <translation>Deelt het aandeel toe, ook al heeft het fonds het geld niet</translation>
    </message>
    <message>
      <source>Leaves the shares as they were</source>
      <translation>Laat de aandelen zoals ze waren</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <source>Import a BuurtDesk package</source>
      <translation>Een BuurtDesk-pakket importeren</translation>
    </message>
    <message>
      <source>Import preview</source>
      <translation>Voorbeeld van de import</translation>
    </message>
    <message>
      <source>Import %1</source>
      <translation>%1 importeren</translation>
    </message>
    <message>
      <source>Reading the package…</source>
      <translation>Het pakket wordt gelezen…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importeren</translation>
    </message>
    <message>
      <source>Import the package</source>
      <translation>Het pakket importeren</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Cancel the import</source>
      <translation>De import annuleren</translation>
    </message>
    <message>
      <source>What the import does, per kind of record</source>
      <translation>Wat de import doet, per soort gegevens</translation>
    </message>
    <message>
      <source>Kind of record</source>
      <translation>Soort gegevens</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nieuw</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Gewijzigd</translation>
    </message>
    <message>
      <source>&amp;Changed and added records</source>
      <translation>&amp;Gewijzigde en toegevoegde gegevens</translation>
    </message>
    <message>
      <source>Notes on the package</source>
      <translation>Opmerkingen bij het pakket</translation>
    </message>
    <message>
      <source>Adds and changes the records as shown; possible once every conflict has a choice</source>
      <translation>Voegt de gegevens toe en wijzigt ze zoals getoond; kan zodra bij elk conflict een keuze is gemaakt</translation>
    </message>
    <message>
      <source>Closes this window; nothing is imported</source>
      <translation>Sluit dit venster; er wordt niets geïmporteerd</translation>
    </message>
    <message>
      <source>Per kind of record: how many are new, changed, kept and in conflict</source>
      <translation>Per soort gegeven: hoeveel er nieuw, gewijzigd, behouden en in conflict zijn</translation>
    </message>
    <message>
      <source>Records that are added or changed</source>
      <translation>Gegevens die worden toegevoegd of gewijzigd</translation>
    </message>
    <message>
      <source>Each changed record field by field, as it is here and after the import</source>
      <translation>Elk gewijzigd gegeven, veld voor veld: zoals het hier is en na het importeren</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Closes this window</source>
      <translation>Sluit dit venster</translation>
    </message>
    <message>
      <source>Everything in it is already here: importing changes nothing.</source>
      <translation>Alles hierin staat hier al: importeren verandert niets.</translation>
    </message>
    <message>
      <source>New: %1 · changed: %2 · newer here (kept): %3 · conflicts: %4.</source>
      <translation>Nieuw: %1 · gewijzigd: %2 · hier nieuwer (blijft): %3 · conflicten: %4.</translation>
    </message>
    <message>
      <source>Conflicts still without a choice: %1. Choose for each which version stays, then import.</source>
      <translation>Conflicten nog zonder keuze: %1. Kies bij elk welke versie blijft en importeer dan.</translation>
    </message>
    <message>
      <source>Imported: %1 added, %2 changed, conflicts resolved: %3.</source>
      <translation>Ingelezen: %1 toegevoegd, %2 gewijzigd, conflicten opgelost: %3.</translation>
    </message>
    <message>
      <source>Nothing is deleted.</source>
      <translation>Er wordt niets verwijderd.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Added: not here yet</source>
      <translation>Toegevoegd: nog niet hier</translation>
    </message>
    <message>
      <source>Changed in the package only: the package's version is taken</source>
      <translation>Alleen in het pakket gewijzigd: de versie uit het pakket wordt overgenomen</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>Blijft</translation>
    </message>
    <message>
      <source>Newer here: the version here is kept</source>
      <translation>Hier nieuwer: de versie hier blijft</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflict</translation>
    </message>
    <message>
      <source>Changed on both sides: you choose</source>
      <translation>Aan beide kanten gewijzigd: u kiest</translation>
    </message>
    <message>
      <source>Package made on %1, with one meeting of “%2”.</source>
      <translation>Pakket gemaakt op %1, met één vergadering van “%2”.</translation>
    </message>
    <message>
      <source>Package made on %1, with the council “%2”.</source>
      <translation>Pakket gemaakt op %1, met het overleg “%2”.</translation>
    </message>
    <message>
      <source>Changed (%1)</source>
      <translation>Gewijzigd (%1)</translation>
    </message>
    <message>
      <source>Here now</source>
      <translation>Nu hier</translation>
    </message>
    <message>
      <source>After the import</source>
      <translation>Na de import</translation>
    </message>
    <message>
      <source>New (%1)</source>
      <translation>Nieuw (%1)</translation>
    </message>
    <message>
      <source>and %1 more</source>
      <translation>en nog %1</translation>
    </message>
    <message>
      <source>Nothing is added or changed.</source>
      <translation>Er wordt niets toegevoegd of gewijzigd.</translation>
    </message>
    <message>
      <source>Newer here, kept as it is here (%1)</source>
      <translation>Hier nieuwer, blijft zoals het hier is (%1)</translation>
    </message>
    <message>
      <source>My version (changed %1)</source>
      <translation>Mijn versie (gewijzigd %1)</translation>
    </message>
    <message>
      <source>Their version (changed %1)</source>
      <translation>Hun versie (gewijzigd %1)</translation>
    </message>
    <message>
      <source>Keep my %1: %2</source>
      <translation>Mijn %1 houden: %2</translation>
    </message>
    <message>
      <source>Take their %1: %2</source>
      <translation>Hun %1 nemen: %2</translation>
    </message>
    <message>
      <source>This field keeps the value on this computer</source>
      <translation>Dit veld houdt de waarde van deze computer</translation>
    </message>
    <message>
      <source>This field takes the value from the package</source>
      <translation>Dit veld neemt de waarde uit het pakket</translation>
    </message>
    <message>
      <source>Keep my version</source>
      <translation>Mijn versie houden</translation>
    </message>
    <message>
      <source>Keep my version of %1</source>
      <translation>Mijn versie houden van %1</translation>
    </message>
    <message>
      <source>Take their version</source>
      <translation>Hun versie nemen</translation>
    </message>
    <message>
      <source>Take their version of %1</source>
      <translation>Hun versie nemen van %1</translation>
    </message>
    <message>
      <source>The record stays as it is on this computer</source>
      <translation>Het gegeven blijft zoals het op deze computer is</translation>
    </message>
    <message>
      <source>The record becomes as it is in the package</source>
      <translation>Het gegeven wordt zoals het in het pakket staat</translation>
    </message>
    <message>
      <source>Whole record:</source>
      <translation>Hele record:</translation>
    </message>
    <message>
      <source>This database is open read-only: importing is not possible here.</source>
      <translation>Deze database is alleen-lezen geopend: importeren kan hier niet.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Bezig met importeren…</translation>
    </message>
    <message>
      <source>All: keep &amp;mine</source>
      <translation>Alle: &amp;mijn versie</translation>
    </message>
    <message>
      <source>Keep my version for every conflict</source>
      <translation>Bij elk conflict mijn versie houden</translation>
    </message>
    <message>
      <source>Chooses the version on this computer in all conflicts at once</source>
      <translation>Kiest in één keer bij alle conflicten de versie op deze computer</translation>
    </message>
    <message>
      <source>All: take &amp;theirs</source>
      <translation>Alle: &amp;hun versie</translation>
    </message>
    <message>
      <source>Take their version for every conflict</source>
      <translation>Bij elk conflict hun versie nemen</translation>
    </message>
    <message>
      <source>Chooses the version in the package in all conflicts at once</source>
      <translation>Kiest in één keer bij alle conflicten de versie uit het pakket</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Conflicten</translation>
    </message>
    <message>
      <source>&amp;Previous conflicts</source>
      <translation>&amp;Eerdere conflicten</translation>
    </message>
    <message>
      <source>Previous page of conflicts</source>
      <translation>Vorige pagina met conflicten</translation>
    </message>
    <message>
      <source>Shows the conflicts before these</source>
      <translation>Toont de conflicten hiervoor</translation>
    </message>
    <message>
      <source>&amp;Next conflicts</source>
      <translation>&amp;Volgende conflicten</translation>
    </message>
    <message>
      <source>Next page of conflicts</source>
      <translation>Volgende pagina met conflicten</translation>
    </message>
    <message>
      <source>Shows the conflicts after these</source>
      <translation>Toont de conflicten hierna</translation>
    </message>
    <message>
      <source>Conflicts still without a choice</source>
      <translation>Conflicten nog zonder keuze</translation>
    </message>
    <message>
      <source>Changed here and in the package since the last exchange: choose per field which value stays, or for the whole record (%1)</source>
      <translation>Hier en in het pakket gewijzigd sinds de vorige uitwisseling: kies per veld welke waarde blijft, of voor het hele record (%1)</translation>
    </message>
    <message>
      <source>Conflicts %1–%2 of %3</source>
      <translation>Conflicten %1–%2 van %3</translation>
    </message>
  </context>
  <context>
    <name>InvitationWriter</name>
    <message>
      <source>Invitation as calendar item (.ics)…</source>
      <translation>Uitnodiging als agenda-item (.ics)…</translation>
    </message>
    <message>
      <source>Save the invitation</source>
      <translation>Uitnodiging bewaren</translation>
    </message>
    <message>
      <source>Calendar items (*.ics)</source>
      <translation>Agenda-items (*.ics)</translation>
    </message>
    <message>
      <source>%1 cannot be written (%2).</source>
      <translation>%1 kan niet worden geschreven (%2).</translation>
    </message>
    <message>
      <source>The invitation is saved as %1; open it to add the meeting to a calendar.</source>
      <translation>De uitnodiging is bewaard als %1; open het bestand om de vergadering in een agenda te zetten.</translation>
    </message>
  </context>
  <context>
    <name>ItemPanel</name>
    <message>
      <source>Last change</source>
      <translation>Laatste wijziging</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Notities</translation>
    </message>
    <message>
      <source>Notes for the current item</source>
      <translation>Notities bij het huidige punt</translation>
    </message>
    <message>
      <source>What is said about the current item; kept as you type</source>
      <translation>Wat er over het huidige punt gezegd wordt; wordt bewaard terwijl u typt</translation>
    </message>
    <message>
      <source>Notes of this item; kept as you type.</source>
      <translation>Notities bij dit punt; ze worden bewaard terwijl u typt.</translation>
    </message>
    <message>
      <source>Decisions and action points of this item</source>
      <translation>Besluiten en actiepunten bij dit punt</translation>
    </message>
    <message>
      <source> (closed session)</source>
      <translation> (besloten)</translation>
    </message>
    <message>
      <source>The report of %1 is adopted.</source>
      <translation>Het verslag van %1 is vastgesteld.</translation>
    </message>
    <message>
      <source>Report of %1: %2. Ctrl+Shift+V adopts it, with amendments if there are any.</source>
      <translation>Verslag van %1: %2. Ctrl+Shift+V stelt het vast, met eventuele wijzigingen.</translation>
    </message>
    <message>
      <source>The meeting of %1 has no report yet.</source>
      <translation>De vergadering van %1 heeft nog geen verslag.</translation>
    </message>
    <message>
      <source>The list of decisions of %1 is adopted.</source>
      <translation>De besluitenlijst van %1 is vastgesteld.</translation>
    </message>
    <message>
      <source>List of decisions of %1: %2. Ctrl+Shift+V adopts it, with amendments if there are any.</source>
      <translation>Besluitenlijst van %1: %2. Ctrl+Shift+V stelt die vast, met eventuele wijzigingen.</translation>
    </message>
    <message>
      <source>The meeting of %1 has no list of decisions yet.</source>
      <translation>De vergadering van %1 heeft nog geen besluitenlijst.</translation>
    </message>
    <message>
      <source>The minutes of %1 are adopted.</source>
      <translation>De notulen van %1 zijn vastgesteld.</translation>
    </message>
    <message>
      <source>Minutes of %1: %2. Ctrl+Shift+V adopts them, with amendments if there are any.</source>
      <translation>Notulen van %1: %2. Ctrl+Shift+V stelt ze vast, met eventuele wijzigingen.</translation>
    </message>
    <message>
      <source>The meeting of %1 has no minutes yet.</source>
      <translation>De vergadering van %1 heeft nog geen notulen.</translation>
    </message>
    <message>
      <source>for %1 · against %2 · abstain %3</source>
      <translation>voor %1 · tegen %2 · onthoudingen %3</translation>
    </message>
    <message>
      <source>Decision %1</source>
      <translation>Besluit %1</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>geen datum</translation>
    </message>
    <message>
      <source>Action point</source>
      <translation>Actiepunt</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>nog niemand</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>en</source>
      <translation>nl</translation>
    </message>
    <message>
      <source>Neighbourhood council</source>
      <translation>Wijkoverleg</translation>
    </message>
    <message>
      <source>Village council</source>
      <translation>Dorpsraad</translation>
    </message>
    <message>
      <source>Regular meeting</source>
      <translation>Reguliere vergadering</translation>
    </message>
    <message>
      <source>Toekomstagenda session</source>
      <translation>Toekomstagenda-bijeenkomst</translation>
    </message>
    <message>
      <source>Core group</source>
      <translation>Kerngroep</translation>
    </message>
    <message>
      <source>Minutes adopted</source>
      <translation>Verslag vastgesteld</translation>
    </message>
    <message>
      <source>Minutes sent</source>
      <translation>Verslag verstuurd</translation>
    </message>
    <message>
      <source>Held, draft minutes</source>
      <translation>Gehouden, conceptverslag</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Gepland</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Bezig</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Gehouden</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Vervallen</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Aanwezig</translation>
    </message>
    <message>
      <source>Sent apologies</source>
      <translation>Afgemeld</translation>
    </message>
    <message>
      <source>Absent without notice</source>
      <translation>Afwezig zonder bericht</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Not known yet</source>
      <translation>Nog niet bekend</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Voorzitter</translation>
    </message>
    <message>
      <source>Vice-chair</source>
      <translation>Vicevoorzitter</translation>
    </message>
    <message>
      <source>Secretary</source>
      <translation>Secretaris</translation>
    </message>
    <message>
      <source>Treasurer</source>
      <translation>Penningmeester</translation>
    </message>
    <message>
      <source>Minute-taker</source>
      <translation>Notulist</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Lid</translation>
    </message>
    <message>
      <source>Adviser</source>
      <translation>Adviseur</translation>
    </message>
    <message>
      <source>Vision</source>
      <translation>Visie</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rollen</translation>
    </message>
    <message>
      <source>Plans and projects</source>
      <translation>Plannen en projecten</translation>
    </message>
    <message>
      <source>Execution</source>
      <translation>Uitvoering</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluatie</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Council</source>
      <translation>&amp;Overleg</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>Overleg</translation>
    </message>
    <message>
      <source>Choose the council whose work is shown</source>
      <translation>Kies het overleg waarvan u het werk wilt zien</translation>
    </message>
    <message>
      <source>Search (Ctrl+F)</source>
      <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Onderdelen</translation>
    </message>
    <message>
      <source>Choose what to work on</source>
      <translation>Kies waar u aan wilt werken</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>Beel&amp;d</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;About BuurtDesk</source>
      <translation>&amp;Over BuurtDesk</translation>
    </message>
    <message>
      <source>&amp;Search…</source>
      <translation>&amp;Zoeken…</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>&amp;Reservekopieën…</translation>
    </message>
    <message>
      <source>&amp;New council…</source>
      <translation>&amp;Nieuw overleg…</translation>
    </message>
    <message>
      <source>Council de&amp;tails…</source>
      <translation>Overleg&amp;gegevens…</translation>
    </message>
    <message>
      <source>&amp;Annual report…</source>
      <translation>&amp;Jaarverslag…</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Alleen-lezen</translation>
    </message>
    <message>
      <source>Read-only: this database is open in another BuurtDesk, or the file or its folder is read-only. You can look, not change.</source>
      <translation>Alleen-lezen: deze database is geopend in een andere BuurtDesk, of het bestand of de map is alleen-lezen. U kunt kijken, niet wijzigen.</translation>
    </message>
    <message>
      <source>BuurtDesk (read-only)</source>
      <translation>BuurtDesk (alleen-lezen)</translation>
    </message>
    <message>
      <source>About BuurtDesk</source>
      <translation>Over BuurtDesk</translation>
    </message>
    <message>
      <source>BuurtDesk %1

Meetings, action points, the toekomstagenda and the buurtbudget for district and village councils.

Everything stays on this computer.</source>
      <translation>BuurtDesk %1

Vergaderingen, actiepunten, de toekomstagenda en het buurtbudget voor wijkoverleggen en dorpsraden.

Alles blijft op deze computer.</translation>
    </message>
    <message>
      <source>BuurtDesk</source>
      <translation>BuurtDesk</translation>
    </message>
    <message>
      <source>Close this message and go back to the window</source>
      <translation>Sluit deze melding en ga terug naar het venster</translation>
    </message>
  </context>
  <context>
    <name>MeetingActionList</name>
    <message>
      <source>Action list of this meeting</source>
      <translation>Actielijst van deze vergadering</translation>
    </message>
    <message>
      <source>Lists the action points to go through in this meeting</source>
      <translation>Toont de actiepunten die in deze vergadering langskomen</translation>
    </message>
    <message>
      <source>Action &amp;list (%1)</source>
      <translation>Actie&amp;lijst (%1)</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>nog niemand</translation>
    </message>
    <message>
      <source>No open action points.</source>
      <translation>Geen open actiepunten.</translation>
    </message>
  </context>
  <context>
    <name>MeetingCycleCapture</name>
    <message>
      <source>Wish</source>
      <translation>Wens</translation>
    </message>
    <message>
      <source>Ctrl+W wish</source>
      <translation>Ctrl+W wens</translation>
    </message>
    <message>
      <source>Dot vote</source>
      <translation>Stippen</translation>
    </message>
    <message>
      <source>Ctrl+T dot vote</source>
      <translation>Ctrl+T stippen</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Ctrl+R role</source>
      <translation>Ctrl+R rol</translation>
    </message>
    <message>
      <source>Start a round of the toekomstagenda first; then what you capture here goes into it.</source>
      <translation>Start eerst een toekomstagenda-ronde; dan komt wat u hier vastlegt in die ronde.</translation>
    </message>
    <message>
      <source>This round has no themes yet; add them under Toekomstagenda first.</source>
      <translation>Deze ronde heeft nog geen thema's; voeg ze eerst toe bij Toekomstagenda.</translation>
    </message>
    <message>
      <source>Add wish</source>
      <translation>Wens toevoegen</translation>
    </message>
    <message>
      <source>Wish added under %1.</source>
      <translation>Wens toegevoegd onder %1.</translation>
    </message>
    <message>
      <source>There are no wishes to vote on yet; capture them first with Ctrl+W.</source>
      <translation>Er zijn nog geen wensen om op te stemmen; leg ze eerst vast met Ctrl+W.</translation>
    </message>
    <message>
      <source>Dot vote of %1</source>
      <translation>Stemmen met stippen van %1</translation>
    </message>
    <message>
      <source>Start the dot vote</source>
      <translation>Stemronde met stippen starten</translation>
    </message>
    <message>
      <source>Record the paper tally</source>
      <translation>Telling van papier vastleggen</translation>
    </message>
    <message>
      <source>The paper tally is recorded.</source>
      <translation>De telling van papier is vastgelegd.</translation>
    </message>
    <message>
      <source>Count dots on screen</source>
      <translation>Stippen tellen op het scherm</translation>
    </message>
    <message>
      <source>The round as a whole</source>
      <translation>De hele ronde</translation>
    </message>
    <message>
      <source>Theme: %1</source>
      <translation>Thema: %1</translation>
    </message>
    <message>
      <source>Project: %1</source>
      <translation>Project: %1</translation>
    </message>
    <message>
      <source>Assign role</source>
      <translation>Rol toekennen</translation>
    </message>
    <message>
      <source>%1 is %2 for %3.</source>
      <translation>%1 is %2 voor %3.</translation>
    </message>
    <message>
      <source>the round as a whole</source>
      <translation>de hele ronde</translation>
    </message>
  </context>
  <context>
    <name>MeetingDocuments</name>
    <message>
      <source>The PDF could not be made: %1</source>
      <translation>De PDF kon niet worden gemaakt: %1</translation>
    </message>
    <message>
      <source>Agenda (PDF)</source>
      <translation>Agenda (PDF)</translation>
    </message>
    <message>
      <source>Minutes (PDF)</source>
      <translation>Verslag (PDF)</translation>
    </message>
    <message>
      <source>Save agenda as PDF…</source>
      <translation>Agenda opslaan als PDF…</translation>
    </message>
    <message>
      <source>Save minutes as PDF…</source>
      <translation>Verslag opslaan als PDF…</translation>
    </message>
    <message>
      <source>Save agenda as Word…</source>
      <translation>Agenda opslaan als Word…</translation>
    </message>
    <message>
      <source>Save minutes as Word…</source>
      <translation>Notulen opslaan als Word…</translation>
    </message>
    <message>
      <source>Send invitation…</source>
      <translation>Uitnodiging versturen…</translation>
    </message>
    <message>
      <source>Send minutes…</source>
      <translation>Notulen versturen…</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Opslaan als PDF</translation>
    </message>
    <message>
      <source>Save as Word</source>
      <translation>Opslaan als Word</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
      <source>Making the e-mail…</source>
      <translation>De e-mail wordt gemaakt…</translation>
    </message>
    <message>
      <source>Making the Word document…</source>
      <translation>Het Word-document wordt gemaakt…</translation>
    </message>
    <message>
      <source>Making the PDF…</source>
      <translation>De PDF wordt gemaakt…</translation>
    </message>
    <message>
      <source>No e-mail address: %1 — print for them.</source>
      <translation>Geen e-mailadres: %1 — print voor hen.</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditor</name>
    <message>
      <source>Message</source>
      <translation>Melding</translation>
    </message>
    <message>
      <source>Start meeting (F5)</source>
      <translation>Vergadering starten (F5)</translation>
    </message>
    <message>
      <source>Start meeting</source>
      <translation>Vergadering starten</translation>
    </message>
    <message>
      <source>Opens meeting mode for this meeting, to take notes and record decisions</source>
      <translation>Opent de vergadermodus voor deze vergadering, om te notuleren en besluiten vast te leggen</translation>
    </message>
    <message>
      <source>Adopt previous minutes…</source>
      <translation>Verslag vorige vergadering vaststellen…</translation>
    </message>
    <message>
      <source>Adopt the minutes of the previous meeting</source>
      <translation>Het verslag van de vorige vergadering vaststellen</translation>
    </message>
    <message>
      <source>Records that the council adopts the minutes of its previous meeting</source>
      <translation>Legt vast dat de raad het verslag van zijn vorige vergadering vaststelt</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documenten</translation>
    </message>
    <message>
      <source>Documents of this meeting</source>
      <translation>Documenten van deze vergadering</translation>
    </message>
    <message>
      <source>Opens the agenda, minutes and other documents of this meeting</source>
      <translation>Opent de agenda, het verslag en andere stukken van deze vergadering</translation>
    </message>
    <message>
      <source>No meeting chosen</source>
      <translation>Geen vergadering gekozen</translation>
    </message>
    <message>
      <source>Choose a meeting on the left, or make a new one with Ctrl+N.</source>
      <translation>Kies links een vergadering, of maak een nieuwe met Ctrl+N.</translation>
    </message>
    <message>
      <source>Meeting of %1</source>
      <translation>Vergadering van %1</translation>
    </message>
    <message>
      <source>The minutes of this meeting were adopted on %1. Nothing in it can be changed any more.</source>
      <translation>Het verslag van deze vergadering is vastgesteld op %1. Er kan niets meer in worden gewijzigd.</translation>
    </message>
    <message>
      <source>Adopt the report of %1…</source>
      <translation>Verslag van %1 vaststellen…</translation>
    </message>
    <message>
      <source>Adopt the list of decisions of %1…</source>
      <translation>Besluitenlijst van %1 vaststellen…</translation>
    </message>
    <message>
      <source>Adopt the minutes of %1…</source>
      <translation>Notulen van %1 vaststellen…</translation>
    </message>
  </context>
  <context>
    <name>MeetingKeys</name>
    <message>
      <source>Also with the key %1</source>
      <translation>Ook met de toets %1</translation>
    </message>
  </context>
  <context>
    <name>MeetingModeWindow</name>
    <message>
      <source>Meeting — %1</source>
      <translation>Vergadering — %1</translation>
    </message>
    <message>
      <source>Next item</source>
      <translation>Volgend punt</translation>
    </message>
    <message>
      <source>PgDn next item</source>
      <translation>PgDn volgend punt</translation>
    </message>
    <message>
      <source>Previous item</source>
      <translation>Vorig punt</translation>
    </message>
    <message>
      <source>PgUp previous</source>
      <translation>PgUp vorig punt</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Ctrl+B decision</source>
      <translation>Ctrl+B besluit</translation>
    </message>
    <message>
      <source>Action point</source>
      <translation>Actiepunt</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Aanwezigheid</translation>
    </message>
    <message>
      <source>Ctrl+P attendance</source>
      <translation>Ctrl+P aanwezigheid</translation>
    </message>
    <message>
      <source>Ctrl+Shift+V adopt the minutes</source>
      <translation>Ctrl+Shift+V notulen vaststellen</translation>
    </message>
    <message>
      <source>Projector</source>
      <translation>Beamer</translation>
    </message>
    <message>
      <source>F8 projector</source>
      <translation>F8 beamer</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <source>Ctrl+Z undo</source>
      <translation>Ctrl+Z ongedaan maken</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <source>Close the meeting</source>
      <translation>Vergadering sluiten</translation>
    </message>
    <message>
      <source>Ctrl+Shift+E close the meeting</source>
      <translation>Ctrl+Shift+E vergadering sluiten</translation>
    </message>
    <message>
      <source>Leave meeting mode</source>
      <translation>Vergadermodus verlaten</translation>
    </message>
    <message>
      <source>Esc leave</source>
      <translation>Esc verlaten</translation>
    </message>
    <message>
      <source>The notes could not be stored: %1 They stay here and are stored as soon as writing works again.</source>
      <translation>De notities konden niet worden opgeslagen: %1 Ze blijven hier staan en worden opgeslagen zodra schrijven weer lukt.</translation>
    </message>
    <message>
      <source>The notes could not be stored. Leave meeting mode anyway? What was not stored is lost.</source>
      <translation>De notities konden niet worden opgeslagen. Toch de vergadermodus verlaten? Wat niet is opgeslagen, gaat verloren.</translation>
    </message>
    <message>
      <source>Notes not stored</source>
      <translation>Notities niet opgeslagen</translation>
    </message>
    <message>
      <source>Ctrl+Shift+A action point</source>
      <translation>Ctrl+Shift+A actiepunt</translation>
    </message>
    <message>
      <source>Adopt the minutes</source>
      <translation>Notulen vaststellen</translation>
    </message>
    <message>
      <source>Adopt the report</source>
      <translation>Verslag vaststellen</translation>
    </message>
    <message>
      <source>Ctrl+Shift+V adopt the report</source>
      <translation>Ctrl+Shift+V verslag vaststellen</translation>
    </message>
    <message>
      <source>Adopt the list of decisions</source>
      <translation>Besluitenlijst vaststellen</translation>
    </message>
    <message>
      <source>Ctrl+Shift+V adopt the list of decisions</source>
      <translation>Ctrl+Shift+V besluitenlijst vaststellen</translation>
    </message>
    <message>
      <source>Record decision</source>
      <translation>Besluit vastleggen</translation>
    </message>
    <message>
      <source>Decision %1 is recorded.</source>
      <translation>Besluit %1 is vastgelegd.</translation>
    </message>
    <message>
      <source>Add action point</source>
      <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
      <source>Mark attendance</source>
      <translation>Aanwezigheid bijwerken</translation>
    </message>
    <message>
      <source>Add guest</source>
      <translation>Gast toevoegen</translation>
    </message>
    <message>
      <source>Review action point</source>
      <translation>Actiepunt bespreken</translation>
    </message>
  </context>
  <context>
    <name>MeetingRecordForm</name>
    <message>
      <source>&amp;Closed to the public</source>
      <translation>B&amp;esloten</translation>
    </message>
    <message>
      <source>Closed meeting: not open to the public</source>
      <translation>Besloten: niet openbaar</translation>
    </message>
    <message>
      <source>Closed to the public</source>
      <translation>Niet openbaar: het verslag zegt het op elke bladzijde</translation>
    </message>
    <message>
      <source>The whole meeting is closed to the public; the minutes say so on every page</source>
      <translation>De hele vergadering is niet openbaar; het verslag zegt dat op elke bladzijde</translation>
    </message>
    <message>
      <source>Op&amp;ened at</source>
      <translation>Geopend om</translation>
    </message>
    <message>
      <source>Opened at</source>
      <translation>Geopend om</translation>
    </message>
    <message>
      <source>Clo&amp;sed at</source>
      <translation>Gesloten om</translation>
    </message>
    <message>
      <source>Closed at</source>
      <translation>Gesloten om</translation>
    </message>
    <message>
      <source>Close meeting…</source>
      <translation>Vergadering sluiten…</translation>
    </message>
    <message>
      <source>Asks for the next meeting (a date or not agreed yet) and closes this one</source>
      <translation>Vraagt naar de volgende vergadering (een datum of nog niet afgesproken) en sluit deze</translation>
    </message>
    <message>
      <source>Re-open</source>
      <translation>Heropenen</translation>
    </message>
    <message>
      <source>Opens a closed meeting again, for instance when it was closed by mistake</source>
      <translation>Opent een gesloten vergadering weer, bijvoorbeeld als ze per vergissing is gesloten</translation>
    </message>
    <message>
      <source>The time as it really was, e.g. 19:32</source>
      <translation>De tijd zoals die echt was, bijvoorbeeld 19:32</translation>
    </message>
    <message>
      <source>Next: %1</source>
      <translation>Volgende: %1</translation>
    </message>
    <message>
      <source>not agreed yet</source>
      <translation>nog niet afgesproken</translation>
    </message>
    <message>
      <source>Open to the public</source>
      <translation>Openbare vergadering</translation>
    </message>
    <message>
      <source>Closed meeting</source>
      <translation>Besloten vergadering</translation>
    </message>
    <message>
      <source>Change opening and closing time</source>
      <translation>Openings- en sluitingstijd wijzigen</translation>
    </message>
    <message>
      <source>Close meeting</source>
      <translation>Vergadering sluiten</translation>
    </message>
    <message>
      <source>Re-open meeting</source>
      <translation>Vergadering heropenen</translation>
    </message>
  </context>
  <context>
    <name>MeetingTopBar</name>
    <message>
      <source>Time on this item</source>
      <translation>Tijd aan dit punt</translation>
    </message>
    <message>
      <source>Planned end of the meeting</source>
      <translation>Gepland einde van de vergadering</translation>
    </message>
    <message>
      <source>Clock</source>
      <translation>Klok</translation>
    </message>
    <message>
      <source>%1 of %2 present</source>
      <translation>%1 van %2 aanwezig</translation>
    </message>
    <message>
      <source>%1 of %2 min</source>
      <translation>%1 van %2 min</translation>
    </message>
    <message>
      <source>ends %1</source>
      <translation>einde %1</translation>
    </message>
    <message>
      <source>%1 min behind</source>
      <translation>%1 min achter</translation>
    </message>
    <message>
      <source>%1 min ahead</source>
      <translation>%1 min voor</translation>
    </message>
    <message>
      <source>on time</source>
      <translation>op schema</translation>
    </message>
  </context>
  <context>
    <name>MeetingWhenForm</name>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>The day of the meeting</source>
      <translation>De dag van de vergadering</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;Van</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>Begintijd</translation>
    </message>
    <message>
      <source>When the meeting begins</source>
      <translation>Wanneer de vergadering begint</translation>
    </message>
    <message>
      <source>&amp;Until</source>
      <translation>&amp;Tot</translation>
    </message>
    <message>
      <source>End time</source>
      <translation>Eindtijd</translation>
    </message>
    <message>
      <source>When the meeting ends</source>
      <translation>Wanneer de vergadering eindigt</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>&amp;Plaats</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>Where the meeting is held</source>
      <translation>Waar de vergadering plaatsvindt</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Soort</translation>
    </message>
    <message>
      <source>Kind of meeting</source>
      <translation>Soort vergadering</translation>
    </message>
    <message>
      <source>Chooses what kind of meeting this is</source>
      <translation>Kiest wat voor vergadering dit is</translation>
    </message>
    <message>
      <source>Change date</source>
      <translation>Datum wijzigen</translation>
    </message>
    <message>
      <source>Change time</source>
      <translation>Tijd wijzigen</translation>
    </message>
    <message>
      <source>Change place</source>
      <translation>Plaats wijzigen</translation>
    </message>
    <message>
      <source>Change kind of meeting</source>
      <translation>Soort vergadering wijzigen</translation>
    </message>
  </context>
  <context>
    <name>MeetingsSection</name>
    <message>
      <source>&amp;Meetings</source>
      <translation>&amp;Vergaderingen</translation>
    </message>
    <message>
      <source>Meetings of this council</source>
      <translation>Vergaderingen van dit overleg</translation>
    </message>
    <message>
      <source>Choose a meeting to see and edit its details</source>
      <translation>Kies een vergadering om haar gegevens te zien en te wijzigen</translation>
    </message>
    <message>
      <source>New meeting (Ctrl+N)</source>
      <translation>Nieuwe vergadering (Ctrl+N)</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation>Nieuwe vergadering</translation>
    </message>
    <message>
      <source>Plans a new meeting of this council</source>
      <translation>Plant een nieuwe vergadering van deze raad</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Vergaderingen</translation>
    </message>
    <message>
      <source>Coming up</source>
      <translation>Komend</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Gehouden</translation>
    </message>
    <message>
      <source>No meetings yet. Press Ctrl+N to plan the first one.</source>
      <translation>Nog geen vergaderingen. Druk op Ctrl+N om de eerste te plannen.</translation>
    </message>
    <message>
      <source>The meeting is closed; the draft minutes open as a PDF. No next meeting was agreed yet: the open action points go to the next meeting you plan.</source>
      <translation>De vergadering is gesloten; het conceptverslag opent als pdf. Er is nog geen volgende vergadering afgesproken: de open actiepunten gaan mee naar de volgende vergadering die u plant.</translation>
    </message>
    <message>
      <source>The meeting is closed; the draft minutes open as a PDF. The open action points are on the agenda of %1.</source>
      <translation>De vergadering is gesloten; het conceptverslag opent als PDF. De open actiepunten staan op de agenda van %1.</translation>
    </message>
  </context>
  <context>
    <name>MilestonesBox</name>
    <message>
      <source>Milestones</source>
      <translation>Mijlpalen</translation>
    </message>
    <message>
      <source>Milestones; space ticks one off</source>
      <translation>Mijlpalen; met de spatiebalk vinkt u er een af</translation>
    </message>
    <message>
      <source>Lists the milestones of the chosen project; space ticks one off</source>
      <translation>Toont de mijlpalen van het gekozen project; de spatiebalk vinkt er een af</translation>
    </message>
    <message>
      <source>New milestone</source>
      <translation>Nieuwe mijlpaal</translation>
    </message>
    <message>
      <source>What the milestone is; the add button adds it</source>
      <translation>Wat de mijlpaal is; de knop Toevoegen voegt hem toe</translation>
    </message>
    <message>
      <source>by</source>
      <translation>uiterlijk</translation>
    </message>
    <message>
      <source>The milestone has a date</source>
      <translation>De mijlpaal heeft een datum</translation>
    </message>
    <message>
      <source>Gives the milestone a due date</source>
      <translation>Geeft de mijlpaal een datum</translation>
    </message>
    <message>
      <source>Date of the milestone</source>
      <translation>Datum van de mijlpaal</translation>
    </message>
    <message>
      <source>The day the milestone is due</source>
      <translation>De dag waarop de mijlpaal bereikt moet zijn</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <source>Add the milestone</source>
      <translation>De mijlpaal toevoegen</translation>
    </message>
    <message>
      <source>Adds the milestone to the chosen project</source>
      <translation>Voegt de mijlpaal toe aan het gekozen project</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Remove the chosen milestone</source>
      <translation>De gekozen mijlpaal verwijderen</translation>
    </message>
    <message>
      <source>Removes the milestone chosen in the list</source>
      <translation>Verwijdert de mijlpaal die in de lijst gekozen is</translation>
    </message>
    <message>
      <source>by %1</source>
      <translation>uiterlijk %1</translation>
    </message>
    <message>
      <source>done %1</source>
      <translation>gehaald %1</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>te laat</translation>
    </message>
    <message>
      <source>Tick off a milestone</source>
      <translation>Mijlpaal afvinken</translation>
    </message>
    <message>
      <source>Open a milestone again</source>
      <translation>Mijlpaal weer openzetten</translation>
    </message>
    <message>
      <source>Add a milestone</source>
      <translation>Mijlpaal toevoegen</translation>
    </message>
    <message>
      <source>Remove a milestone</source>
      <translation>Mijlpaal verwijderen</translation>
    </message>
  </context>
  <context>
    <name>MinutesSettings</name>
    <message>
      <source>Notulen</source>
      <translation>Notulen</translation>
    </message>
    <message>
      <source>Verslag</source>
      <translation>Verslag</translation>
    </message>
    <message>
      <source>Besluitenlijst (decisions only)</source>
      <translation>Besluitenlijst (alleen de besluiten)</translation>
    </message>
    <message>
      <source>Title of the minutes</source>
      <translation>Titel van de notulen</translation>
    </message>
    <message>
      <source>What this council calls its minutes: the title printed on them</source>
      <translation>Hoe dit overleg zijn notulen noemt: de titel die erop staat</translation>
    </message>
    <message>
      <source>&amp;Minutes are called</source>
      <translation>&amp;Notulen heten</translation>
    </message>
    <message>
      <source>End the minutes with a list of the &amp;decisions</source>
      <translation>Notulen eindigen met een &amp;besluitenlijst als bijlage</translation>
    </message>
    <message>
      <source>Decisions as an appendix</source>
      <translation>Besluitenlijst als bijlage</translation>
    </message>
    <message>
      <source>Every decision of the meeting once more, as an appendix after the minutes</source>
      <translation>Alle besluiten van de vergadering nog eens, als bijlage na de notulen</translation>
    </message>
  </context>
  <context>
    <name>MunicipalitySection</name>
    <message>
      <source>Municipality</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <source>Filter councils by name</source>
      <translation>Filter op naam</translation>
    </message>
    <message>
      <source>Filter councils</source>
      <translation>Overleggen filteren</translation>
    </message>
    <message>
      <source>Shows only the councils whose name has this text</source>
      <translation>Toont alleen de overleggen met deze tekst in hun naam</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Tonen</translation>
    </message>
    <message>
      <source>Which councils the table shows</source>
      <translation>Welke overleggen de tabel toont</translation>
    </message>
    <message>
      <source>All councils</source>
      <translation>Alle overleggen</translation>
    </message>
    <message>
      <source>With overdue action points</source>
      <translation>Met te late actiepunten</translation>
    </message>
    <message>
      <source>Agenda not ready</source>
      <translation>Agenda nog niet klaar</translation>
    </message>
    <message>
      <source>Minutes not adopted</source>
      <translation>Verslag niet vastgesteld</translation>
    </message>
    <message>
      <source>With action points of the municipality</source>
      <translation>Met actiepunten van de gemeente</translation>
    </message>
    <message>
      <source>Budget year</source>
      <translation>Begrotingsjaar</translation>
    </message>
    <message>
      <source>The year whose budget the table shows</source>
      <translation>Het jaar waarvan de tabel het budget toont</translation>
    </message>
    <message>
      <source>Budget &amp;year</source>
      <translation>Begrotings&amp;jaar</translation>
    </message>
    <message>
      <source>&amp;Spreadsheet…</source>
      <translation>&amp;Spreadsheet…</translation>
    </message>
    <message>
      <source>Save the whole table as a spreadsheet (.xlsx or .csv)</source>
      <translation>Sla de hele tabel op als spreadsheet (.xlsx of .csv)</translation>
    </message>
    <message>
      <source>&amp;Funds…</source>
      <translation>&amp;Fondsen…</translation>
    </message>
    <message>
      <source>The pooled funds: contributions and the shares of the councils</source>
      <translation>De gemeenschappelijke fondsen: de inleg en de aandelen van de overleggen</translation>
    </message>
    <message>
      <source>&amp;Annual report…</source>
      <translation>&amp;Jaarverslag…</translation>
    </message>
    <message>
      <source>The annual report of the chosen council, with the chair's foreword</source>
      <translation>Het jaarverslag van het gekozen overleg, met het voorwoord van de voorzitter</translation>
    </message>
    <message>
      <source>Councils</source>
      <translation>Overleggen</translation>
    </message>
    <message>
      <source>Every council of the municipality; Enter or a double click opens it</source>
      <translation>Alle overleggen van de gemeente; Enter of dubbelklikken opent er een</translation>
    </message>
    <message>
      <source>%1 of %2 councils shown; %3 with overdue action points</source>
      <translation>%1 van %2 overleggen getoond; %3 met te late actiepunten</translation>
    </message>
    <message>
      <source>Save the councils as a spreadsheet</source>
      <translation>Overleggen opslaan als spreadsheet</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>councils-%1.xlsx</source>
      <translation>overleggen-%1.xlsx</translation>
    </message>
    <message>
      <source>Saved: %1</source>
      <translation>Opgeslagen: %1</translation>
    </message>
  </context>
  <context>
    <name>NotesKeeper</name>
    <message>
      <source>Someone else wrote in these notes at the same time. Where you both changed the same lines, both versions now stand one under the other, from '[Changed at the same time…]' to '[End of the two versions]': keep what should stay.</source>
      <translation>Iemand anders schreef tegelijk in deze notities. Waar u allebei dezelfde regels veranderde, staan beide versies nu onder elkaar, van '[Tegelijk gewijzigd…]' tot '[Einde van de twee versies]': houd wat moet blijven.</translation>
    </message>
    <message>
      <source>Someone else wrote in these notes at the same time; both texts are kept together.</source>
      <translation>Iemand anders schreef tegelijk in deze notities; beide teksten zijn samengevoegd bewaard.</translation>
    </message>
    <message>
      <source>Type notes</source>
      <translation>Notities typen</translation>
    </message>
  </context>
  <context>
    <name>NoticeBar</name>
    <message>
      <source>Warning</source>
      <translation>Waarschuwing</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Close the message</source>
      <translation>Melding sluiten</translation>
    </message>
    <message>
      <source>Hides this message</source>
      <translation>Verbergt dit bericht</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Melding</translation>
    </message>
  </context>
  <context>
    <name>OrganisationActionModel</name>
    <message>
      <source>Council</source>
      <translation>Overleg</translation>
    </message>
    <message>
      <source>Action point</source>
      <translation>Actiepunt</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Uiterlijk</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>te laat</translation>
    </message>
  </context>
  <context>
    <name>OrganisationActions</name>
    <message>
      <source>Action points of an organisation</source>
      <translation>Actiepunten van een organisatie</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>The organisation whose action points are shown, across every council</source>
      <translation>De organisatie waarvan de actiepunten getoond worden, in alle overleggen</translation>
    </message>
    <message>
      <source>Council</source>
      <translation>Overleg</translation>
    </message>
    <message>
      <source>Only the action points of this council</source>
      <translation>Alleen de actiepunten van dit overleg</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Which action points are shown</source>
      <translation>Welke actiepunten getoond worden</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Te laat</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Vervallen</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Organisatie</translation>
    </message>
    <message>
      <source>Co&amp;uncil</source>
      <translation>Ov&amp;erleg</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <source>Action points of the organisation</source>
      <translation>Actiepunten van de organisatie</translation>
    </message>
    <message>
      <source>Council, action point, who, due date and status of each action point</source>
      <translation>Overleg, actiepunt, wie, uiterlijk en stand van elk actiepunt</translation>
    </message>
    <message>
      <source>Every council</source>
      <translation>Alle overleggen</translation>
    </message>
    <message>
      <source>%1 action points in %2 councils</source>
      <translation>%1 actiepunten in %2 overleggen</translation>
    </message>
  </context>
  <context>
    <name>OrganisationTableModel</name>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Mensen</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
  </context>
  <context>
    <name>OverviewSection</name>
    <message>
      <source>&amp;Add a council…</source>
      <translation>Overleg &amp;toevoegen…</translation>
    </message>
    <message>
      <source>Add a council</source>
      <translation>Overleg toevoegen</translation>
    </message>
    <message>
      <source>Enter the name and details of your council to begin</source>
      <translation>Vul de naam en gegevens van uw overleg in om te beginnen</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>Volgende vergadering</translation>
    </message>
    <message>
      <source>Action points</source>
      <translation>Actiepunten</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>Toekomstagenda</source>
      <translation>Toekomstagenda</translation>
    </message>
    <message>
      <source>Buurtbudget</source>
      <translation>Buurtbudget</translation>
    </message>
    <message>
      <source>Share of the budget allocated</source>
      <translation>Deel van het budget dat is toegekend</translation>
    </message>
    <message>
      <source>Latest decisions</source>
      <translation>Laatste besluiten</translation>
    </message>
    <message>
      <source>Welcome to BuurtDesk</source>
      <translation>Welkom bij BuurtDesk</translation>
    </message>
    <message>
      <source>There is no council yet. Add your council to begin, or try BuurtDesk first on the demo database (buurtdesk --demo).</source>
      <translation>Er is nog geen overleg. Voeg uw overleg toe om te beginnen, of probeer BuurtDesk eerst uit op de demodatabase (buurtdesk --demo).</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Overzicht</translation>
    </message>
    <message>
      <source>No meeting planned yet.</source>
      <translation>Nog geen vergadering gepland.</translation>
    </message>
    <message>
      <source>Plan one under Meetings.</source>
      <translation>Plan er een onder Vergaderingen.</translation>
    </message>
    <message>
      <source>The agenda is ready.</source>
      <translation>De agenda is klaar.</translation>
    </message>
    <message>
      <source>The agenda has no topics yet.</source>
      <translation>De agenda heeft nog geen onderwerpen.</translation>
    </message>
    <message>
      <source>Open action points: %1</source>
      <translation>Open actiepunten: %1</translation>
    </message>
    <message>
      <source>%1 overdue</source>
      <translation>%1 te laat</translation>
    </message>
    <message>
      <source>None overdue</source>
      <translation>Niets te laat</translation>
    </message>
    <message>
      <source>No toekomstagenda round is running.</source>
      <translation>Er loopt geen toekomstagenda-ronde.</translation>
    </message>
    <message>
      <source>Round %1, phase: %2</source>
      <translation>Ronde %1, fase: %2</translation>
    </message>
    <message>
      <source>Available in %1: %2</source>
      <translation>Beschikbaar in %1: %2</translation>
    </message>
    <message>
      <source>Allocated: %1</source>
      <translation>Toegekend: %1</translation>
    </message>
    <message>
      <source>Spent: %1</source>
      <translation>Uitgegeven: %1</translation>
    </message>
    <message>
      <source>Free: %1</source>
      <translation>Vrij: %1</translation>
    </message>
    <message>
      <source>%1% allocated</source>
      <translation>%1% toegekend</translation>
    </message>
    <message>
      <source>No decisions yet.</source>
      <translation>Nog geen besluiten.</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>Initiator</source>
      <translation>Initiatiefnemer</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Deelnemer</translation>
    </message>
    <message>
      <source>Co-commissioner</source>
      <translation>Mede-opdrachtgever</translation>
    </message>
    <message>
      <source>Commissioner</source>
      <translation>Opdrachtgever</translation>
    </message>
    <message>
      <source>Residents' association</source>
      <translation>Bewonersvereniging</translation>
    </message>
    <message>
      <source>Housing corporation</source>
      <translation>Woningcorporatie</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Politie</translation>
    </message>
    <message>
      <source>Welfare work</source>
      <translation>Welzijnswerk</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Overig</translation>
    </message>
  </context>
  <context>
    <name>PeopleCellEdits</name>
    <message>
      <source>Change name</source>
      <translation>Wijzig naam</translation>
    </message>
    <message>
      <source>Change e-mail address</source>
      <translation>Wijzig e-mailadres</translation>
    </message>
    <message>
      <source>Change phone number</source>
      <translation>Wijzig telefoonnummer</translation>
    </message>
    <message>
      <source>Change organisation</source>
      <translation>Wijzig organisatie</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Wijzig rol</translation>
    </message>
    <message>
      <source>Change ladder step</source>
      <translation>Wijzig trede</translation>
    </message>
  </context>
  <context>
    <name>PeopleDelegate</name>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>Role in the council</source>
      <translation>Rol in het overleg</translation>
    </message>
    <message>
      <source>Step on the initiative ladder</source>
      <translation>Trede op de initiatiefladder</translation>
    </message>
  </context>
  <context>
    <name>PeopleSection</name>
    <message>
      <source>People</source>
      <translation>Mensen</translation>
    </message>
    <message>
      <source>Contact details are shown only here: never on the projector or in the minutes.</source>
      <translation>Contactgegevens staan alleen hier: nooit op de beamer of in het verslag.</translation>
    </message>
    <message>
      <source>People of this council</source>
      <translation>Mensen van dit overleg</translation>
    </message>
    <message>
      <source>F2 edits the chosen cell; Ctrl+Z takes an edit back</source>
      <translation>F2 wijzigt het gekozen vak; Ctrl+Z maakt een wijziging ongedaan</translation>
    </message>
    <message>
      <source>Organisations of this council's people</source>
      <translation>Organisaties van de mensen van dit overleg</translation>
    </message>
    <message>
      <source>Lists the organisations the people of this council belong to</source>
      <translation>Toont de organisaties waar de mensen van deze raad bij horen</translation>
    </message>
    <message>
      <source>People and organisations</source>
      <translation>Mensen en organisaties</translation>
    </message>
    <message>
      <source>&amp;People</source>
      <translation>&amp;Mensen</translation>
    </message>
    <message>
      <source>&amp;Organisations</source>
      <translation>Or&amp;ganisaties</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Persoon toevoegen</translation>
    </message>
    <message>
      <source>name@example.org</source>
      <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
      <source>&amp;Add to the council</source>
      <translation>Toe&amp;voegen aan het overleg</translation>
    </message>
    <message>
      <source>Add the person to the council</source>
      <translation>Voeg de persoon toe aan het overleg</translation>
    </message>
    <message>
      <source>Where the council can phone the person</source>
      <translation>Waar de raad de persoon kan bellen</translation>
    </message>
    <message>
      <source>Where the council can e-mail the person</source>
      <translation>Waar de raad de persoon kan mailen</translation>
    </message>
    <message>
      <source>The role the person gets in the council</source>
      <translation>De rol die de persoon in de raad krijgt</translation>
    </message>
    <message>
      <source>The organisation the person speaks for, if any</source>
      <translation>De organisatie namens wie de persoon spreekt, als die er is</translation>
    </message>
    <message>
      <source>The full name of the person to add</source>
      <translation>De volledige naam van de persoon die erbij komt</translation>
    </message>
    <message>
      <source>Adds the person with these details to the council</source>
      <translation>Voegt de persoon met deze gegevens toe aan de raad</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Naam</translation>
    </message>
    <message>
      <source>Name of the new person</source>
      <translation>Naam van de nieuwe persoon</translation>
    </message>
    <message>
      <source>Or&amp;ganisation</source>
      <translation>Organi&amp;satie</translation>
    </message>
    <message>
      <source>Organisation of the new person</source>
      <translation>Organisatie van de nieuwe persoon</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;Rol</translation>
    </message>
    <message>
      <source>Role of the new person in the council</source>
      <translation>Rol van de nieuwe persoon in het overleg</translation>
    </message>
    <message>
      <source>E-mail address of the new person</source>
      <translation>E-mailadres van de nieuwe persoon</translation>
    </message>
    <message>
      <source>Phone number of the new person</source>
      <translation>Telefoonnummer van de nieuwe persoon</translation>
    </message>
    <message>
      <source>E-&amp;mail</source>
      <translation>E-mai&amp;l</translation>
    </message>
    <message>
      <source>&amp;Telephone</source>
      <translation>&amp;Telefoon</translation>
    </message>
    <message>
      <source>&amp;People (%1)</source>
      <translation>&amp;Mensen (%1)</translation>
    </message>
    <message>
      <source>&amp;Organisations (%1)</source>
      <translation>Or&amp;ganisaties (%1)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>%1 toevoegen</translation>
    </message>
  </context>
  <context>
    <name>PeopleTableModel</name>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Ladder step</source>
      <translation>Trede</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>This person asked to be forgotten</source>
      <translation>Deze persoon heeft gevraagd vergeten te worden</translation>
    </message>
  </context>
  <context>
    <name>PersonPrivacyBox</name>
    <message>
      <source>Privacy</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <source>E&amp;xport this person's data…</source>
      <translation>Gegevens van deze persoon e&amp;xporteren…</translation>
    </message>
    <message>
      <source>Export everything stored about the chosen person</source>
      <translation>Exporteer alles wat over de gekozen persoon is opgeslagen</translation>
    </message>
    <message>
      <source>Saves all data about the chosen person to a file</source>
      <translation>Bewaart alle gegevens over de gekozen persoon in een bestand</translation>
    </message>
    <message>
      <source>Forget th&amp;is person…</source>
      <translation>Persoon verg&amp;eten…</translation>
    </message>
    <message>
      <source>Forget the chosen person: remove contact details and name everywhere</source>
      <translation>Vergeet de gekozen persoon: contactgegevens en naam overal verwijderen</translation>
    </message>
    <message>
      <source>Removes the person's contact details and replaces their name everywhere</source>
      <translation>Verwijdert de contactgegevens van de persoon en vervangt de naam overal</translation>
    </message>
    <message>
      <source>Choose a person in the list first.</source>
      <translation>Kies eerst een persoon in de lijst.</translation>
    </message>
    <message>
      <source>Chosen: %1</source>
      <translation>Gekozen: %1</translation>
    </message>
    <message>
      <source>Export this person's data</source>
      <translation>Gegevens van deze persoon exporteren</translation>
    </message>
    <message>
      <source>JSON file (*.json)</source>
      <translation>JSON-bestand (*.json)</translation>
    </message>
    <message>
      <source>Saved in %1</source>
      <translation>Opgeslagen in %1</translation>
    </message>
    <message>
      <source>Forget this person</source>
      <translation>Persoon vergeten</translation>
    </message>
    <message>
      <source>Forget %1? Their contact details are removed and their name is replaced by '[verwijderd]' everywhere, also in minutes and decisions. This cannot be undone.</source>
      <translation>%1 vergeten? De contactgegevens worden verwijderd en de naam wordt overal vervangen door '[verwijderd]', ook in verslagen en besluiten. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <source>Forgotten. The name was replaced in %1 texts.</source>
      <translation>Vergeten. De naam is in %1 teksten vervangen.</translation>
    </message>
  </context>
  <context>
    <name>PhaseRing</name>
    <message>
      <source>Toekomstagenda cycle</source>
      <translation>Toekomstagenda-cyclus</translation>
    </message>
    <message>
      <source>No toekomstagenda round is running.</source>
      <translation>Er loopt geen toekomstagenda-ronde.</translation>
    </message>
    <message>
      <source>Current phase: %1</source>
      <translation>Huidige fase: %1</translation>
    </message>
    <message>
      <source>No round yet</source>
      <translation>Nog geen ronde</translation>
    </message>
  </context>
  <context>
    <name>PhaseSteps</name>
    <message>
      <source>current phase</source>
      <translation>huidige fase</translation>
    </message>
    <message>
      <source>Shows the page of this phase</source>
      <translation>Toont de pagina van deze fase</translation>
    </message>
    <message>
      <source>Phase %1: %2</source>
      <translation>Fase %1: %2</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Voorkeuren</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>The language of the screens; documents follow the council's language</source>
      <translation>De taal van de schermen; documenten volgen de taal van het overleg</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Taal</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Tekstgrootte</translation>
    </message>
    <message>
      <source>Makes all text on screen larger, from 100 to 200 percent</source>
      <translation>Maakt alle tekst op het scherm groter, van 100 tot 200 procent</translation>
    </message>
    <message>
      <source>&amp;Text size</source>
      <translation>Tekst&amp;grootte</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Zoals het systeem</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Licht</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Donker</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Hoog contrast</translation>
    </message>
    <message>
      <source>Colours</source>
      <translation>Kleuren</translation>
    </message>
    <message>
      <source>Light, dark or high-contrast colours</source>
      <translation>Lichte, donkere of contrastrijke kleuren</translation>
    </message>
    <message>
      <source>&amp;Colours</source>
      <translation>&amp;Kleuren</translation>
    </message>
    <message>
      <source>Shared database server</source>
      <translation>Gedeelde databaseserver</translation>
    </message>
    <message>
      <source>Leave empty to work in the file on this computer; takes effect at the next start</source>
      <translation>Leeg laten om in het bestand op deze computer te werken; werkt vanaf de volgende start</translation>
    </message>
    <message>
      <source>Shared &amp;server</source>
      <translation>Gedeelde &amp;server</translation>
    </message>
    <message>
      <source>Leave empty to keep the stored one</source>
      <translation>Leeg laten om het bewaarde te houden</translation>
    </message>
    <message>
      <source>Password of the shared server</source>
      <translation>Wachtwoord van de gedeelde server</translation>
    </message>
    <message>
      <source>Kept in the system's credential store or in a file only you can read, never in the settings</source>
      <translation>Bewaard in de wachtwoordkluis van het systeem of in een bestand dat alleen u kunt lezen, nooit in de instellingen</translation>
    </message>
    <message>
      <source>Server &amp;password</source>
      <translation>&amp;Wachtwoord van de server</translation>
    </message>
    <message>
      <source>A shared server takes effect at the next start. Everything else at once; nothing you typed is lost.</source>
      <translation>Een gedeelde server werkt vanaf de volgende start. De rest meteen; niets van wat u typte gaat verloren.</translation>
    </message>
    <message>
      <source>Applies these preferences and closes this window</source>
      <translation>Past deze voorkeuren toe en sluit dit venster</translation>
    </message>
    <message>
      <source>Closes this window and keeps the preferences as they were</source>
      <translation>Sluit dit venster; de voorkeuren blijven zoals ze waren</translation>
    </message>
  </context>
  <context>
    <name>PrioritiesBox</name>
    <message>
      <source>Top priorities and who commits to what</source>
      <translation>Topprioriteiten en wie wat toezegt</translation>
    </message>
    <message>
      <source>Top priorities</source>
      <translation>Topprioriteiten</translation>
    </message>
    <message>
      <source>Lists the wishes the round keeps as its priorities</source>
      <translation>Toont de wensen die de ronde als prioriteiten houdt</translation>
    </message>
    <message>
      <source>What %1 commits to</source>
      <translation>Wat %1 toezegt</translation>
    </message>
    <message>
      <source>What this party will do about the priorities; saved when you leave the field</source>
      <translation>Wat deze partij met de prioriteiten gaat doen; wordt bewaard als u het veld verlaat</translation>
    </message>
    <message>
      <source>What they will do about it</source>
      <translation>Wat zij eraan gaan doen</translation>
    </message>
    <message>
      <source>%1. %2 — %3 dots</source>
      <translation>%1. %2 — %3 stippen</translation>
    </message>
    <message>
      <source>No priorities kept yet: count the dots, then keep the top.</source>
      <translation>Nog geen prioriteiten bewaard: tel de stippen en bewaar daarna de top.</translation>
    </message>
    <message>
      <source>Record a commitment</source>
      <translation>Toezegging vastleggen</translation>
    </message>
  </context>
  <context>
    <name>ProjectAtItem</name>
    <message>
      <source>The project of this item</source>
      <translation>Het project van dit agendapunt</translation>
    </message>
    <message>
      <source>Milestones: %1</source>
      <translation>Mijlpalen: %1</translation>
    </message>
    <message>
      <source>No milestones yet.</source>
      <translation>Nog geen mijlpalen.</translation>
    </message>
    <message>
      <source>Open action points: %1</source>
      <translation>Open actiepunten: %1</translation>
    </message>
    <message>
      <source>No open action points.</source>
      <translation>Geen open actiepunten.</translation>
    </message>
    <message>
      <source>Latest progress (%1): %2</source>
      <translation>Laatste voortgang (%1): %2</translation>
    </message>
    <message>
      <source>No progress written down yet.</source>
      <translation>Nog geen voortgang opgeschreven.</translation>
    </message>
    <message>
      <source>and %1 more</source>
      <translation>en nog %1</translation>
    </message>
  </context>
  <context>
    <name>ProjectDetailPanel</name>
    <message>
      <source>The project</source>
      <translation>Het project</translation>
    </message>
    <message>
      <source>Name of the project</source>
      <translation>Naam van het project</translation>
    </message>
    <message>
      <source>Changes the name of the chosen project</source>
      <translation>Wijzigt de naam van het gekozen project</translation>
    </message>
    <message>
      <source>Rename the project</source>
      <translation>Project hernoemen</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thema</translation>
    </message>
    <message>
      <source>The theme of the vision the project belongs to</source>
      <translation>Het thema van de visie waar het project bij hoort</translation>
    </message>
    <message>
      <source>Change the theme</source>
      <translation>Thema wijzigen</translation>
    </message>
    <message>
      <source>Trekker (lead resident)</source>
      <translation>Trekker (bewoner die het trekt)</translation>
    </message>
    <message>
      <source>The resident who leads the project</source>
      <translation>De bewoner die het project trekt</translation>
    </message>
    <message>
      <source>Change the trekker</source>
      <translation>Trekker wijzigen</translation>
    </message>
    <message>
      <source>⚑ This project has no trekker yet.</source>
      <translation>⚑ Dit project heeft nog geen trekker.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Shows and changes how far the project has come</source>
      <translation>Toont en wijzigt hoe ver het project is</translation>
    </message>
    <message>
      <source>Change the status</source>
      <translation>Status wijzigen</translation>
    </message>
    <message>
      <source>Budget ask in euros</source>
      <translation>Budgetaanvraag in euro</translation>
    </message>
    <message>
      <source>The amount the project asks from the budget</source>
      <translation>Het bedrag dat het project uit het budget vraagt</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>What the project wants to achieve; saved as you type</source>
      <translation>Wat het project wil bereiken; wordt bewaard terwijl u typt</translation>
    </message>
    <message>
      <source>Change the goal</source>
      <translation>Doel wijzigen</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>How the project goes about it; saved as you type</source>
      <translation>Hoe het project het aanpakt; wordt bewaard terwijl u typt</translation>
    </message>
    <message>
      <source>What will be done, by whom, when. Money only once the plan is here.</source>
      <translation>Wat er gebeurt, door wie, wanneer. Pas als het plan er is, komt het geld aan bod.</translation>
    </message>
    <message>
      <source>Change the plan</source>
      <translation>Plan wijzigen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Trekker</source>
      <translation>Trekker</translation>
    </message>
    <message>
      <source>Budget ask</source>
      <translation>Budgetaanvraag</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <source>Partners of the project</source>
      <translation>Partners van het project</translation>
    </message>
    <message>
      <source>Lists who helps with the chosen project and how</source>
      <translation>Toont wie helpt bij het gekozen project en hoe</translation>
    </message>
    <message>
      <source>Partner organisation or person</source>
      <translation>Partnerorganisatie of persoon</translation>
    </message>
    <message>
      <source>The organisation or person who helps with the project</source>
      <translation>De organisatie of persoon die bij het project helpt</translation>
    </message>
    <message>
      <source>What they contribute</source>
      <translation>Wat zij bijdragen</translation>
    </message>
    <message>
      <source>What the partner contributes</source>
      <translation>Wat de partner bijdraagt</translation>
    </message>
    <message>
      <source>What the partner brings: money, time, a place or knowledge</source>
      <translation>Wat de partner inbrengt: geld, tijd, een plek of kennis</translation>
    </message>
    <message>
      <source>Add partner</source>
      <translation>Partner toevoegen</translation>
    </message>
    <message>
      <source>Adds the partner and what it contributes to the project</source>
      <translation>Voegt de partner en zijn bijdrage toe aan het project</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Remove the chosen partner</source>
      <translation>De gekozen partner verwijderen</translation>
    </message>
    <message>
      <source>Removes the partner chosen in the list</source>
      <translation>Verwijdert de partner die in de lijst gekozen is</translation>
    </message>
    <message>
      <source>— no theme —</source>
      <translation>— geen thema —</translation>
    </message>
    <message>
      <source>— no trekker —</source>
      <translation>— geen trekker —</translation>
    </message>
    <message>
      <source>Change the budget ask</source>
      <translation>Budgetaanvraag wijzigen</translation>
    </message>
    <message>
      <source>Remove partner</source>
      <translation>Partner verwijderen</translation>
    </message>
  </context>
  <context>
    <name>ProjectTableModel</name>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Trekker</source>
      <translation>Trekker</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thema</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Budget ask</source>
      <translation>Budgetaanvraag</translation>
    </message>
    <message>
      <source>Frameworks</source>
      <translation>Kaders</translation>
    </message>
    <message>
      <source>not checked yet</source>
      <translation>nog niet getoetst</translation>
    </message>
    <message>
      <source>no trekker</source>
      <translation>geen trekker</translation>
    </message>
  </context>
  <context>
    <name>ProjectorWindow</name>
    <message>
      <source>for %1 · against %2 · abstain %3</source>
      <translation>voor %1 · tegen %2 · onthoudingen %3</translation>
    </message>
    <message>
      <source>BuurtDesk — projector</source>
      <translation>BuurtDesk — beamer</translation>
    </message>
    <message>
      <source>Projector</source>
      <translation>Beamer</translation>
    </message>
    <message>
      <source>Current item</source>
      <translation>Huidig punt</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>Besluiten</translation>
    </message>
    <message>
      <source>Action points</source>
      <translation>Actiepunten</translation>
    </message>
    <message>
      <source>Welcome</source>
      <translation>Welkom</translation>
    </message>
    <message>
      <source>No decisions yet.</source>
      <translation>Nog geen besluiten.</translation>
    </message>
    <message>
      <source>No action points yet.</source>
      <translation>Nog geen actiepunten.</translation>
    </message>
  </context>
  <context>
    <name>ProjectsPage</name>
    <message>
      <source>Projects of this round</source>
      <translation>Projecten van deze ronde</translation>
    </message>
    <message>
      <source>Lists the projects; choose one to see and edit its details</source>
      <translation>Toont de projecten; kies er een om de gegevens te zien en te wijzigen</translation>
    </message>
    <message>
      <source>No projects yet: make a plan from one of the priorities.</source>
      <translation>Nog geen projecten: maak een plan bij een van de prioriteiten.</translation>
    </message>
    <message>
      <source>Name of a new project</source>
      <translation>Naam van een nieuw project</translation>
    </message>
    <message>
      <source>Type a name, then add it as a new project</source>
      <translation>Typ een naam en voeg die toe als nieuw project</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Nieuw project</translation>
    </message>
    <message>
      <source>Adds a project with the typed name to this round</source>
      <translation>Voegt een project met de getypte naam toe aan deze ronde</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>BuurtDesk: the database cannot be opened</source>
      <translation>BuurtDesk: de database kan niet worden geopend</translation>
    </message>
    <message>
      <source>The database cannot be opened</source>
      <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
      <source>The newest sound backup is from %1. BuurtDesk can put it back; what was entered after that moment is not in it.</source>
      <translation>De nieuwste goede reservekopie is van %1. BuurtDesk kan die terugzetten; wat daarna is ingevoerd staat er niet in.</translation>
    </message>
    <message>
      <source>There is no backup of this database. BuurtDesk can start with a new, empty database.</source>
      <translation>Er is geen reservekopie van deze database. BuurtDesk kan beginnen met een nieuwe, lege database.</translation>
    </message>
    <message>
      <source>The damaged file is not deleted: it is kept beside the database under a name with today's date, so that an expert can still look at it.</source>
      <translation>Het beschadigde bestand wordt niet verwijderd: het blijft naast de database staan onder een naam met de datum van vandaag, zodat een deskundige er nog naar kan kijken.</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>Stops BuurtDesk and leaves the damaged file as it is</source>
      <translation>Sluit BuurtDesk af en laat het beschadigde bestand zoals het is</translation>
    </message>
    <message>
      <source>&amp;Restore the backup</source>
      <translation>Reservekopie &amp;terugzetten</translation>
    </message>
    <message>
      <source>Puts the newest sound backup back and opens it; the damaged file is kept aside</source>
      <translation>Zet de nieuwste goede reservekopie terug en opent die; het beschadigde bestand wordt apart bewaard</translation>
    </message>
    <message>
      <source>&amp;Start with an empty database</source>
      <translation>&amp;Beginnen met een lege database</translation>
    </message>
    <message>
      <source>Opens a new, empty database; the damaged file is kept aside</source>
      <translation>Opent een nieuwe, lege database; het beschadigde bestand wordt apart bewaard</translation>
    </message>
  </context>
  <context>
    <name>ReversalDialog</name>
    <message>
      <source>Reverse an allocation</source>
      <translation>Een toekenning terugdraaien</translation>
    </message>
    <message>
      <source>Allocation %1 (%2) by decision %3. Still allocated: %4. A reversal is a new decision of the council.</source>
      <translation>Toekenning %1 (%2) met besluit %3. Nog toegekend: %4. Terugdraaien is een nieuw besluit van het overleg.</translation>
    </message>
    <message>
      <source>Amount to reverse</source>
      <translation>Bedrag dat wordt teruggedraaid</translation>
    </message>
    <message>
      <source>How much of the allocation goes back to the source, in euros</source>
      <translation>Hoeveel van de toekenning teruggaat naar de bron, in euro</translation>
    </message>
    <message>
      <source>&amp;Amount to reverse</source>
      <translation>&amp;Bedrag terugdraaien</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Terugdraaien</translation>
    </message>
    <message>
      <source>Reverse the allocation</source>
      <translation>Draai de toekenning terug</translation>
    </message>
    <message>
      <source>Records the reversal with the chosen decision</source>
      <translation>Legt het terugdraaien vast met het gekozen besluit</translation>
    </message>
    <message>
      <source>Closes this window; the allocation stays as it is</source>
      <translation>Sluit dit venster; de toekenning blijft zoals die is</translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <source>New role</source>
      <translation>Nieuwe rol</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>Persoon of organisatie</translation>
    </message>
    <message>
      <source>Who takes on the role</source>
      <translation>Wie de rol op zich neemt</translation>
    </message>
    <message>
      <source>Start typing a name</source>
      <translation>Begin een naam te typen</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>The role the person or organisation takes on</source>
      <translation>De rol die de persoon of organisatie op zich neemt</translation>
    </message>
    <message>
      <source>Theme or project</source>
      <translation>Thema of project</translation>
    </message>
    <message>
      <source>Where the role is taken on: a theme or a project</source>
      <translation>Waar de rol wordt opgepakt: een thema of een project</translation>
    </message>
    <message>
      <source>Step on the initiative ladder</source>
      <translation>Trede op de initiatiefladder</translation>
    </message>
    <message>
      <source>How far the person or organisation takes the initiative</source>
      <translation>Hoe ver de persoon of organisatie het initiatief neemt</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>niet wijzigen</translation>
    </message>
    <message>
      <source>W&amp;ho</source>
      <translation>W&amp;ie</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;Rol</translation>
    </message>
    <message>
      <source>&amp;For</source>
      <translation>&amp;Voor</translation>
    </message>
    <message>
      <source>&amp;Ladder step</source>
      <translation>&amp;Trede op de initiatiefladder</translation>
    </message>
    <message>
      <source>Assign role</source>
      <translation>Rol toekennen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Gives the role to the person or organisation</source>
      <translation>Geeft de rol aan de persoon of organisatie</translation>
    </message>
    <message>
      <source>Nobody called '%1' is known here; pick a name from the list.</source>
      <translation>Niemand met de naam '%1' is hier bekend; kies een naam uit de lijst.</translation>
    </message>
    <message>
      <source>Name a person or an organisation first.</source>
      <translation>Noem eerst een persoon of een organisatie.</translation>
    </message>
    <message>
      <source>Write the role first.</source>
      <translation>Schrijf eerst de rol op.</translation>
    </message>
    <message>
      <source>Only a resident can take a step on the initiative ladder.</source>
      <translation>Alleen een bewoner kan een trede op de initiatiefladder zetten.</translation>
    </message>
  </context>
  <context>
    <name>RolesBox</name>
    <message>
      <source>Roles</source>
      <translation>Rollen</translation>
    </message>
    <message>
      <source>Roles of the chosen person</source>
      <translation>Rollen van de gekozen persoon</translation>
    </message>
    <message>
      <source>Each role with the date it began and ended</source>
      <translation>Elke rol met de datum waarop hij begon en eindigde</translation>
    </message>
    <message>
      <source>Role to add</source>
      <translation>Nieuwe rol</translation>
    </message>
    <message>
      <source>The role the chosen person gets</source>
      <translation>De rol die de gekozen persoon krijgt</translation>
    </message>
    <message>
      <source>Role begins on</source>
      <translation>De rol begint op</translation>
    </message>
    <message>
      <source>Empty means today</source>
      <translation>Leeg betekent vandaag</translation>
    </message>
    <message>
      <source>Add &amp;role</source>
      <translation>Rol toe&amp;kennen</translation>
    </message>
    <message>
      <source>Gives the chosen person this role from this date</source>
      <translation>Geeft de gekozen persoon deze rol vanaf deze datum</translation>
    </message>
    <message>
      <source>Role ends on</source>
      <translation>De rol eindigt op</translation>
    </message>
    <message>
      <source>E&amp;nd role</source>
      <translation>Rol beëin&amp;digen</translation>
    </message>
    <message>
      <source>The chosen role ends on this date</source>
      <translation>De gekozen rol eindigt op deze datum</translation>
    </message>
    <message>
      <source>Ro&amp;le</source>
      <translation>R&amp;ol</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Vanaf</translation>
    </message>
    <message>
      <source>Ends on</source>
      <translation>Eindigt op</translation>
    </message>
    <message>
      <source>since %1</source>
      <translation>sinds %1</translation>
    </message>
    <message>
      <source>Add role %1</source>
      <translation>Rol %1 toekennen</translation>
    </message>
    <message>
      <source>End role %1</source>
      <translation>Rol %1 beëindigen</translation>
    </message>
  </context>
  <context>
    <name>RolesMatrixModel</name>
    <message>
      <source>Who</source>
      <translation>Wie</translation>
    </message>
  </context>
  <context>
    <name>RolesPage</name>
    <message>
      <source>Who does what</source>
      <translation>Wie doet wat</translation>
    </message>
    <message>
      <source>Roles of people and organisations per theme and project</source>
      <translation>Rollen van mensen en organisaties per thema en project</translation>
    </message>
    <message>
      <source>Shows who has which role in each theme and project</source>
      <translation>Toont wie welke rol heeft in elk thema en project</translation>
    </message>
    <message>
      <source>No roles yet: choose who, in what, and the role, then add it.</source>
      <translation>Nog geen rollen: kies wie, waarin en welke rol, en voeg die toe.</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>Persoon of organisatie</translation>
    </message>
    <message>
      <source>Who takes on the role</source>
      <translation>Wie de rol op zich neemt</translation>
    </message>
    <message>
      <source>In what: the whole round, a theme or a project</source>
      <translation>Waarin: de hele ronde, een thema of een project</translation>
    </message>
    <message>
      <source>Chooses whether the role is for the whole round, a theme or a project</source>
      <translation>Kiest of de rol voor de hele ronde, een thema of een project is</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>The role the person or organisation takes on</source>
      <translation>De rol die de persoon of organisatie op zich neemt</translation>
    </message>
    <message>
      <source>Add role</source>
      <translation>Rol toevoegen</translation>
    </message>
    <message>
      <source>Gives the person or organisation the role in the chosen part</source>
      <translation>Geeft de persoon of organisatie de rol in het gekozen onderdeel</translation>
    </message>
    <message>
      <source>Remove the chosen cell's roles</source>
      <translation>Rollen in het gekozen vak verwijderen</translation>
    </message>
    <message>
      <source>Removes the roles in the chosen cell of the table</source>
      <translation>Verwijdert de rollen in de gekozen cel van de tabel</translation>
    </message>
    <message>
      <source>The initiative ladder</source>
      <translation>De initiatiefladder</translation>
    </message>
    <message>
      <source>Resident and step</source>
      <translation>Bewoner en trede</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Sinds</translation>
    </message>
    <message>
      <source>Steps on the initiative ladder with their history</source>
      <translation>Treden op de initiatiefladder met hun geschiedenis</translation>
    </message>
    <message>
      <source>Shows each member's step on the ladder and how it changed</source>
      <translation>Toont de trede van elk lid op de initiatiefladder en hoe die veranderde</translation>
    </message>
    <message>
      <source>Member of the council</source>
      <translation>Lid van het overleg</translation>
    </message>
    <message>
      <source>The council member whose step on the ladder is set</source>
      <translation>Het raadslid wiens trede op de initiatiefladder wordt ingesteld</translation>
    </message>
    <message>
      <source>Step on the ladder</source>
      <translation>Trede op de initiatiefladder</translation>
    </message>
    <message>
      <source>The step on the initiative ladder the member stands on</source>
      <translation>De trede op de initiatiefladder waarop het lid staat</translation>
    </message>
    <message>
      <source>Why, in a few words (optional)</source>
      <translation>Waarom (niet verplicht)</translation>
    </message>
    <message>
      <source>Note with the step</source>
      <translation>Notitie bij de trede</translation>
    </message>
    <message>
      <source>Why the step on the ladder is set, saved with the step</source>
      <translation>Waarom de trede op de initiatiefladder zo wordt ingesteld, bewaard bij de trede</translation>
    </message>
    <message>
      <source>Set step</source>
      <translation>Trede vastleggen</translation>
    </message>
    <message>
      <source>Saves the member's new step on the ladder</source>
      <translation>Bewaart de nieuwe trede van het lid op de initiatiefladder</translation>
    </message>
    <message>
      <source>Our own role as a council</source>
      <translation>Onze eigen rol als overleg</translation>
    </message>
    <message>
      <source>How the council sees its own role</source>
      <translation>Hoe het overleg zijn eigen rol ziet</translation>
    </message>
    <message>
      <source>The council's own view of its role; saved as you type</source>
      <translation>Hoe de raad zelf zijn rol ziet; wordt bewaard terwijl u typt</translation>
    </message>
    <message>
      <source>How do we see our role in this round? Saved when you leave the field.</source>
      <translation>Hoe zien wij onze rol in deze ronde? Wordt bewaard als u het veld verlaat.</translation>
    </message>
    <message>
      <source>The whole round</source>
      <translation>De hele ronde</translation>
    </message>
    <message>
      <source>Theme: %1</source>
      <translation>Thema: %1</translation>
    </message>
    <message>
      <source>Project: %1</source>
      <translation>Project: %1</translation>
    </message>
    <message>
      <source>Remove roles</source>
      <translation>Rollen verwijderen</translation>
    </message>
    <message>
      <source>Set a step on the ladder</source>
      <translation>Trede op de initiatiefladder vastleggen</translation>
    </message>
    <message>
      <source>Change the council's own role</source>
      <translation>Eigen rol van het overleg wijzigen</translation>
    </message>
  </context>
  <context>
    <name>RoundPicker</name>
    <message>
      <source>Round</source>
      <translation>Ronde</translation>
    </message>
    <message>
      <source>Which round of the toekomstagenda is shown; earlier rounds are read-only</source>
      <translation>Welke ronde van de toekomstagenda getoond wordt; eerdere rondes zijn alleen te lezen</translation>
    </message>
    <message>
      <source>Round %1 (current, since %2)</source>
      <translation>Ronde %1 (nu, sinds %2)</translation>
    </message>
    <message>
      <source>Round %1 (%2 – %3, read-only)</source>
      <translation>Ronde %1 (%2 – %3, alleen lezen)</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <source>Agenda item</source>
      <translation>Agendapunt</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Action point</source>
      <translation>Actiepunt</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Zoeken</translation>
    </message>
    <message>
      <source>Search notes, decisions, action points and projects</source>
      <translation>Zoek in notities, besluiten, actiepunten en projecten</translation>
    </message>
    <message>
      <source>Searches every council while you type; Enter opens the first result</source>
      <translation>Zoekt in alle overleggen terwijl u typt; Enter opent het eerste resultaat</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Zoekresultaten</translation>
    </message>
    <message>
      <source>What was found, newest first; Enter opens the chosen result in its place</source>
      <translation>Wat er gevonden is, nieuwste eerst; Enter opent het gekozen resultaat op zijn plek</translation>
    </message>
    <message>
      <source>Nothing found for “%1”.</source>
      <translation>Niets gevonden voor “%1”.</translation>
    </message>
    <message>
      <source>One result; Enter opens it.</source>
      <translation>Eén resultaat; Enter opent het.</translation>
    </message>
    <message>
      <source>%1 results, newest first; Enter opens the chosen one.</source>
      <translation>%1 resultaten, nieuwste eerst; Enter opent de gekozen.</translation>
    </message>
  </context>
  <context>
    <name>SessionPlanner</name>
    <message>
      <source>Date of the toekomstagenda session</source>
      <translation>Datum van de toekomstagenda-bijeenkomst</translation>
    </message>
    <message>
      <source>The day the session is planned for</source>
      <translation>De dag waarop de bijeenkomst gepland wordt</translation>
    </message>
    <message>
      <source>Plan a session</source>
      <translation>Bijeenkomst plannen</translation>
    </message>
    <message>
      <source>Plan a toekomstagenda session for the current phase</source>
      <translation>Een toekomstagenda-bijeenkomst plannen voor de huidige fase</translation>
    </message>
    <message>
      <source>Plans the session on the chosen day</source>
      <translation>Plant de bijeenkomst op de gekozen dag</translation>
    </message>
    <message>
      <source>Toekomstagenda session planned on %1 with %2 agenda items; it is under Meetings.</source>
      <translation>Toekomstagenda-bijeenkomst gepland op %1 met %2 agendapunten; u vindt hem onder Vergaderingen.</translation>
    </message>
    <message>
      <source>Plan a toekomstagenda session</source>
      <translation>Toekomstagenda-bijeenkomst plannen</translation>
    </message>
  </context>
  <context>
    <name>SourcesPage</name>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Vrij</translation>
    </message>
    <message>
      <source>Carry over</source>
      <translation>Meenemen</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Voorwaarden</translation>
    </message>
    <message>
      <source>Funding sources of the year</source>
      <translation>Geldbronnen van het jaar</translation>
    </message>
    <message>
      <source>Lists where the money of the chosen year comes from; choose one to edit it</source>
      <translation>Toont waar het geld van het gekozen jaar vandaan komt; kies er een om te wijzigen</translation>
    </message>
    <message>
      <source>Funding source</source>
      <translation>Geldbron</translation>
    </message>
    <message>
      <source>Kind of funding source</source>
      <translation>Soort geldbron</translation>
    </message>
    <message>
      <source>Chooses what kind of funder gives the money</source>
      <translation>Kiest wat voor geldgever het geld geeft</translation>
    </message>
    <message>
      <source>Name of the funding source</source>
      <translation>Naam van de geldbron</translation>
    </message>
    <message>
      <source>Who gives the money</source>
      <translation>Wie het geld geeft</translation>
    </message>
    <message>
      <source>Empty: the name of its kind</source>
      <translation>Leeg: de naam van de soort</translation>
    </message>
    <message>
      <source>Amount of the funding source</source>
      <translation>Bedrag van de geldbron</translation>
    </message>
    <message>
      <source>e.g. 1.250,50</source>
      <translation>bijv. 1.250,50</translation>
    </message>
    <message>
      <source>How much money the source gives, in euros</source>
      <translation>Hoeveel geld de bron geeft, in euro</translation>
    </message>
    <message>
      <source>Conditions of the funding source</source>
      <translation>Voorwaarden van de geldbron</translation>
    </message>
    <message>
      <source>The conditions the funder attaches to the money</source>
      <translation>De voorwaarden die de geldgever aan het geld verbindt</translation>
    </message>
    <message>
      <source>What the money may be spent on</source>
      <translation>Waaraan het geld besteed mag worden</translation>
    </message>
    <message>
      <source>Unspent money may go to next year</source>
      <translation>Rest mag mee naar volgend jaar</translation>
    </message>
    <message>
      <source>Allows unspent money of this source to be carried over to next year</source>
      <translation>Staat toe dat niet besteed geld van deze bron naar volgend jaar gaat</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>S&amp;oort</translation>
    </message>
    <message>
      <source>Na&amp;me</source>
      <translation>Na&amp;am</translation>
    </message>
    <message>
      <source>Amo&amp;unt</source>
      <translation>Be&amp;drag</translation>
    </message>
    <message>
      <source>Con&amp;ditions</source>
      <translation>&amp;Voorwaarden</translation>
    </message>
    <message>
      <source>Add source</source>
      <translation>Bron toevoegen</translation>
    </message>
    <message>
      <source>Add this funding source</source>
      <translation>Voeg deze geldbron toe</translation>
    </message>
    <message>
      <source>Saves the funding source with these details in the chosen year</source>
      <translation>Bewaart de geldbron met deze gegevens in het gekozen jaar</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Wijziging opslaan</translation>
    </message>
    <message>
      <source>Save the changes to the chosen source</source>
      <translation>Sla de wijziging van de gekozen bron op</translation>
    </message>
    <message>
      <source>Saves the form over the funding source chosen in the table</source>
      <translation>Bewaart het formulier over de geldbron die in de tabel gekozen is</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Remove the chosen source</source>
      <translation>Verwijder de gekozen bron</translation>
    </message>
    <message>
      <source>Removes the funding source chosen in the table</source>
      <translation>Verwijdert de geldbron die in de tabel gekozen is</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nieuw</translation>
    </message>
    <message>
      <source>Empty the form for a new source</source>
      <translation>Maak het formulier leeg voor een nieuwe bron</translation>
    </message>
    <message>
      <source>Clears the form so a new funding source can be entered</source>
      <translation>Maakt het formulier leeg voor een nieuwe geldbron</translation>
    </message>
    <message>
      <source>Funding source for %1</source>
      <translation>Geldbron voor %1</translation>
    </message>
    <message>
      <source>⚠ %1 too much allocated</source>
      <translation>⚠ %1 te veel toegekend</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>carried in</source>
      <translation>meegenomen</translation>
    </message>
    <message>
      <source>Add funding source</source>
      <translation>Geldbron toevoegen</translation>
    </message>
    <message>
      <source>%1 was already allocated from this source; with %2 it falls short. Lower it anyway?</source>
      <translation>Uit deze bron is al %1 toegekend; met %2 komt ze tekort. Toch verlagen?</translation>
    </message>
    <message>
      <source>Lower the funding source?</source>
      <translation>Geldbron verlagen?</translation>
    </message>
    <message>
      <source>Change funding source</source>
      <translation>Geldbron wijzigen</translation>
    </message>
    <message>
      <source>Remove funding source</source>
      <translation>Geldbron verwijderen</translation>
    </message>
  </context>
  <context>
    <name>StatementMaker</name>
    <message>
      <source>Save the budget statement</source>
      <translation>Verantwoording opslaan</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
      <source>budget-statement-%1.pdf</source>
      <translation>verantwoording-%1.pdf</translation>
    </message>
  </context>
  <context>
    <name>TallyModel</name>
    <message>
      <source>'%1' is not the number of a wish (1 to %2).</source>
      <translation>'%1' is geen nummer van een wens (1 tot %2).</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Wish</source>
      <translation>Wens</translation>
    </message>
    <message>
      <source>On paper</source>
      <translation>Op papier</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
  </context>
  <context>
    <name>ThemeRows</name>
    <message>
      <source>A wish, in the residents' own words</source>
      <translation>Een wens, in de woorden van de bewoners</translation>
    </message>
    <message>
      <source>New wish</source>
      <translation>Nieuwe wens</translation>
    </message>
    <message>
      <source>A wish of residents to add under the chosen theme</source>
      <translation>Een wens van bewoners om onder het gekozen thema toe te voegen</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>Ingebracht door</translation>
    </message>
    <message>
      <source>Who brought the wish in, if anyone</source>
      <translation>Wie de wens inbracht, als iemand dat deed</translation>
    </message>
    <message>
      <source>Add wish</source>
      <translation>Wens toevoegen</translation>
    </message>
    <message>
      <source>Add the wish to the chosen theme</source>
      <translation>De wens toevoegen aan het gekozen thema</translation>
    </message>
    <message>
      <source>Adds the wish under the theme chosen in the list</source>
      <translation>Voegt de wens toe onder het thema dat in de lijst gekozen is</translation>
    </message>
    <message>
      <source>A theme of our own</source>
      <translation>Een eigen thema</translation>
    </message>
    <message>
      <source>New theme</source>
      <translation>Nieuw thema</translation>
    </message>
    <message>
      <source>Name of a theme to add to the vision</source>
      <translation>Naam van een thema om aan de visie toe te voegen</translation>
    </message>
    <message>
      <source>Add theme</source>
      <translation>Thema toevoegen</translation>
    </message>
    <message>
      <source>Adds the typed theme to the vision</source>
      <translation>Voegt het getypte thema toe aan de visie</translation>
    </message>
    <message>
      <source>Standard themes</source>
      <translation>Standaardthema's</translation>
    </message>
    <message>
      <source>Add the standard themes</source>
      <translation>De standaardthema's toevoegen</translation>
    </message>
    <message>
      <source>Adds the usual themes of a neighbourhood to the vision</source>
      <translation>Voegt de gebruikelijke thema's van een buurt toe aan de visie</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Remove the chosen theme or wish</source>
      <translation>Het gekozen thema of de gekozen wens verwijderen</translation>
    </message>
    <message>
      <source>Removes the theme or wish chosen in the tree</source>
      <translation>Verwijdert het thema of de wens die in de boom gekozen is</translation>
    </message>
  </context>
  <context>
    <name>ToekomstagendaSection</name>
    <message>
      <source>The booklet is saved as %1.</source>
      <translation>Het boekje is opgeslagen als %1.</translation>
    </message>
    <message>
      <source>Booklet (PDF)…</source>
      <translation>Boekje (PDF)…</translation>
    </message>
    <message>
      <source>Save the booklet of this round as PDF</source>
      <translation>Het boekje van deze ronde als PDF opslaan</translation>
    </message>
    <message>
      <source>The toekomstagenda booklet of the round shown, from vision to evaluation</source>
      <translation>Het boekje van de toekomstagenda van de getoonde ronde, van visie tot evaluatie</translation>
    </message>
    <message>
      <source>No round yet: start a round of the toekomstagenda.</source>
      <translation>Nog geen ronde: begin een toekomstagenda-ronde.</translation>
    </message>
    <message>
      <source>Horizon year: </source>
      <translation>Horizonjaar: </translation>
    </message>
    <message>
      <source>Horizon year of the new round</source>
      <translation>Horizonjaar van de nieuwe ronde</translation>
    </message>
    <message>
      <source>The year the vision of the new round looks ahead to</source>
      <translation>Het jaar waarnaar de visie van de nieuwe ronde vooruitkijkt</translation>
    </message>
    <message>
      <source>Start a toekomstagenda round</source>
      <translation>Toekomstagenda-ronde beginnen</translation>
    </message>
    <message>
      <source>Begins a new round of the toekomstagenda, starting with the vision</source>
      <translation>Begint een nieuwe ronde van de toekomstagenda, met de visie als eerste fase</translation>
    </message>
    <message>
      <source>Moves the round to the phase shown, as a decision of the council</source>
      <translation>Zet de ronde in de getoonde fase, als besluit van de raad</translation>
    </message>
    <message>
      <source>Moves the round on to the next phase, as a decision of the council</source>
      <translation>Zet de ronde door naar de volgende fase, als besluit van de raad</translation>
    </message>
    <message>
      <source>Toekomstagenda</source>
      <translation>Toekomstagenda</translation>
    </message>
    <message>
      <source>Toekomstagenda %1</source>
      <translation>Toekomstagenda %1</translation>
    </message>
    <message>
      <source>Round %1, started %2</source>
      <translation>Ronde %1, begonnen %2</translation>
    </message>
    <message>
      <source>looking ahead to %1</source>
      <translation>met de blik op %1</translation>
    </message>
    <message>
      <source>closed %1</source>
      <translation>afgesloten %1</translation>
    </message>
    <message>
      <source>This round is closed.</source>
      <translation>Deze ronde is afgesloten.</translation>
    </message>
    <message>
      <source>The round is in the phase %1.</source>
      <translation>De ronde staat in de fase %1.</translation>
    </message>
    <message>
      <source>Start the next round…</source>
      <translation>Volgende ronde beginnen…</translation>
    </message>
    <message>
      <source>On to %1…</source>
      <translation>Door naar %1…</translation>
    </message>
    <message>
      <source>Back to %1…</source>
      <translation>Terug naar %1…</translation>
    </message>
    <message>
      <source>Skip ahead to %1…</source>
      <translation>Vooruit naar %1…</translation>
    </message>
    <message>
      <source>Back to %1</source>
      <translation>Terug naar %1</translation>
    </message>
    <message>
      <source>Going back a phase is noted. Why does the round go back to %1?</source>
      <translation>Een stap terug wordt genoteerd. Waarom gaat de ronde terug naar %1?</translation>
    </message>
    <message>
      <source>On to %1</source>
      <translation>Door naar %1</translation>
    </message>
    <message>
      <source>Moving on to %1 is a decision of the council and is recorded as one. Record the decision now?</source>
      <translation>Doorgaan naar %1 is een besluit van het overleg en wordt als besluit vastgelegd. Het besluit nu vastleggen?</translation>
    </message>
    <message>
      <source>Skip anyway? This is recorded as a decision of the council.</source>
      <translation>Toch overslaan? Dit wordt vastgelegd als besluit van het overleg.</translation>
    </message>
    <message>
      <source>Skip a phase?</source>
      <translation>Een fase overslaan?</translation>
    </message>
    <message>
      <source>Decision %1 recorded: %2</source>
      <translation>Besluit %1 vastgelegd: %2</translation>
    </message>
    <message>
      <source>Went back to %1; the note is kept.</source>
      <translation>Terug naar %1; de notitie is bewaard.</translation>
    </message>
    <message>
      <source>Start the next round</source>
      <translation>Volgende ronde beginnen</translation>
    </message>
    <message>
      <source>Closing round %1 is a decision of the council. The learning points and the unfinished projects go into the vision of round %2. Start the next round now?</source>
      <translation>Ronde %1 afsluiten is een besluit van het overleg. De leerpunten en de onafgemaakte projecten gaan mee naar de visie van ronde %2. De volgende ronde nu beginnen?</translation>
    </message>
  </context>
  <context>
    <name>VersionConflict</name>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <source>Planned minutes</source>
      <translation>Geplande minuten</translation>
    </message>
    <message>
      <source>Closed to the public</source>
      <translation>Besloten</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Begin</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Einde</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adres</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Opmerkingen</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Gemeente</translation>
    </message>
    <message>
      <source>Usual place</source>
      <translation>Gewone vergaderplek</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Vision</source>
      <translation>Visie</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Bedrag</translation>
    </message>
    <message>
      <source>May be carried over to next year</source>
      <translation>Mag naar volgend jaar worden meegenomen</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>Ingebracht door</translation>
    </message>
    <message>
      <source>Commitment</source>
      <translation>Toezegging</translation>
    </message>
    <message>
      <source>Horizon year</source>
      <translation>Horizonjaar</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Voorwaarden</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Uiterlijk</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(leeg)</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>Your version</source>
      <translation>Uw versie</translation>
    </message>
    <message>
      <source>The other version</source>
      <translation>De andere versie</translation>
    </message>
    <message>
      <source>Changed by someone else</source>
      <translation>Door iemand anders gewijzigd</translation>
    </message>
    <message>
      <source>Someone else changed this at the same time.</source>
      <translation>Iemand anders heeft dit tegelijk gewijzigd.</translation>
    </message>
    <message>
      <source>Which version should stay?</source>
      <translation>Welke versie moet blijven?</translation>
    </message>
    <message>
      <source>&amp;My version</source>
      <translation>&amp;Mijn versie</translation>
    </message>
    <message>
      <source>The &amp;other version</source>
      <translation>De &amp;andere versie</translation>
    </message>
  </context>
  <context>
    <name>VisionPage</name>
    <message>
      <source>Our vision</source>
      <translation>Onze visie</translation>
    </message>
    <message>
      <source>The vision in a few sentences</source>
      <translation>De visie in een paar zinnen</translation>
    </message>
    <message>
      <source>The vision of the neighbourhood; saved as you type</source>
      <translation>De visie op de buurt; wordt bewaard terwijl u typt</translation>
    </message>
    <message>
      <source>What does our neighbourhood look like in a few years?</source>
      <translation>Hoe ziet onze buurt er over een paar jaar uit?</translation>
    </message>
    <message>
      <source>Horizon year</source>
      <translation>Horizonjaar</translation>
    </message>
    <message>
      <source>The year the vision looks ahead to</source>
      <translation>Het jaar waarnaar de visie vooruitkijkt</translation>
    </message>
    <message>
      <source>Vision</source>
      <translation>Visie</translation>
    </message>
    <message>
      <source>Themes and wishes</source>
      <translation>Thema's en wensen</translation>
    </message>
    <message>
      <source>Theme / wish</source>
      <translation>Thema / wens</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>Ingebracht door</translation>
    </message>
    <message>
      <source>Themes with their wishes</source>
      <translation>Thema's met hun wensen</translation>
    </message>
    <message>
      <source>Shows the themes of the vision with the wishes under each</source>
      <translation>Toont de thema's van de visie met de wensen eronder</translation>
    </message>
    <message>
      <source>No themes yet: add the standard themes or one of your own, then the wishes under them.</source>
      <translation>Nog geen thema's: voeg de standaardthema's of een eigen thema toe, en daarna de wensen eronder.</translation>
    </message>
    <message>
      <source>Add wish</source>
      <translation>Wens toevoegen</translation>
    </message>
    <message>
      <source>Add theme</source>
      <translation>Thema toevoegen</translation>
    </message>
    <message>
      <source>Add the standard themes</source>
      <translation>De standaardthema's toevoegen</translation>
    </message>
    <message>
      <source>From the previous round</source>
      <translation>Uit de vorige ronde</translation>
    </message>
    <message>
      <source>Carried from the previous round</source>
      <translation>Meegenomen uit de vorige ronde</translation>
    </message>
    <message>
      <source>Round %1 handed on these learning points:</source>
      <translation>Ronde %1 gaf deze leerpunten mee:</translation>
    </message>
    <message>
      <source>the round</source>
      <translation>de ronde</translation>
    </message>
    <message>
      <source>No learning points were written down.</source>
      <translation>Er zijn geen leerpunten opgeschreven.</translation>
    </message>
    <message>
      <source>Change the vision</source>
      <translation>Visie wijzigen</translation>
    </message>
    <message>
      <source>Change the horizon year</source>
      <translation>Horizonjaar wijzigen</translation>
    </message>
    <message>
      <source>Add a theme first.</source>
      <translation>Voeg eerst een thema toe.</translation>
    </message>
    <message>
      <source>Rename theme</source>
      <translation>Thema hernoemen</translation>
    </message>
    <message>
      <source>Change wish</source>
      <translation>Wens wijzigen</translation>
    </message>
    <message>
      <source>Change who raised the wish</source>
      <translation>Wijzigen wie de wens inbracht</translation>
    </message>
    <message>
      <source>Remove wish</source>
      <translation>Wens verwijderen</translation>
    </message>
    <message>
      <source>Remove theme</source>
      <translation>Thema verwijderen</translation>
    </message>
  </context>
  <context>
    <name>VoteDialog</name>
    <message>
      <source>Dot vote</source>
      <translation>Stemmen met stippen</translation>
    </message>
    <message>
      <source>Dots per participant</source>
      <translation>Stippen per deelnemer</translation>
    </message>
    <message>
      <source>How many dots each participant may give</source>
      <translation>Hoeveel stippen elke deelnemer mag geven</translation>
    </message>
    <message>
      <source>Number of participants</source>
      <translation>Aantal deelnemers</translation>
    </message>
    <message>
      <source>How many people take part in the vote</source>
      <translation>Hoeveel mensen aan de stemming meedoen</translation>
    </message>
    <message>
      <source>Start the vote</source>
      <translation>Stemronde starten</translation>
    </message>
    <message>
      <source>Starts counting the dots with these numbers</source>
      <translation>Begint het tellen van de stippen met deze aantallen</translation>
    </message>
    <message>
      <source>&amp;Dots each</source>
      <translation>&amp;Stippen per persoon</translation>
    </message>
    <message>
      <source>&amp;Participants</source>
      <translation>&amp;Deelnemers</translation>
    </message>
    <message>
      <source>Dots per wish from paper</source>
      <translation>Stippen per wens van papier</translation>
    </message>
    <message>
      <source>Type the dots each wish got on paper</source>
      <translation>Typ de stippen die elke wens op papier kreeg</translation>
    </message>
    <message>
      <source>Record the paper tally (Ctrl+Enter)</source>
      <translation>Telling van papier vastleggen (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Saves the dots per wish as counted on paper</source>
      <translation>Bewaart de stippen per wens zoals op papier geteld</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Deelnemer</translation>
    </message>
    <message>
      <source>Participant counted on screen</source>
      <translation>Deelnemer die op het scherm wordt geteld</translation>
    </message>
    <message>
      <source>Name or number of the participant whose dots are entered</source>
      <translation>Naam of nummer van de deelnemer wiens stippen worden ingevoerd</translation>
    </message>
    <message>
      <source>Wish numbers, one per dot: 1 1 4</source>
      <translation>Wensnummers, één per stip: 1 1 4</translation>
    </message>
    <message>
      <source>The participant's dots as wish numbers</source>
      <translation>De stippen van de deelnemer als nummers van wensen</translation>
    </message>
    <message>
      <source>The wish numbers this participant gave dots, separated by spaces</source>
      <translation>De nummers van de wensen waaraan deze deelnemer stippen gaf, gescheiden door spaties</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Tellen</translation>
    </message>
    <message>
      <source>Count this participant's dots</source>
      <translation>De stippen van deze deelnemer tellen</translation>
    </message>
    <message>
      <source>Adds this participant's dots to the tally</source>
      <translation>Telt de stippen van deze deelnemer mee</translation>
    </message>
    <message>
      <source>Top 3</source>
      <translation>Top 3</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klaar</translation>
    </message>
    <message>
      <source>Closes the dot vote; what was counted is already kept</source>
      <translation>Sluit het stemmen met stippen; wat geteld is, is al bewaard</translation>
    </message>
    <message>
      <source>This meeting has no dot vote yet. How many dots does everyone get?</source>
      <translation>Deze vergadering heeft nog geen stemronde met stippen. Hoeveel stippen krijgt iedereen?</translation>
    </message>
    <message>
      <source>%1 · %2 dots each · %3 participants · %4 of the %5 dots counted</source>
      <translation>%1 · %2 stippen per persoon · %3 deelnemers · %4 van de %5 stippen geteld</translation>
    </message>
    <message>
      <source>%1. %2 — %3 dots</source>
      <translation>%1. %2 — %3 stippen</translation>
    </message>
    <message>
      <source>Top 3:</source>
      <translation>Top 3:</translation>
    </message>
  </context>
  <context>
    <name>VotesPanel</name>
    <message>
      <source>Dot votes and priorities</source>
      <translation>Stemmen met stippen en prioriteiten</translation>
    </message>
    <message>
      <source>Priorities with dots</source>
      <translation>Prioriteren met stippen</translation>
    </message>
    <message>
      <source>Vote session</source>
      <translation>Stemronde</translation>
    </message>
    <message>
      <source>Chooses which vote session the tally shows</source>
      <translation>Kiest welke stemronde de telling toont</translation>
    </message>
    <message>
      <source>New vote session</source>
      <translation>Nieuwe stemronde</translation>
    </message>
    <message>
      <source>Starts a new vote session with the chosen number of dots</source>
      <translation>Begint een nieuwe stemronde met het gekozen aantal stippen</translation>
    </message>
    <message>
      <source>Dots each: </source>
      <translation>Stippen p.p.: </translation>
    </message>
    <message>
      <source>Dots per participant for a new session</source>
      <translation>Stippen per deelnemer voor een nieuwe stemronde</translation>
    </message>
    <message>
      <source>How many dots each participant may give in a new session</source>
      <translation>Hoeveel stippen elke deelnemer in een nieuwe stemronde mag geven</translation>
    </message>
    <message>
      <source>Participants: </source>
      <translation>Deelnemers: </translation>
    </message>
    <message>
      <source>Number of participants</source>
      <translation>Aantal deelnemers</translation>
    </message>
    <message>
      <source>How many people took part in the paper vote</source>
      <translation>Hoeveel mensen aan de stemming op papier meededen</translation>
    </message>
    <message>
      <source>Tally per wish</source>
      <translation>Telling per wens</translation>
    </message>
    <message>
      <source>Shows the dots per wish in the chosen vote session</source>
      <translation>Toont de stippen per wens in de gekozen stemronde</translation>
    </message>
    <message>
      <source>Record the paper tally</source>
      <translation>Telling van papier vastleggen</translation>
    </message>
    <message>
      <source>Saves the dots per wish as counted on paper</source>
      <translation>Bewaart de stippen per wens zoals op papier geteld</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Deelnemer</translation>
    </message>
    <message>
      <source>Participant counted on screen</source>
      <translation>Deelnemer die op het scherm wordt geteld</translation>
    </message>
    <message>
      <source>Name or number of the participant whose dots are entered</source>
      <translation>Naam of nummer van de deelnemer wiens stippen worden ingevoerd</translation>
    </message>
    <message>
      <source>Wish numbers, one per dot: 1 1 4</source>
      <translation>Wensnummers, één per stip: 1 1 4</translation>
    </message>
    <message>
      <source>The participant's dots as wish numbers</source>
      <translation>De stippen van de deelnemer als nummers van wensen</translation>
    </message>
    <message>
      <source>The wish numbers this participant gave dots, separated by spaces</source>
      <translation>De nummers van de wensen waaraan deze deelnemer stippen gaf, gescheiden door spaties</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Tellen</translation>
    </message>
    <message>
      <source>Count this participant's dots</source>
      <translation>De stippen van deze deelnemer tellen</translation>
    </message>
    <message>
      <source>Adds this participant's dots to the tally</source>
      <translation>Telt de stippen van deze deelnemer mee</translation>
    </message>
    <message>
      <source>Top </source>
      <translation>Top </translation>
    </message>
    <message>
      <source>How many priorities to keep</source>
      <translation>Hoeveel prioriteiten bewaren</translation>
    </message>
    <message>
      <source>How many wishes with the most dots become priorities</source>
      <translation>Hoeveel wensen met de meeste stippen prioriteit worden</translation>
    </message>
    <message>
      <source>Keep as the round's priorities</source>
      <translation>Bewaren als prioriteiten van de ronde</translation>
    </message>
    <message>
      <source>Keeps the wishes with the most dots as the round's priorities</source>
      <translation>Bewaart de wensen met de meeste stippen als prioriteiten van de ronde</translation>
    </message>
    <message>
      <source>Dot votes</source>
      <translation>Stemmen met stippen</translation>
    </message>
    <message>
      <source>Priorities</source>
      <translation>Prioriteiten</translation>
    </message>
    <message>
      <source>No vote session yet: start a new vote session.</source>
      <translation>Nog geen stemronde: begin een nieuwe stemronde.</translation>
    </message>
    <message>
      <source>Write down wishes first; then the dots can be counted.</source>
      <translation>Schrijf eerst wensen op; daarna kunnen de stippen worden geteld.</translation>
    </message>
    <message>
      <source>%1 dots each · %2 dots counted of the %3 handed out</source>
      <translation>%1 stippen p.p. · %2 stippen geteld van de %3 uitgedeeld</translation>
    </message>
    <message>
      <source>Counted on screen: %1</source>
      <translation>Op het scherm geteld: %1</translation>
    </message>
    <message>
      <source>Dot vote</source>
      <translation>Prioriteren met stippen</translation>
    </message>
    <message>
      <source>Change the number of participants</source>
      <translation>Aantal deelnemers wijzigen</translation>
    </message>
    <message>
      <source>Count dots on screen</source>
      <translation>Stippen op het scherm tellen</translation>
    </message>
    <message>
      <source>Keep the top priorities</source>
      <translation>Topprioriteiten bewaren</translation>
    </message>
  </context>
  <context>
    <name>WindowKeys</name>
    <message>
      <source>Start meeting mode</source>
      <translation>Vergadermodus starten</translation>
    </message>
    <message>
      <source>There is no meeting to start: add a council first.</source>
      <translation>Er is geen vergadering om te starten: voeg eerst een overleg toe.</translation>
    </message>
    <message>
      <source>There is no meeting planned: plan one under Meetings first.</source>
      <translation>Er is geen vergadering gepland: plan er eerst een onder Vergaderingen.</translation>
    </message>
  </context>
  <context>
    <name>WishDialog</name>
    <message>
      <source>New wish</source>
      <translation>Nieuwe wens</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thema</translation>
    </message>
    <message>
      <source>The theme the wish goes under</source>
      <translation>Het thema waaronder de wens valt</translation>
    </message>
    <message>
      <source>The wish, in the residents' own words</source>
      <translation>De wens, in de woorden van de bewoners</translation>
    </message>
    <message>
      <source>The wish as residents put it</source>
      <translation>De wens zoals bewoners hem verwoorden</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>Ingebracht door</translation>
    </message>
    <message>
      <source>Who brought the wish in, if anyone</source>
      <translation>Wie de wens inbracht, als iemand dat deed</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>niet verplicht</translation>
    </message>
    <message>
      <source>T&amp;heme</source>
      <translation>T&amp;hema</translation>
    </message>
    <message>
      <source>&amp;Wish</source>
      <translation>&amp;Wens</translation>
    </message>
    <message>
      <source>&amp;Raised by</source>
      <translation>&amp;Ingebracht door</translation>
    </message>
    <message>
      <source>Add wish</source>
      <translation>Wens toevoegen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Adds the wish to the chosen theme (Ctrl+Enter)</source>
      <translation>Voegt de wens toe aan het gekozen thema (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Write the wish first.</source>
      <translation>Schrijf eerst de wens op.</translation>
    </message>
  </context>
</TS>