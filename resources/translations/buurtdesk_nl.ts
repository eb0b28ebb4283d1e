<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>Labels</name>
    <message>
      <source>en</source>
      <translation>nl</translation>
    </message>
    <message>
      <source>District council</source>
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
      <source>Absent</source>
      <translation>Afwezig</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Gast</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Voorzitter</translation>
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
      <source>Member</source>
      <translation>Lid</translation>
    </message>
    <message>
      <source>Adviser</source>
      <translation>Adviseur</translation>
    </message>
    <message>
      <source>Professional</source>
      <translation>Professional</translation>
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
      <source>Sections</source>
      <translation>Onderdelen</translation>
    </message>
    <message>
      <source>Choose what to work on</source>
      <translation>Kies waar u aan wilt werken</translation>
    </message>
    <message>
      <source>Welcome to BuurtDesk</source>
      <translation>Welkom bij BuurtDesk</translation>
    </message>
    <message>
      <source>There is no council yet. Start with the demo database (buurtdesk --demo) or add a council.</source>
      <translation>Er is nog geen overleg. Begin met de demodatabase (buurtdesk --demo) of voeg een overleg toe.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
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
  </context>
  <context>
    <name>OverviewSection</name>
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
      <translation>%1 over de datum</translation>
    </message>
    <message>
      <source>None overdue</source>
      <translation>Geen over de datum</translation>
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
</TS>