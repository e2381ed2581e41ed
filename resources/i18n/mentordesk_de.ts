<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/builtin.py" line="+22"/>
        <location line="+80"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+58"/>
        <location filename="../../build/i18n/fstring_texts.py" line="+4"/>
        <location line="+10"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+63"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+67"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln Treffen</numerusform>
            <numerusform>%Ln Treffen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/mentordesk/ui/crossroads/evidence_page.py" line="+37"/>
        <source>Advice</source>
        <translation>Ratschläge</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln advice note(s)</source>
        <translation>
            <numerusform>%Ln Ratschlag</numerusform>
            <numerusform>%Ln Ratschläge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/mentordesk/ui/crossroads/history.py" line="+27"/>
        <location filename="../../build/i18n/fstring_texts.py" line="+2"/>
        <source>Asks</source>
        <translation>Anfragen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ask(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln opportunity(s)</source>
        <translation>
            <numerusform>%Ln Chance</numerusform>
            <numerusform>%Ln Chancen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/areas/opportunity_page.py" line="+39"/>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>passed</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline: %1 (%2)</source>
        <translation>Frist: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/areas/person_page.py" line="+37"/>
        <source>Show all %1 (%2 shown)</source>
        <translation>Alle %1 zeigen (%2 angezeigt)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="+19"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last met</source>
        <translation>Zuletzt getroffen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never logged</source>
        <translation>Noch nie erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="+6"/>
        <source>How you met</source>
        <translation>Wie ihr euch kennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="+3"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knows your situation</source>
        <translation>Kennt deine Lage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="-8"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="+3"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/areas/prep.py" line="+132"/>
        <source>No advice recorded.</source>
        <translation>Keine Ratschläge erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing on record.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No open asks either way.</source>
        <translation>Keine offenen Anfragen, in keine Richtung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/reminders.py" line="+32"/>
        <source>%n person(s) overdue for a catch-up</source>
        <translation>
            <numerusform>%n Person wartet schon zu lange auf ein Treffen</numerusform>
            <numerusform>%n Personen warten schon zu lange auf ein Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ask(s) due</source>
        <translation>
            <numerusform>%n Anfrage ist fällig</numerusform>
            <numerusform>%n Anfragen sind fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MentorDesk: today</source>
        <translation>MentorDesk: heute</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show Today</source>
        <translation>Heute anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me about overdue people and asks</source>
        <translation>An überfällige Personen und Anfragen erinnern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/today.py" line="+319"/>
        <source>%n person(s) overdue</source>
        <translation>
            <numerusform>%n Person überfällig</numerusform>
            <numerusform>%n Personen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due this week</source>
        <translation>
            <numerusform>%n diese Woche fällig</numerusform>
            <numerusform>%n diese Woche fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ask(s) waiting</source>
        <translation>
            <numerusform>%n Anfrage wartet</numerusform>
            <numerusform>%n Anfragen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n coming up</source>
        <translation>
            <numerusform>%n steht bevor</numerusform>
            <numerusform>%n stehen bevor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/person_page.py" line="-5"/>
        <location filename="../../src/mentordesk/ui/areas/today.py" line="+50"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/today.py" line="+6"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>morgen fällig</numerusform>
            <numerusform>in %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>For %n week(s)</source>
        <translation>
            <numerusform>Für %n Woche</numerusform>
            <numerusform>Für %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>For %n month(s)</source>
        <translation>
            <numerusform>Für %n Monat</numerusform>
            <numerusform>Für %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/today_chart.py" line="+33"/>
        <source>%n meeting(s) in the last 12 months</source>
        <translation>
            <numerusform>%n Treffen in den letzten 12 Monaten</numerusform>
            <numerusform>%n Treffen in den letzten 12 Monaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/areas/today_install.py" line="+30"/>
        <source>Asks pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prepare for a Meeting…</source>
        <translation>Treffen &amp;vorbereiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reread the last conversation, advice, open asks and promises before you meet</source>
        <translation>Vor dem Treffen das letzte Gespräch, Ratschläge, offene Anfragen und Zusagen nachlesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/assumptions_page.py" line="+24"/>
        <source>Assumption {n}</source>
        <translation>Annahme {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n}: what would need to be true</source>
        <translation>{n}: was stimmen müsste</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <source>What would need to be true</source>
        <translation>Was stimmen müsste</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>{n}: cheap test</source>
        <translation>{n}: günstiger Test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A cheap test: a conversation, a day, a small task</source>
        <translation>Ein günstiger Test: ein Gespräch, ein Tag, eine kleine Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}: who helps with the test</source>
        <translation>{n}: wer beim Test hilft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}: cost</source>
        <translation>{n}: Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. one coffee</source>
        <translation>z. B. ein Kaffee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}: test by</source>
        <translation>{n}: testen bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}: becomes</source>
        <translation>{n}: wird zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n}: stop or commit if</source>
        <translation>{n}: aufhören oder dranbleiben, wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit if …; stop if …</source>
        <translation>Dranbleiben, wenn …; aufhören, wenn …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs to be true:</source>
        <translation>Muss stimmen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cheap test:</source>
        <translation>Günstiger Test:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As:</source>
        <translation>Als:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop or commit if:</source>
        <translation>Aufhören oder dranbleiben, wenn:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>For each option, up to three assumptions, each with a cheap test. Optional.</source>
        <translation>Für jede Option bis zu drei Annahmen, jede mit einem günstigen Test. Freiwillig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who helps, what it costs, by when, and what result means stop or commit. Each test becomes an ask or a meeting when you click Finish, and the revisit date asks for the results.</source>
        <translation>Sag, wer hilft, was es kostet, bis wann, und welches Ergebnis Aufhören oder Dranbleiben bedeutet. Jeder Test wird beim Klick auf „Abschließen“ zu einer Anfrage oder einem Treffen, und am Termin für die Überprüfung wirst du nach den Ergebnissen gefragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assumptions by option</source>
        <translation>Annahmen je Option</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave a box empty to skip it.</source>
        <translation>Lass ein Feld leer, um es zu überspringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggest Tests</source>
        <translation>Tests &amp;vorschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the empty boxes with starting points that name people from your network</source>
        <translation>Die leeren Felder mit Vorschlägen füllen, die Personen aus deinem Netzwerk nennen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (ruled out)</source>
        <translation> (ausgeschlossen)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Please complete: {what}.</source>
        <translation>Bitte ergänzen: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/explore_page.py" line="+18"/>
        <location filename="../../src/mentordesk/ui/crossroads/result.py" line="+34"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/mentordesk/ui/crossroads/result.py" line="+0"/>
        <source>Why them</source>
        <translation>Warum diese Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explore before you choose</source>
        <translation>Erst erkunden, dann wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You don&apos;t know yet what you&apos;d switch to: these are the fields your contacts work in.</source>
        <translation>Du weißt noch nicht, wohin du wechseln würdest: Das sind die Bereiche, in denen deine Kontakte arbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask one person in each for 30 minutes, then come back and choose. Ticked ones become informational-interview asks when you click Finish.</source>
        <translation>Bitte in jedem eine Person um 30 Minuten, dann komm zurück und entscheide. Angehakte werden beim Klick auf „Abschließen“ zu Anfragen für Informationsgespräche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Informational interviews to ask for</source>
        <translation>Informationsgespräche, um die du bitten kannst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Come back and choose on</source>
        <translation>Zurückkommen und entscheiden am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come back and &amp;choose on:</source>
        <translation>Zurückkommen und &amp;entscheiden am:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This becomes the decision&apos;s revisit date: Today reminds you of it.</source>
        <translation>Das wird der Termin, an dem du die Entscheidung überprüfst: „Heute“ erinnert dich daran.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People you know in it: {names}</source>
        <translation>Personen, die du dort kennst: {names}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody in your network works outside your own field yet: the plan will ask a mentor whom to talk to.</source>
        <translation>Noch arbeitet niemand aus deinem Netzwerk außerhalb deines eigenen Bereichs: Der Plan fragt einen Mentor, mit wem du sprechen solltest.</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/gate_page.py" line="+20"/>
        <source>Before you decide again: how did your tests go?</source>
        <translation>Bevor du neu entscheidest: Wie sind deine Tests gelaufen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The revisit date of your last decision has come: record each test&apos;s result.</source>
        <translation>Der Termin zur Überprüfung deiner letzten Entscheidung ist da: Halte das Ergebnis jedes Tests fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A result counts as tested evidence in this decision (above opinion, not fading). Results are saved when you click Next; leave a test at “not yet” to be asked again.</source>
        <translation>Ein Ergebnis zählt in dieser Entscheidung als geprüfter Beleg (mehr als eine Meinung, und es verblasst nicht). Die Ergebnisse werden beim Klick auf „Weiter“ gespeichert; lass einen Test auf „noch nicht“, um wieder gefragt zu werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop or commit: {c}</source>
        <translation>Aufhören oder dranbleiben: {c}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result of: {need}</source>
        <translation>Ergebnis von: {need}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened: {need}</source>
        <translation>Was passiert ist: {need}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Record test results</source>
        <translation>Testergebnisse festhalten</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/history.py" line="-1"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../build/i18n/fstring_texts.py" line="+27"/>
        <source>Certainty</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisit on</source>
        <translation>Überprüfen am</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>certainty</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Crossroads decisions</source>
        <translation>Entscheidungen am Scheideweg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one decision to read or export it, or two to compare them.</source>
        <translation>Wähle eine Entscheidung, um sie zu lesen oder zu exportieren, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past decisions</source>
        <translation>Frühere Entscheidungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Decision…</source>
        <translation>&amp;Neue Entscheidung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read Report</source>
        <translation>Bericht &amp;lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share Version…</source>
        <translation>&amp;Fassung zum Teilen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/mentordesk/ui/crossroads/share_dialog.py" line="+51"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../src/mentordesk/ui/crossroads/wizard.py" line="+136"/>
        <source>Crossroads decision</source>
        <translation>Scheideweg-Entscheidung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare decisions</source>
        <translation>Entscheidungen vergleichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/mentordesk/ui/crossroads/share_dialog.py" line="+31"/>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/mentordesk/ui/crossroads/share_dialog.py" line="+13"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/install.py" line="+50"/>
        <source>Crossroads &amp;Decisions…</source>
        <translation>Scheideweg-&amp;Entscheidungen…</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/pages.py" line="+103"/>
        <source>Problem on this page</source>
        <translation>Problem auf dieser Seite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your situation</source>
        <translation>Deine Lage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you stand today. Rate 1 (bad) to 5 (good) unless the field says otherwise.</source>
        <translation>Wo du heute stehst. Bewerte von 1 (schlecht) bis 5 (gut), sofern das Feld nichts anderes sagt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current organization</source>
        <translation>Aktuelle Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where you work now</source>
        <translation>Wo du jetzt arbeitest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current role</source>
        <translation>Aktuelle Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your job title</source>
        <translation>Deine Stellenbezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well the job is going</source>
        <translation>Wie gut es im Job läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+2"/>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>How happy you are at work</source>
        <translation>Wie zufrieden du bei der Arbeit bist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months since the last raise</source>
        <translation>Monate seit der letzten Gehaltserhöhung</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/money_page.py" line="+33"/>
        <location filename="../../build/i18n/fstring_texts.py" line="-3"/>
        <source>The money</source>
        <translation>Das Geld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the money figures assume. The defaults are cautious; change what you know better. On the result page each figure shows its formula when you hover it.</source>
        <translation>Wovon die Geldbeträge ausgehen. Die Vorgaben sind vorsichtig; ändere, was du besser weißt. Auf der Ergebnisseite zeigt jeder Betrag seine Formel, wenn du mit der Maus darüberfährst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raises you&apos;d get anyway</source>
        <translation>Gehaltserhöhungen, die du ohnehin bekämst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from your situation</source>
        <translation>aus deiner Lage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raises you&apos;d get anyway:</source>
        <translation>Erhöhungen ohnehin:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-time or part-time study</source>
        <translation>Vollzeit- oder Teilzeitstudium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chance of finishing</source>
        <translation>Chance auf einen Abschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan for tuition</source>
        <translation>Kredit für Studiengebühren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan interest</source>
        <translation>Kreditzinsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan repaid over</source>
        <translation>Kredit zurückgezahlt über</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+1"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Study:</source>
        <translation>Studium:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chance of finishing:</source>
        <translation>Abschlusschance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan:</source>
        <translation>Kredit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loan interest (yearly):</source>
        <translation>Kreditzins (jährlich):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaid over:</source>
        <translation>Zurückgezahlt über:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yearly pay once settled in the new field</source>
        <translation>Jahresgehalt, sobald du im neuen Bereich angekommen bist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>today&apos;s pay</source>
        <translation>heutiges Gehalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-year pay cut</source>
        <translation>Gehaltseinbuße im ersten Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years back up to the settled pay</source>
        <translation>Jahre bis zum Gehalt nach dem Einleben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/mentordesk/ui/crossroads/pages.py" line="+0"/>
        <location line="+3"/>
        <location line="+75"/>
        <location line="+1"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months of job search without pay</source>
        <translation>Monate Jobsuche ohne Gehalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay once settled (yearly):</source>
        <translation>Gehalt nach dem Einleben (jährlich):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First-year pay cut:</source>
        <translation>Einbuße im ersten Jahr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to settled pay in:</source>
        <translation>Zurück auf dem Gehalt in:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job search without pay:</source>
        <translation>Jobsuche ohne Gehalt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount rate, real</source>
        <translation>Abzinsungssatz, real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your age</source>
        <translation>Dein Alter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not given (30 working years)</source>
        <translation>nicht angegeben (30 Arbeitsjahre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirement age</source>
        <translation>Rentenalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount rate (real):</source>
        <translation>Abzinsungssatz (real):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your age:</source>
        <translation>Dein Alter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirement age:</source>
        <translation>Rentenalter:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Present values count each year&apos;s pay in today&apos;s money, divided by (1 + discount rate) per year, over your working years; 3% is what FREOPP&apos;s school-ROI studies use.</source>
        <translation>Barwerte rechnen das Gehalt jedes Jahres in heutiges Geld um, geteilt durch (1 + Abzinsungssatz) pro Jahr, über deine Arbeitsjahre; 3 % verwenden die Studien von FREOPP zur Rendite einer Ausbildung.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your age ({age}) is at or past the retirement age ({retire}): change one of them.</source>
        <translation>Dein Alter ({age}) erreicht oder überschreitet das Rentenalter ({retire}): Ändere eines von beiden.</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/pages.py" line="-78"/>
        <source>Promotion prospects</source>
        <translation>Aussicht auf Beförderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsizing risk</source>
        <translation>Risiko eines Stellenabbaus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> of 5 (5 = imminent)</source>
        <translation> von 5 (5 = steht bevor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months of savings</source>
        <translation>Monate an Ersparnissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location constraint</source>
        <translation>Einschränkung beim Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. can&apos;t move: partner&apos;s job</source>
        <translation>z. B. kein Umzug möglich: Job des Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family constraint</source>
        <translation>Einschränkung durch die Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. school pick-ups</source>
        <translation>z. B. Kinder von der Schule abholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time constraint</source>
        <translation>Zeitliche Einschränkung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. two free evenings a week</source>
        <translation>z. B. zwei freie Abende pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide by</source>
        <translation>Entscheiden bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision deadline</source>
        <translation>Frist für die Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current &amp;organization:</source>
        <translation>Aktuelle &amp;Organisation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current &amp;role:</source>
        <translation>Aktuelle &amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well the &amp;job is going:</source>
        <translation>Wie gut der &amp;Job läuft:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Happiness:</source>
        <translation>&amp;Zufriedenheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;raise:</source>
        <translation>Letzte &amp;Erhöhung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Promotion prospects:</source>
        <translation>&amp;Beförderungsaussicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downsizing risk:</source>
        <translation>Stellen&amp;abbau-Risiko:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Savings:</source>
        <translation>Ers&amp;parnisse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>Or&amp;t:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time:</source>
        <translation>&amp;Verfügbare Zeit:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The three options</source>
        <translation>Die drei Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make each option concrete: what improving means, which field or role, which program.</source>
        <translation>Mach jede Option konkret: was Verbessern bedeutet, welcher Bereich oder welche Rolle, welches Programm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A. Improve in place</source>
        <translation>A. Vor Ort verbessern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improve in place: plan</source>
        <translation>Vor Ort verbessern: Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. push for the promotion</source>
        <translation>z. B. auf die Beförderung hinarbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What you would do:</source>
        <translation>&amp;Was du tun würdest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B. Switch fields</source>
        <translation>B. Den Bereich wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target field or role</source>
        <translation>Zielbereich oder -rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. UX research</source>
        <translation>z. B. UX-Forschung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target organization</source>
        <translation>Zielorganisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/mentordesk/ui/crossroads/result.py" line="+67"/>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;don&apos;t know yet what I&apos;d switch to: help me explore</source>
        <translation>Ich weiß &amp;noch nicht, wohin ich wechseln würde: Hilf mir beim Erkunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next page proposes informational interviews with people in the fields your contacts work in, and a date to come back and choose.</source>
        <translation>Die nächste Seite schlägt Informationsgespräche mit Personen aus den Bereichen deiner Kontakte vor, und einen Termin, an dem du zurückkommst und entscheidest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target &amp;field or role:</source>
        <translation>Ziel&amp;bereich oder -rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target o&amp;rganization:</source>
        <translation>Ziel&amp;organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C. Go back to school</source>
        <translation>C. Zurück an die Hochschule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. part-time HCI master&apos;s</source>
        <translation>z. B. berufsbegleitender Master in HCI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Lakeside University</source>
        <translation>z. B. Universität am See</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuition, total</source>
        <translation>Studiengebühren, gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months full-time</source>
        <translation>Monate in Vollzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months part-time</source>
        <translation>Monate in Teilzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your yearly income now</source>
        <translation>Dein Jahreseinkommen jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly income after graduating</source>
        <translation>Jahreseinkommen nach dem Abschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cautious default (+10%)</source>
        <translation>vorsichtige Vorgabe (+10 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer tuition support per year</source>
        <translation>Zuschuss des Arbeitgebers pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also weigh D, “School, then switch”: this program first, then the move in B</source>
        <translation>Auch D abwägen, „Erst studieren, dann wechseln“: zuerst dieses Programm, dann der Wechsel aus B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also weigh School, then switch</source>
        <translation>Auch „Erst studieren, dann wechseln“ abwägen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;School:</source>
        <translation>&amp;Hochschule:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;uition (total):</source>
        <translation>Studien&amp;gebühren (gesamt):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length full-time:</source>
        <translation>Dauer in Vollzeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length part-time:</source>
        <translation>Dauer in Teilzeit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Income now (yearly):</source>
        <translation>&amp;Einkommen jetzt (jährlich):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income &amp;after (yearly):</source>
        <translation>Einkommen &amp;danach (jährlich):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer suppor&amp;t (yearly):</source>
        <translation>&amp;Zuschuss des Arbeitgebers (jährlich):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the program (C)</source>
        <translation>das Programm (C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target field or role (B), or tick “I don&apos;t know yet”</source>
        <translation>den Zielbereich oder die Zielrolle (B), oder hake „Ich weiß noch nicht“ an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please name {what}.</source>
        <translation>Bitte nenne {what}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Must-haves</source>
        <translation>Muss-Kriterien</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Conditions an option must meet. Tick the options that cannot meet one: they are ruled out, not scored.</source>
        <translation>Bedingungen, die eine Option erfüllen muss. Hake die Optionen an, die eine davon nicht erfüllen können: Sie werden ausgeschlossen, nicht bewertet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Must-have</source>
        <translation>Muss-Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules out {letter}</source>
        <translation>Schließt {letter} aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New must-have</source>
        <translation>Neues Muss-Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. no relocation, income must cover rent</source>
        <translation>z. B. kein Umzug, das Einkommen muss die Miete decken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>What matters to you</source>
        <translation>Was dir wichtig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much does each criterion matter, 0 (not at all) to 10? The shares on the right are the weights used.</source>
        <translation>Wie wichtig ist dir jedes Kriterium, von 0 (gar nicht) bis 10? Die Anteile rechts sind die verwendeten Gewichte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+48"/>
        <location line="+10"/>
        <source>5 means: {meaning}</source>
        <translation>5 heißt: {meaning}</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+13"/>
        <source>{value}/10 → {share:.0f}%</source>
        <translation>{value}/10 → {share:.0f} %</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Score the options</source>
        <translation>Die Optionen bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each option 1 (poor) to 5 (excellent) on each criterion. Network support is scored from your advice notes.</source>
        <translation>Gib jeder Option bei jedem Kriterium 1 (schwach) bis 5 (hervorragend). Der Rückhalt im Netzwerk wird aus deinen Ratschlägen berechnet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>{label} for {option}</source>
        <translation>{label} für {option}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;br/&gt;&lt;small&gt;unscored: from B and C&lt;/small&gt;</source>
        <translation>&lt;br/&gt;&lt;small&gt;nicht bewertet: aus B und C&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{score:.1f} from advice</source>
        <translation>{score:.1f} aus Ratschlägen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gut check</source>
        <translation>Bauchgefühl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before you see the result: which option does your gut pick, and how sure are you of your scores?</source>
        <translation>Bevor du das Ergebnis siehst: Welche Option wählt dein Bauch, und wie sicher bist du dir bei deinen Bewertungen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Improve in place</source>
        <translation>&amp;Vor Ort verbessern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Switch fields</source>
        <translation>Den &amp;Bereich wechseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back to sc&amp;hool</source>
        <translation>Zurück an die &amp;Hochschule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School, &amp;then switch</source>
        <translation>Erst studieren, &amp;dann wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No &amp;gut feeling</source>
        <translation>Kein &amp;Bauchgefühl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confidence in your scores</source>
        <translation>Sicherheit bei deinen Bewertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>{v} of 5</source>
        <translation>{v} von 5</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Con&amp;fidence in your scores:</source>
        <translation>&amp;Sicherheit bei den Bewertungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gut note</source>
        <translation>Notiz zum Bauchgefühl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What do you feel when you imagine each choice?</source>
        <translation>Was fühlst du, wenn du dir jede Wahl vorstellst?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/mentordesk/ui/crossroads/result.py" line="+3"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/evidence_page.py" line="+0"/>
        <location filename="../../src/mentordesk/ui/crossroads/explore_page.py" line="-51"/>
        <location filename="../../src/mentordesk/ui/crossroads/result.py" line="-70"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies</source>
        <translation>Zutreffend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What your network said</source>
        <translation>Was dein Netzwerk gesagt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice counts more from people you trust, who know your situation, who work in the field or made the move, and when it is recent. Untick advice that no longer applies.</source>
        <translation>Ratschläge zählen mehr von Personen, denen du vertraust, die deine Lage kennen, die im Bereich arbeiten oder den Wechsel geschafft haben, und wenn sie neu sind. Entferne den Haken bei Ratschlägen, die nicht mehr zutreffen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People who work in the target field</source>
        <translation>Personen, die im Zielbereich arbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Advice from your network</source>
        <translation>Ratschläge aus deinem Netzwerk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why this advice counts as it does</source>
        <translation>Warum dieser Ratschlag so zählt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Who works in {target}?</source>
        <translation>Wer arbeitet in {target}?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Matched by their title or field</source>
        <translation>Zugeordnet über Titel oder Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares a word with {target}: tick if they count</source>
        <translation>Hat ein Wort mit {target} gemeinsam: anhaken, wenn die Person zählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked people count as working in {target}: their advice on switching weighs more, and the plan asks them. Correct what word matching got wrong.</source>
        <translation>Angehakte Personen zählen als in {target} tätig: Ihr Rat zum Wechsel wiegt mehr, und der Plan fragt sie. Korrigiere, was der Wortabgleich falsch zugeordnet hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody in your network seems to work in {target}.</source>
        <translation>Niemand in deinem Netzwerk scheint in {target} zu arbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} less trusted people who share a word with {target} are not listed.</source>
        <translation>{n} weniger vertraute Personen, die ein Wort mit {target} gemeinsam haben, sind nicht aufgeführt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About {target}?</source>
        <translation>Über {target}?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>({n} notes)</source>
        <translation>({n} Notizen)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>(no meeting)</source>
        <translation>(kein Treffen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does this advice apply to {target}? Untick advice about another field: it then does not count.</source>
        <translation>Betrifft dieser Ratschlag {target}? Entferne den Haken bei Ratschlägen zu einem anderen Bereich: Sie zählen dann nicht.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a note to see why it counts as it does. ✔ for, ✘ against, ⚠ conflict of interest (counts half).</source>
        <translation>Wähle einen Ratschlag, um zu sehen, warum er so zählt. ✔ dafür, ✘ dagegen, ⚠ Interessenkonflikt (zählt halb).</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+60"/>
        <source>aside</source>
        <translation>beiseite</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{text}” — {person}{where}. {stance}, weight {weight:.2f}: {why}.</source>
        <translation>„{text}“ – {person}{where}. {stance}, Gewicht {weight:.2f}: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflict of interest: {why}; counts half.</source>
        <translation>Interessenkonflikt: {why}; zählt halb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About another field than {target}: it does not count.</source>
        <translation>Über einen anderen Bereich als {target}: zählt nicht.</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/result.py" line="+4"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick your option, tick the asks to create and set a date to revisit. Nothing is saved until you click Finish.</source>
        <translation>Wähle deine Option, hake die Anfragen an, die angelegt werden sollen, und lege einen Termin zur Überprüfung fest. Gespeichert wird erst beim Klick auf „Abschließen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The result</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result summary</source>
        <translation>Zusammenfassung des Ergebnisses</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <location filename="../../build/i18n/fstring_texts.py" line="+4"/>
        <source>What would flip it</source>
        <translation>Was es kippen würde</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>How the leader&apos;s lead moves as each weight goes from 0 to 10 (the line: now; left of the dashed line another option would win; hover a bar):</source>
        <translation>Wie sich der Vorsprung der führenden Option ändert, wenn jedes Gewicht von 0 bis 10 läuft (die Linie: jetzt; links der gestrichelten Linie gewänne eine andere Option; zeige auf einen Balken):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Present values in today&apos;s money over your working years; hover a figure for its formula and numbers.</source>
        <translation>Barwerte in heutigem Geld über deine Arbeitsjahre; zeige auf einen Betrag für Formel und Zahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your choice</source>
        <translation>Deine Wahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;choice:</source>
        <translation>Deine &amp;Wahl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested asks</source>
        <translation>Vorgeschlagene Anfragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asks to create (ticked ones become asks with due dates):</source>
        <translation>Anzulegende Anfragen (angehakte werden zu Anfragen mit Fälligkeit):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revisit the decision on</source>
        <translation>Die Entscheidung überprüfen am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision note</source>
        <translation>Notiz zur Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revisit on:</source>
        <translation>Über&amp;prüfen am:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share Version for a Mentor…</source>
        <translation>&amp;Fassung für einen Mentor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you&apos;d like from one person, your tests, the next 90 days and Plan B and Z: without sensitive people or weights</source>
        <translation>Was du dir von einer Person wünschst, deine Tests, die nächsten 90 Tage und Plan B und Z: ohne vertrauliche Personen und ohne Gewichte</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Revisit on or after {day}, the last test&apos;s date: the revisit asks for the tests&apos; results.</source>
        <translation>Überprüfe am oder nach dem {day}, dem Datum des letzten Tests: Die Überprüfung fragt nach den Testergebnissen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every option is ruled out by a must-have. Go back and relax one.</source>
        <translation>Jede Option ist durch ein Muss-Kriterium ausgeschlossen. Geh zurück und lockere eines.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No single change of one weight or one score would change the winner.</source>
        <translation>Keine einzelne Änderung eines Gewichts oder einer Bewertung würde den Gewinner ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (see “What would flip it” for {n} more)</source>
        <translation> (weitere {n} unter „Was es kippen würde“)</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/share_dialog.py" line="-68"/>
        <source>Share version for a mentor</source>
        <translation>Fassung zum Teilen mit einem Mentor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whom it is for</source>
        <translation>Für wen sie ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymise quotes (no names in what people told you)</source>
        <translation>Zitate &amp;anonymisieren (keine Namen bei dem, was dir gesagt wurde)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {n}</source>
        <translation>Frage {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A question for this person</source>
        <translation>Eine Frage an diese Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question &amp;{n}:</source>
        <translation>Frage &amp;{n}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share version preview</source>
        <translation>Vorschau der Fassung zum Teilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export share version</source>
        <translation>Fassung zum Teilen exportieren</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/wizard.py" line="-78"/>
        <source>Crossroads: improve, switch or go back to school</source>
        <translation>Scheideweg: verbessern, wechseln oder zurück an die Hochschule</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Crossroads</source>
        <translation>Scheideweg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading your network…</source>
        <translation>Dein Netzwerk wird gelesen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Decision not saved</source>
        <translation>Entscheidung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/exchange/install.py" line="+52"/>
        <source>Find D&amp;uplicates…</source>
        <translation>&amp;Doppelte finden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find people entered twice and merge them</source>
        <translation>Doppelt erfasste Personen finden und zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/help.py" line="+37"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>About MentorDesk</source>
        <translation>Über MentorDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Organize the people who help you get unstuck at work: mentors, coaches, friends, former managers and insiders, the advice they gave and what you asked of them.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Behalte die Menschen im Blick, die dir helfen, wenn du bei der Arbeit feststeckst: Mentoren, Coaches, Freunde, frühere Führungskräfte und Insider, ihre Ratschläge und worum du sie gebeten hast.&lt;/p&gt;&lt;p&gt;Deine Daten bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Lizenzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The licences of MentorDesk and the software it includes</source>
        <translation>Die Lizenzen von MentorDesk und der enthaltenen Software</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/safety/check.py" line="+111"/>
        <source>The damaged file was set aside and the newest good backup restored.</source>
        <translation>Die beschädigte Datei wurde beiseitegelegt und die neueste intakte Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/safety/errors.py" line="+49"/>
        <source>Something Went Wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MentorDesk ran into an unexpected problem. Your data is safe and what you were editing is still open: save it, and please report the details.</source>
        <translation>MentorDesk ist auf ein unerwartetes Problem gestoßen. Deine Daten sind sicher, und was du bearbeitet hast, ist noch offen: Speichere es und melde bitte die Details.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/safety/opening.py" line="+53"/>
        <source>Already Open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already open in another MentorDesk (process %2). Close it there first.</source>
        <translation>%1 ist bereits in einem anderen MentorDesk geöffnet (Prozess %2). Schließe die Datei zuerst dort.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Your Data Is Damaged</source>
        <translation>Deine Daten sind beschädigt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 is damaged (%2) and there is no good backup to restore. MentorDesk will not open it; the file is left exactly as it is.</source>
        <translation>%1 ist beschädigt (%2), und es gibt keine intakte Sicherung zum Wiederherstellen. MentorDesk öffnet die Datei nicht; sie bleibt genau so, wie sie ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged (%2).

The newest good backup is from %3 (%4). Restore it? The damaged file is kept beside it, and no backup is changed.</source>
        <translation>%1 ist beschädigt (%2).

Die neueste intakte Sicherung ist vom %3 (%4). Wiederherstellen? Die beschädigte Datei wird daneben aufbewahrt, und keine Sicherung wird verändert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+34"/>
        <source>MentorDesk Cannot Open Your Data</source>
        <translation>MentorDesk kann deine Daten nicht öffnen</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>The database could not be opened:

%1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden:

%1</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/sync/controller.py" line="+353"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="-10"/>
        <location line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>How you call them, e.g. Maya Chen</source>
        <translation>Wie du die Person nennst, z. B. Maya Chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Director of Product</source>
        <translation>z. B. Leiterin Produktmanagement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you know them</source>
        <translation>Woher du die Person kennst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Former team lead</source>
        <translation>z. B. frühere Teamleiterin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust (1–5)</source>
        <translation>Vertrauen (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch (days)</source>
        <translation>Kontakt halten (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knows my situation at work</source>
        <translation>Kennt meine Lage bei der Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive: hide in privacy mode</source>
        <translation>Vertraulich: im Privatsphäre-Modus ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+26"/>
        <location line="+12"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/explore_page.py" line="+0"/>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="-50"/>
        <source>Field</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="+0"/>
        <source>e.g. Healthcare technology</source>
        <translation>z. B. Medizintechnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/evidence_page.py" line="-202"/>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="+6"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="+1"/>
        <location line="+25"/>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/result.py" line="-134"/>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/fields.py" line="+0"/>
        <source>One line: what it was about</source>
        <translation>Eine Zeile: worum es ging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <comment>the advice note&apos;s text</comment>
        <translation>Ratschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I acted on it</source>
        <translation>Ich habe danach gehandelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../build/i18n/core_texts.py" line="+115"/>
        <source>For</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. UX researcher role at Pixelforge</source>
        <translation>z. B. Stelle als UX-Forscherin bei Pixelforge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanked them</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role or program</source>
        <translation>Stelle oder Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Junior UX Researcher</source>
        <translation>z. B. Junior UX Researcher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. https://example.com/jobs/7</source>
        <translation>z. B. https://example.com/jobs/7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/result_parts.py" line="+53"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm: {text}</source>
        <translation>Bestätigen: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this score as it is; unconfirmed, it lowers the certainty</source>
        <translation>Diese Bewertung so lassen; unbestätigt senkt sie die Sicherheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add as Must-Have</source>
        <translation>Als Muss-Kriterium hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add must-have: {text}</source>
        <translation>Muss-Kriterium hinzufügen: {text}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Money figures</source>
        <translation>Geldbeträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No money figures.</source>
        <translation>Keine Geldbeträge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No single change of one weight (0–10) or one score (1–5) would change the winner.</source>
        <translation>Keine einzelne Änderung eines Gewichts (0–10) oder einer Bewertung (1–5) würde den Gewinner ändern.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sensitivity of the result to each weight</source>
        <translation>Wie empfindlich das Ergebnis auf jedes Gewicht reagiert</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{leader} still leads by {lead:.2f}</source>
        <translation>{leader} führt weiter mit {lead:.2f}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} would win</source>
        <translation>{names} würde gewinnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tie</source>
        <translation>ein Gleichstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}, now {now} of 10. At 0: {low}. At 10: {high}.</source>
        <translation>{label}, jetzt {now} von 10. Bei 0: {low}. Bei 10: {high}.</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/areas/organization_page.py" line="+61"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now at %1</source>
        <translation>jetzt bei %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_texts.py" line="-25"/>
        <source>Improve in place</source>
        <translation>Vor Ort verbessern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch fields</source>
        <translation>Den Bereich wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to school</source>
        <translation>Zurück an die Hochschule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School, then switch</source>
        <translation>Erst studieren, dann wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income and security</source>
        <translation>Einkommen und Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pays well and steadily</source>
        <translation>zahlt gut und verlässlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest fit</source>
        <translation>Passt zu deinen Interessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work you would enjoy</source>
        <translation>Arbeit, die dir Freude machen würde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill fit</source>
        <translation>Passt zu deinen Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uses what you are good at</source>
        <translation>nutzt, was du gut kannst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation needed</source>
        <translation>Nötige Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>little preparation needed</source>
        <translation>wenig Vorbereitung nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first result</source>
        <translation>Zeit bis zum ersten Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results come quickly</source>
        <translation>Ergebnisse kommen schnell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low risk</source>
        <translation>geringes Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit with the rest of life</source>
        <translation>Passt zum übrigen Leben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits family, time and place</source>
        <translation>passt zu Familie, Zeit und Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network support</source>
        <translation>Rückhalt im Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the people you trust back it</source>
        <translation>die Menschen, denen du vertraust, unterstützen es</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/explore_page.py" line="+0"/>
        <location filename="../../src/mentordesk/ui/crossroads/result.py" line="-20"/>
        <location filename="../../build/i18n/core_texts.py" line="+1"/>
        <source>Ask</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/crossroads/evidence_page.py" line="+0"/>
        <location filename="../../build/i18n/core_texts.py" line="+1"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_texts.py" line="+1"/>
        <source>Held: commit</source>
        <translation>Hat sich bestätigt: dranbleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: stop</source>
        <translation>Ist gescheitert: aufhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation letter</source>
        <translation>Empfehlungsbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume review</source>
        <translation>Lebenslauf-Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informational interview</source>
        <translation>Infogespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../../build/i18n/fstring_texts.py" line="-41"/>
        <source>People there now</source>
        <translation>Wer jetzt dort arbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open opportunities</source>
        <translation>Offene Chancen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody you know works there now.</source>
        <translation>Niemand, den du kennst, arbeitet jetzt dort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worked there before</source>
        <translation>Hat früher dort gearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings with anyone there yet.</source>
        <translation>Noch keine Treffen mit jemandem von dort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open opportunities there.</source>
        <translation>Keine offenen Chancen dort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest %1 of %2.</source>
        <translation>Die neuesten %1 von %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles over time</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No current job recorded</source>
        <translation>Keine aktuelle Stelle erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice they gave</source>
        <translation>Ratschläge von dieser Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings logged yet.</source>
        <translation>Noch keine Treffen erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No advice recorded yet.</source>
        <translation>Noch keine Ratschläge erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No asks to or from them yet.</source>
        <translation>Noch keine Anfragen an oder von dieser Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acted on</source>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Last conversation</source>
        <translation>Letztes Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their advice</source>
        <translation>Ihre Ratschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you promised them</source>
        <translation>Was du zugesagt hast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open asks</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they asked you</source>
        <translation>wurdest gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle with care:</source>
        <translation>Mit Feingefühl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They may not know your situation yet.</source>
        <translation>Die Person kennt deine Lage vielleicht noch nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting:</source>
        <translation>Treffen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversation logged yet.</source>
        <translation>Noch kein Gespräch erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you asked them</source>
        <translation>du hast gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank them for</source>
        <translation>Bedanken für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you acted on it</source>
        <translation>du hast danach gehandelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} switch notes are about another target and do not count.</source>
        <translation>{n} Ratschläge zum Wechsel betreffen ein anderes Ziel und zählen nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps in your network</source>
        <translation>Lücken in deinem Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{option}: your {criterion} score {given:g} counts as {used:g} ({reason})</source>
        <translation>{option}: deine Bewertung für {criterion}, {given:g}, zählt als {used:g} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruled out: </source>
        <translation>ausgeschlossen: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your situation changed these scores</source>
        <translation>Deine Lage hat diese Bewertungen verändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {n} more changes of the same kind, each larger.</source>
        <translation>und {n} weitere Änderungen derselben Art, jede größer.</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/today_chart.py" line="-11"/>
        <source>Meetings per month</source>
        <translation>Treffen pro Monat</translation>
    </message>
</context>
<context>
    <name>AdviceRow</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/log_meeting.py" line="+36"/>
        <source>Advice from</source>
        <translation>Rat von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice about</source>
        <translation>Rat zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What did they advise?</source>
        <translation>Was wurde dir geraten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Ratschlag</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Remove this advice note</source>
        <translation>Diesen Ratschlag entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>AsksPipeline</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/pipeline.py" line="+142"/>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected ask to another status</source>
        <translation>Die gewählte Anfrage in einen anderen Status verschieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next step →</source>
        <translation>Nächster Schritt →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected ask one step along (idea → asked → in progress → done)</source>
        <translation>Die gewählte Anfrage einen Schritt weiter (Idee → gefragt → in Arbeit → erledigt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag a card to another column, or select it and click.</source>
        <translation>Zieh eine Karte in eine andere Spalte, oder wähle sie aus und klicke.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark as thanked</source>
        <translation>Als bedankt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asks pipeline</source>
        <translation>Anfragen-Pipeline</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No asks yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each ask you make (a referral, an introduction, a letter, a review) moves from idea to asked, in progress and done, so none is forgotten.</source>
        <translation>Jede Anfrage (eine Empfehlung, eine Vorstellung, ein Schreiben, eine Durchsicht) wandert von der Idee über „Gefragt“ und „In Arbeit“ bis „Erledigt“, damit keine vergessen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add an Ask</source>
        <translation>Anfrage &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you ask</source>
        <translation>du fragst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>they ask</source>
        <translation>fragt dich</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Move to %1</source>
        <translation>Nach „%1“ verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not move the ask</source>
        <translation>Die Anfrage konnte nicht verschoben werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You last met %1 on %2, over six months ago.</source>
        <translation>Du hast %1 zuletzt am %2 getroffen, vor über sechs Monaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no meeting with %1 on record.</source>
        <translation>Du hast kein Treffen mit %1 erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm up first: catch up before asking for a favour. Ask anyway?</source>
        <translation>Erst Kontakt pflegen: Meld dich, bevor du um einen Gefallen bittest. Trotzdem fragen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm up first</source>
        <translation>Erst Kontakt pflegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is done. Remember to thank %2.</source>
        <translation>„%1“ ist erledigt. Denk daran, dich bei %2 zu bedanken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not update the ask</source>
        <translation>Die Anfrage konnte nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>AttendeeList</name>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/pickers.py" line="+142"/>
        <source>Add someone: type a name, then Enter</source>
        <translation>Namen eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add attendee</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../src/mentordesk/ui/safety/actions.py" line="+55"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/sync/conflicts.py" line="+40"/>
        <source>Sync Conflicts</source>
        <translation>Synchronisationskonflikte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both versions, field by field</source>
        <translation>Beide Fassungen, Feld für Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tick the version of each field to keep, then Merge; or keep one whole version.</source>
        <translation>Hake je Feld die Fassung an, die bleiben soll, dann „Zusammenführen“; oder behalte eine ganze Fassung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;This Computer&apos;s</source>
        <translation>Die dieses &amp;Computers behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;Server&apos;s</source>
        <translation>Die des &amp;Servers behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge Ticked Fields</source>
        <translation>Angehakte Felder &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No conflicts left.</source>
        <translation>Keine Konflikte mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Sync conflict</source>
        <translation>Synchronisationskonflikt</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_texts.py" line="+129"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on this computer, changed on the server</source>
        <translation>Auf diesem Computer gelöscht, auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on this computer, deleted on the server</source>
        <translation>Auf diesem Computer geändert, auf dem Server gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on this computer and on the server</source>
        <translation>Auf diesem Computer und auf dem Server geändert</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitcher</name>
    <message>
        <location filename="../../src/mentordesk/ui/databases.py" line="+64"/>
        <source>New &amp;Database…</source>
        <translation>Neue &amp;Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty database file</source>
        <translation>Eine neue, leere Datenbankdatei anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database file</source>
        <translation>Eine andere Datenbankdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Recen&amp;t</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Not a MentorDesk Database</source>
        <translation>Keine MentorDesk-Datenbank</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 already exists and is not a MentorDesk database. It was left as it is; choose another name.</source>
        <translation>%1 gibt es schon, und es ist keine MentorDesk-Datenbank. Die Datei bleibt, wie sie ist; wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is already open.</source>
        <translation>%1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 belongs to another program; MentorDesk did not open it.</source>
        <translation>%1 gehört zu einem anderen Programm; MentorDesk hat die Datei nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already Open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already open in another MentorDesk (process %2). Close it there first; this window stays on %3.</source>
        <translation>%1 ist bereits in einem anderen MentorDesk geöffnet (Prozess %2). Schließe die Datei zuerst dort; dieses Fenster bleibt bei %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database Not Opened</source>
        <translation>Datenbank nicht geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not opened; MentorDesk is still on %2.</source>
        <translation>%1 wurde nicht geöffnet; MentorDesk bleibt bei %2.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/forms.py" line="+60"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../../src/mentordesk/ui/exchange/merge_dialog.py" line="+132"/>
        <source>Find Duplicates</source>
        <translation>Doppelte finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely duplicate pairs</source>
        <translation>Wahrscheinlich doppelte Paare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n wahrscheinlich doppeltes Paar</numerusform>
            <numerusform>%n wahrscheinlich doppelte Paare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncodingChoice</name>
    <message>
        <location filename="../../src/mentordesk/ui/exchange/encoding_choice.py" line="+18"/>
        <source>Text encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not say how its letters are written; pick the one under which the names in the preview read right</source>
        <translation>Die Datei sagt nicht, wie ihre Buchstaben geschrieben sind; wähle die Kodierung, unter der die Namen in der Vorschau richtig lesbar sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text &amp;encoding:</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/exchange/export.py" line="+34"/>
        <location line="+55"/>
        <location line="+8"/>
        <location line="+19"/>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vCard 3.0 (.vcf)</source>
        <translation>vCard 3.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Everyone</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selected people (%1)</source>
        <translation>&amp;Ausgewählte Personen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a file to write.</source>
        <translation>Wähle eine Datei, in die geschrieben wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_texts.py" line="-91"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts CSV</source>
        <translation>Google-Kontakte-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook CSV</source>
        <translation>Outlook-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn Connections.csv</source>
        <translation>LinkedIn Connections.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar (.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MentorDesk JSON (whole database)</source>
        <translation>MentorDesk-JSON (ganze Datenbank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name prefix (Dr., Ms.)</source>
        <translation>Namenspräfix (Dr., Frau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name suffix (Jr., PhD)</source>
        <translation>Namenssuffix (Jr., PhD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday (kept for export)</source>
        <translation>Geburtstag (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: PO box (kept for export)</source>
        <translation>Adresse: Postfach (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: extended (apartment, suite) (kept for export)</source>
        <translation>Adresse: Zusatz (Wohnung, Büro) (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: street (kept for export)</source>
        <translation>Adresse: Straße (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: city (kept for export)</source>
        <translation>Adresse: Ort (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: region (state) (kept for export)</source>
        <translation>Adresse: Region (Bundesland) (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: postal code (kept for export)</source>
        <translation>Adresse: Postleitzahl (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: country (kept for export)</source>
        <translation>Adresse: Land (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: label (Home, Work) (kept for export)</source>
        <translation>Adresse: Bezeichnung (Privat, Arbeit) (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: as one text (kept for export)</source>
        <translation>Adresse: als ein Text (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email (home)</source>
        <translation>E-Mail (privat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email (work)</source>
        <translation>E-Mail (Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (mobile)</source>
        <translation>Telefon (mobil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (home)</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (work)</source>
        <translation>Telefon (Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (main)</source>
        <translation>Telefon (Haupt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (pager)</source>
        <translation>Telefon (Pager)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (fax)</source>
        <translation>Telefon (Fax)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (home fax)</source>
        <translation>Telefon (Fax privat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (work fax)</source>
        <translation>Telefon (Fax Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (work mobile)</source>
        <translation>Telefon (mobil Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (work pager)</source>
        <translation>Telefon (Pager Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department (added to notes)</source>
        <translation>Abteilung (zu den Notizen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (added to notes)</source>
        <translation>Webseite (zu den Notizen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met how</source>
        <translation>Kennengelernt wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met where</source>
        <translation>Kennengelernt wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing contacts</source>
        <translation>Kontakte werden geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing events</source>
        <translation>Termine werden geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading events</source>
        <translation>Termine werden gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading cards</source>
        <translation>Karten werden gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing cards</source>
        <translation>Karten werden geschrieben</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../src/mentordesk/ui/preferences.py" line="+41"/>
        <source>The area I used last</source>
        <translation>Den zuletzt genutzten Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask before deleting a person with meetings, advice or asks</source>
        <translation>Nachfragen, bevor eine Person mit Treffen, Ratschlägen oder Anfragen gelöscht wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open MentorDesk on:</source>
        <translation>MentorDesk öffnen mit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance:</source>
        <translation>Aussehen:</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/help.py" line="-95"/>
        <source>How to use MentorDesk</source>
        <translation>So benutzt du MentorDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The help page is missing from this installation.</source>
        <translation>Die Hilfeseite fehlt in dieser Installation.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/exchange/import_dialog.py" line="+50"/>
        <location line="+128"/>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of file:</source>
        <translation>&amp;Art der Datei:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns: choose what each one holds</source>
        <translation>Spalten: Wähle, was jede enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file, then preview what will be imported.</source>
        <translation>Wähle eine Datei, dann sieh dir in der Vorschau an, was importiert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad records</source>
        <translation>Fehlerhafte Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes: what was repaired, left out or needs a look (line and what):</source>
        <translation>Hinweise: was repariert, weggelassen wurde oder geprüft werden sollte (Zeile und was):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes on the file</source>
        <translation>Hinweise zur Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicates: check to import anyway</source>
        <translation>Wahrscheinlich doppelt: zum Importieren trotzdem anhaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the &amp;valid ones and leave out the bad records</source>
        <translation>Die &amp;gültigen importieren und die fehlerhaften Datensätze weglassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+214"/>
        <source>People to import</source>
        <translation>Zu importierende Personen</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>People to import (preview first):</source>
        <translation>Zu importierende Personen (zuerst die Vorschau):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bad records (line in the file and reason):</source>
        <translation>Fehlerhafte Datensätze (Zeile in der Datei und Grund):</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+194"/>
        <source>Likely duplicates of people you have (check to import anyway):</source>
        <translation>Wahrscheinlich doppelt zu vorhandenen Personen (zum Importieren trotzdem anhaken):</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose the kind of file: its extension does not tell.</source>
        <translation>Wähle die Art der Datei: Ihre Endung verrät es nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1: %2 (%3)</source>
        <translation>Zeile %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+28"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <location line="+29"/>
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n wahrscheinlich doppelt</numerusform>
            <numerusform>%n wahrscheinlich doppelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n bad record(s)</source>
        <translation>
            <numerusform>%n fehlerhafter Datensatz</numerusform>
            <numerusform>%n fehlerhafte Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n note(s) below.</source>
        <translation>
            <numerusform>%n Hinweis unten.</numerusform>
            <numerusform>%n Hinweise unten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meetings to import</source>
        <translation>Zu importierende Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People to import (%1, %2):</source>
        <translation>Zu importierende Personen (%1, %2):</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nothing is imported unless you choose to import the valid ones.</source>
        <translation>Es wird nichts importiert, außer du entscheidest dich, die gültigen zu importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check: </source>
        <translation>prüfen: </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Meetings to import (%1, %2):</source>
        <translation>Zu importierende Treffen (%1, %2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings you have logged already (check to import anyway):</source>
        <translation>Treffen, die du schon erfasst hast (zum Importieren trotzdem anhaken):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People to import:</source>
        <translation>Zu importierende Personen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings to import:</source>
        <translation>Zu importierende Treffen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing contacts…</source>
        <translation>Kontakte werden importiert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import from %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a file to import.</source>
        <translation>Wähle eine Datei zum Importieren.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_texts.py" line="-109"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts CSV</source>
        <translation>Google-Kontakte-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook CSV</source>
        <translation>Outlook-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn Connections.csv</source>
        <translation>LinkedIn Connections.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar (.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MentorDesk JSON (whole database)</source>
        <translation>MentorDesk-JSON (ganze Datenbank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name prefix (Dr., Ms.)</source>
        <translation>Namenspräfix (Dr., Frau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name suffix (Jr., PhD)</source>
        <translation>Namenssuffix (Jr., PhD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday (kept for export)</source>
        <translation>Geburtstag (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: PO box (kept for export)</source>
        <translation>Adresse: Postfach (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: extended (apartment, suite) (kept for export)</source>
        <translation>Adresse: Zusatz (Wohnung, Büro) (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: street (kept for export)</source>
        <translation>Adresse: Straße (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: city (kept for export)</source>
        <translation>Adresse: Ort (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: region (state) (kept for export)</source>
        <translation>Adresse: Region (Bundesland) (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: postal code (kept for export)</source>
        <translation>Adresse: Postleitzahl (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: country (kept for export)</source>
        <translation>Adresse: Land (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: label (Home, Work) (kept for export)</source>
        <translation>Adresse: Bezeichnung (Privat, Arbeit) (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: as one text (kept for export)</source>
        <translation>Adresse: als ein Text (für den Export aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email (home)</source>
        <translation>E-Mail (privat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email (work)</source>
        <translation>E-Mail (Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (mobile)</source>
        <translation>Telefon (mobil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (home)</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (work)</source>
        <translation>Telefon (Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (main)</source>
        <translation>Telefon (Haupt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (pager)</source>
        <translation>Telefon (Pager)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (fax)</source>
        <translation>Telefon (Fax)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (home fax)</source>
        <translation>Telefon (Fax privat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (work fax)</source>
        <translation>Telefon (Fax Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (work mobile)</source>
        <translation>Telefon (mobil Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (work pager)</source>
        <translation>Telefon (Pager Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department (added to notes)</source>
        <translation>Abteilung (zu den Notizen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (added to notes)</source>
        <translation>Webseite (zu den Notizen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met how</source>
        <translation>Kennengelernt wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met where</source>
        <translation>Kennengelernt wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing contacts</source>
        <translation>Kontakte werden geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing events</source>
        <translation>Termine werden geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading events</source>
        <translation>Termine werden gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading cards</source>
        <translation>Karten werden gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing cards</source>
        <translation>Karten werden geschrieben</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/help.py" line="+27"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is free software under the MIT licence. It includes the software below, each under its own licence.</source>
        <translation>%1 ist freie Software unter der MIT-Lizenz. Sie enthält die folgende Software, jeweils unter ihrer eigenen Lizenz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Included software</source>
        <translation>Enthaltene Software</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no licence text)</source>
        <translation>(kein Lizenztext)</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/columns.py" line="+77"/>
        <location filename="../../src/mentordesk/ui/areas/list_model.py" line="+335"/>
        <source>planned %1</source>
        <translation>geplant %1</translation>
    </message>
</context>
<context>
    <name>LogMeetingDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/log_meeting.py" line="+32"/>
        <source>Log a Meeting</source>
        <translation>Treffen erfassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advice from this meeting</source>
        <translation>Ratschläge aus diesem Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did someone give you advice? Add it here so the Crossroads wizard can weigh it.</source>
        <translation>Hat dir jemand einen Rat gegeben? Trag ihn hier ein, damit der Scheideweg-Assistent ihn abwägen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add advice</source>
        <translation>Rat &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/mentordesk/ui/main_window.py" line="+92"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search everything (Ctrl+F)</source>
        <translation>Alles durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a record to the current area</source>
        <translation>Einen Eintrag im aktuellen Bereich hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the record you are editing</source>
        <translation>Den bearbeiteten Eintrag speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected record</source>
        <translation>Den gewählten Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log Meeting…</source>
        <translation>&amp;Treffen erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a meeting and the advice given in it</source>
        <translation>Ein Treffen und die Ratschläge darin erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit MentorDesk</source>
        <translation>MentorDesk beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How to Use MentorDesk</source>
        <translation>&amp;So benutzt du MentorDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MentorDesk</source>
        <translation>Ü&amp;ber MentorDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import Contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Crossroads Wizard…</source>
        <translation>&amp;Scheideweg-Assistent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore From Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Privacy Mode</source>
        <translation>&amp;Privatsphäre-Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/selftest.py" line="+176"/>
        <location filename="../../src/mentordesk/ui/main_window.py" line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/mentordesk/ui/main_window.py" line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>%1. Press Ctrl+Z to undo.</source>
        <translation>%1. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Meeting logged.</source>
        <translation>Treffen erfasst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the sample</source>
        <translation>Das Beispiel konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not undo or redo</source>
        <translation>Rückgängig machen oder Wiederholen nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be replayed: %2</source>
        <translation>„%1“ konnte nicht erneut ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/exchange/merge_dialog.py" line="-115"/>
        <source>Merge People</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Keep&lt;/b&gt; (id %1)</source>
        <translation>&lt;b&gt;Behalten&lt;/b&gt; (ID %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Merge in&lt;/b&gt; (id %1)</source>
        <translation>&lt;b&gt;Hineinführen&lt;/b&gt; (ID %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>both kept: %1</source>
        <translation>beide behalten: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every meeting, advice note and ask of both people is kept. A backup is taken before merging.</source>
        <translation>Alle Treffen, Ratschläge und Anfragen beider Personen bleiben erhalten. Vor dem Zusammenführen wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_texts.py" line="+56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met how</source>
        <translation>Kennengelernt wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met where</source>
        <translation>Kennengelernt wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knows my situation</source>
        <translation>Kennt meine Lage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch (days)</source>
        <translation>Kontakt halten (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>OpportunityPage</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/opportunity_page.py" line="+11"/>
        <location line="+7"/>
        <source>Who can refer me</source>
        <translation>Wer mich empfehlen kann</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press Enter to open a person</source>
        <translation>Doppelklick oder Eingabetaste öffnet eine Person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the opportunity&apos;s web page in your browser</source>
        <translation>Die Webseite der Chance im Browser öffnen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the opportunity with its organization to see who can refer you.</source>
        <translation>Speichere die Chance mit ihrer Organisation, um zu sehen, wer dich empfehlen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an opportunity to see who can refer you.</source>
        <translation>Wähle eine Chance, um zu sehen, wer dich empfehlen kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inside %1 (%2)</source>
        <translation>Bei %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worked there before</source>
        <translation>hat früher dort gearbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could introduce you (%1)</source>
        <translation>Könnte dich vorstellen (%1)</translation>
    </message>
</context>
<context>
    <name>OrganizationLine</name>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/pickers.py" line="-22"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/organization_page.py" line="+19"/>
        <source>Organization overview</source>
        <translation>Überblick über die Organisation</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Save the organization to see who works there.</source>
        <translation>Speichere die Organisation, um zu sehen, wer dort arbeitet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an organization to see who works there.</source>
        <translation>Wähle eine Organisation, um zu sehen, wer dort arbeitet.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/person_page.py" line="+89"/>
        <source>Person overview</source>
        <translation>Überblick über die Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log a meeting…</source>
        <translation>&amp;Treffen erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit details</source>
        <translation>Details &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Removed from the address book on the server; kept here with their history. File › Removed from the Server… uploads them again.</source>
        <translation>Aus dem Adressbuch auf dem Server entfernt; hier mit dem Verlauf aufbewahrt. Datei › Vom Server entfernt… lädt die Person wieder hoch.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/fstring_texts.py" line="+4"/>
        <source>Select someone in the list to see their story.</source>
        <translation>Wähle jemanden in der Liste, um die Geschichte der Person zu sehen.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/pickers.py" line="-59"/>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
</context>
<context>
    <name>PhotoButton</name>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/faces.py" line="+44"/>
        <source>P&amp;hoto</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or remove this person&apos;s photo</source>
        <translation>Das Foto dieser Person wählen oder entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose a Photo…</source>
        <translation>Foto &amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the Photo</source>
        <translation>Foto &amp;entfernen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a Photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a picture MentorDesk can read.</source>
        <translation>%1 ist kein Bild, das MentorDesk lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the photo of %1</source>
        <translation>Foto von %1 festlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the photo of %1</source>
        <translation>Foto von %1 entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Photo not saved</source>
        <translation>Foto nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/preferences.py" line="+18"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>PrepDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/prep.py" line="-101"/>
        <source>Meeting prep</source>
        <translation>Vorbereitung auf ein Treffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepare for</source>
        <translation>Vorbereiten auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prep sheet</source>
        <translation>Vorbereitungsblatt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prepare &amp;for:</source>
        <translation>Vorbereiten &amp;auf:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No upcoming meetings</source>
        <translation>Keine anstehenden Treffen</translation>
    </message>
    <message>
        <location filename="../../build/i18n/fstring_texts.py" line="+4"/>
        <source>Log a meeting in the future to prepare for it here.</source>
        <translation>Erfasse ein Treffen in der Zukunft, um dich hier darauf vorzubereiten.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../src/mentordesk/ui/exchange/preview_model.py" line="+11"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added anyway</source>
        <translation>trotzdem hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out: duplicate?</source>
        <translation>weggelassen: doppelt?</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Will be</source>
        <translation>Wird</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/mentordesk/selftest.py" line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RecordArea</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/area.py" line="+109"/>
        <source>Filter %1…</source>
        <translation>%1 filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No %1 yet</source>
        <translation>Noch keine %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a %1</source>
        <translation>%1 &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or press %1</source>
        <translation>oder %1 drücken</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z kannst du das rückgängig machen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/editor.py" line="+63"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+139"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advice from %1</source>
        <translation>Rat von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask of %1</source>
        <translation>Anfrage an %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Not saved: please correct the marked fields</source>
        <translation>Nicht gespeichert: Bitte korrigiere die markierten Felder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “%1”. Ctrl+Z undoes it.</source>
        <translation>„%1“ gespeichert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changed Jobs?</source>
        <translation>Job gewechselt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did %1 change jobs, or are you correcting the organization or title?</source>
        <translation>Hat %1 den Job gewechselt, oder korrigierst du Organisation oder Position?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed &amp;Jobs</source>
        <translation>&amp;Job gewechselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correction</source>
        <translation>&amp;Korrektur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save your changes to “%1” before leaving it?</source>
        <translation>Deine Änderungen an „%1“ speichern, bevor du weitergehst?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new record</source>
        <translation>den neuen Eintrag</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/reminders.py" line="+59"/>
        <source>Show a desktop notification for overdue people and asks due today</source>
        <translation>Eine Desktop-Benachrichtigung für überfällige Personen und heute fällige Anfragen zeigen</translation>
    </message>
</context>
<context>
    <name>RemovedDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/sync/removed.py" line="+19"/>
        <source>Removed from the Server</source>
        <translation>Vom Server entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These were deleted on the server (on a phone or another app). MentorDesk keeps them with their history and no longer syncs them. Upload the checked ones again, or delete them here as usual.</source>
        <translation>Diese wurden auf dem Server gelöscht (auf einem Telefon oder in einer anderen App). MentorDesk behält sie mit ihrem Verlauf und synchronisiert sie nicht mehr. Lade die angehakten wieder hoch, oder lösche sie hier wie gewohnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the server</source>
        <translation>Vom Server entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Upload Again</source>
        <translation>Wieder &amp;hochladen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/safety/restore.py" line="+30"/>
        <source>Restore From Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a backup to put back. Your data as it is now is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>Wähle eine Sicherung, die zurückgespielt werden soll. Deine Daten werden vorher so gesichert, wie sie jetzt sind; die Wiederherstellung lässt sich also mit dieser Sicherung selbst wieder rückgängig machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Advice</source>
        <translation>Ratschläge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asks</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>By you</source>
        <translation>Von dir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Automatically</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On closing</source>
        <translation>Beim Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before a merge</source>
        <translation>Vor einem Zusammenführen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../src/mentordesk/ui/safety/actions.py" line="+19"/>
        <source>Encryption and &amp;Passphrase…</source>
        <translation>Verschlüsselung und &amp;Passphrase…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore an Unencrypted Backup?</source>
        <translation>Eine unverschlüsselte Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup was made before your data was encrypted. Restore it anyway? It will be encrypted with your current passphrase as it is put back.</source>
        <translation>Diese Sicherung stammt aus der Zeit, bevor deine Daten verschlüsselt wurden. Trotzdem wiederherstellen? Beim Zurückspielen wird sie mit deiner aktuellen Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore Failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the backup from %1</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrong Passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>Die aktuelle Passphrase ist falsch; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Rewriting your data and its backups…
%1</source>
        <translation>Deine Daten und ihre Sicherungen werden neu geschrieben…
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase Not Changed</source>
        <translation>Passphrase nicht geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your data and its backups are now encrypted.</source>
        <translation>Deine Daten und ihre Sicherungen sind jetzt verschlüsselt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption removed.</source>
        <translation>Verschlüsselung entfernt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/mentordesk/ui/search_panel.py" line="+156"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Results for “%1”</source>
        <translation>Ergebnisse für „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/safety/passphrase.py" line="+59"/>
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypt Your Data</source>
        <translation>Deine Daten verschlüsseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the new passphrase empty to remove encryption.</source>
        <translation>Lass die neue Passphrase leer, um die Verschlüsselung zu entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your database and its backups will be encrypted. Without the passphrase nobody can read them, and neither can you: keep it somewhere safe.</source>
        <translation>Deine Datenbank und ihre Sicherungen werden verschlüsselt. Ohne die Passphrase kann niemand sie lesen, auch du nicht: Bewahre sie sicher auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the current passphrase.</source>
        <translation>Gib die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen sind verschieden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a passphrase.</source>
        <translation>Gib eine Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/today.py" line="-226"/>
        <source>Snooze %1</source>
        <translation>%1 zurückstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show again on:</source>
        <translation>Wieder zeigen am:</translation>
    </message>
</context>
<context>
    <name>SyncAccountPage</name>
    <message>
        <location filename="../../src/mentordesk/ui/sync/account.py" line="+21"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync automatically</source>
        <translation>Automatisch synchronisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes between automatic syncs</source>
        <translation>Minuten zwischen automatischen Synchronisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People sync with an address book and meetings with a calendar of their own on any CardDAV/CalDAV server (Nextcloud, Radicale, Fastmail, iCloud…). Enter the server&apos;s address, your principal URL or the address book&apos;s URL; missing collections are created. The password is kept in your system&apos;s keyring.</source>
        <translation>Personen werden mit einem Adressbuch und Treffen mit einem eigenen Kalender auf einem beliebigen CardDAV-/CalDAV-Server synchronisiert (Nextcloud, Radicale, Fastmail, iCloud…). Gib die Adresse des Servers, deine Principal-URL oder die URL des Adressbuchs ein; fehlende Sammlungen werden angelegt. Das Passwort wird im Schlüsselbund deines Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync settings</source>
        <translation>Einstellungen für die Synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../src/mentordesk/ui/sync/controller.py" line="-307"/>
        <location line="+194"/>
        <source>Sync: not set up</source>
        <translation>Synchronisation: nicht eingerichtet</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Sync status</source>
        <translation>Stand der Synchronisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sync</source>
        <translation>Synchronisation abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing; what moved so far is kept and the next sync goes on from there</source>
        <translation>Die Synchronisation anhalten; was bisher übertragen wurde, bleibt, und die nächste Synchronisation macht dort weiter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync people and meetings with your CardDAV/CalDAV server now</source>
        <translation>Personen und Treffen jetzt mit deinem CardDAV-/CalDAV-Server synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve Sync &amp;Conflicts…</source>
        <translation>Synchronisations&amp;konflikte lösen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;moved from the Server…</source>
        <translation>V&amp;om Server entfernt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People and meetings deleted on the server, kept here with their history; upload them again</source>
        <translation>Auf dem Server gelöschte Personen und Treffen, hier mit ihrem Verlauf aufbewahrt; wieder hochladen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sync: not set up (Preferences › Sync)</source>
        <translation>Synchronisation: nicht eingerichtet (Einstellungen › Synchronisation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no password for %1 at %2; enter it in Preferences › Sync</source>
        <translation>kein Passwort für %1 auf %2; gib es unter Einstellungen › Synchronisation ein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Syncing with %1…</source>
        <translation>Synchronisiere mit %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling sync…</source>
        <translation>Synchronisation wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync cancelled after %1 of %2; the next sync goes on from there.</source>
        <translation>Synchronisation nach %1 von %2 abgebrochen; die nächste Synchronisation macht dort weiter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing: %1 of %2 (%3)</source>
        <translation>Synchronisiere: %1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sync stopped: %1.</source>
        <translation>Synchronisation angehalten: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retrying at %1.</source>
        <translation>Neuer Versuch um %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sync: never synced with %1</source>
        <translation>Synchronisation: noch nie mit %1 synchronisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — nothing changed</source>
        <translation> – nichts geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — people: %1; meetings: %2</source>
        <translation> – Personen: %1; Treffen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;a href=&quot;removed&quot;&gt;%n removed from the server, kept here&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;removed&quot;&gt;%n vom Server entfernt, hier aufbewahrt&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;removed&quot;&gt;%n vom Server entfernt, hier aufbewahrt&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;a href=&quot;conflicts&quot;&gt;%n conflict(s) to resolve&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;conflicts&quot;&gt;%n Konflikt zu lösen&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;conflicts&quot;&gt;%n Konflikte zu lösen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> — skipped %1</source>
        <translation> – übersprungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync conflicts</source>
        <translation>Synchronisationskonflikte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There are no sync conflicts.</source>
        <translation>Es gibt keine Synchronisationskonflikte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync stopped</source>
        <translation>Synchronisation angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer has %2 that are in MentorDesk. Nothing was changed.</source>
        <translation>%1 hat %2 nicht mehr, die in MentorDesk sind. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If they were deleted on purpose, sync anyway: they stay here with their meetings, advice and asks, marked as removed from the server. If not (a reset phone, a wrong account), check the account first.</source>
        <translation>Wenn sie absichtlich gelöscht wurden, synchronisiere trotzdem: Sie bleiben hier mit ihren Treffen, Ratschlägen und Anfragen, als „vom Server entfernt“ markiert. Wenn nicht (ein zurückgesetztes Telefon, ein falsches Konto), prüfe zuerst das Konto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync Anyway, Keep Them Here</source>
        <translation>Trotzdem synchronisieren, hier behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Sync</source>
        <translation>Nicht synchronisieren</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/today.py" line="+32"/>
        <source>People to catch up with</source>
        <translation>Bei wem du dich melden solltest</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks waiting</source>
        <translation>Wartende Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Say thank you</source>
        <translation>Danke sagen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>For</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks waiting on someone</source>
        <translation>Anfragen, die auf jemanden warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up: meetings and follow-ups</source>
        <translation>Demnächst: Treffen und Nachfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings per month, last 12 months</source>
        <translation>Treffen pro Monat, letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next decision review: %1 (%2)</source>
        <translation>Nächste Überprüfung einer Entscheidung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Log a catch-up</source>
        <translation>Treffen erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a catch-up with %1</source>
        <translation>Treffen mit %1 erfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze %1</source>
        <translation>%1 zurückstellen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Nobody is due for a catch-up. Nice work.</source>
        <translation>Niemand wartet auf ein Treffen. Gut gemacht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>last met %1</source>
        <translation>zuletzt getroffen am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no meeting logged yet</source>
        <translation>noch kein Treffen erfasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>them</source>
        <translation>die Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>you</source>
        <translation>dich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (late)</source>
        <translation>%1 (verspätet)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thanked</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as thanked</source>
        <translation>%1 als bedankt markieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare for the meeting with %1</source>
        <translation>Das Treffen mit %1 vorbereiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log a Catch-up</source>
        <translation>Treffen erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catch-up with %1</source>
        <translation>Treffen mit %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged a catch-up with %1 (Ctrl+Z undoes it)</source>
        <translation>Treffen mit %1 erfasst (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not snooze</source>
        <translation>Zurückstellen nicht möglich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not update the ask</source>
        <translation>Die Anfrage konnte nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/mentordesk/ui/safety/passphrase.py" line="-73"/>
        <source>Unlock MentorDesk</source>
        <translation>MentorDesk entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 ist verschlüsselt. Gib die Passphrase ein, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That passphrase is wrong; nothing was changed. Try again.</source>
        <translation>Diese Passphrase ist falsch; nichts wurde geändert. Versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/mentordesk/ui/welcome.py" line="+25"/>
        <source>Welcome to MentorDesk</source>
        <translation>Willkommen bei MentorDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep track of the people who can help you get unstuck at work: who they are, what they advised, what you asked them, and when to catch up again.</source>
        <translation>Behalte die Menschen im Blick, die dir helfen können, wenn du bei der Arbeit feststeckst: wer sie sind, was sie dir geraten haben, worum du sie gebeten hast, und wann ihr euch wieder treffen solltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load a sample network</source>
        <translation>Ein Beispielnetzwerk laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore MentorDesk with 40 made-up people, their meetings and advice.</source>
        <translation>Probier MentorDesk mit 40 erfundenen Personen, ihren Treffen und Ratschlägen aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in people from your phone, Google, Outlook or LinkedIn.</source>
        <translation>Übernimm Personen von deinem Telefon, aus Google, Outlook oder LinkedIn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your first person</source>
        <translation>Deine erste Person hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a mentor, a coach or a friend who knows your situation.</source>
        <translation>Fang mit einem Mentor, einem Coach oder einem Freund an, der deine Lage kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the Crossroads wizard</source>
        <translation>Den Scheideweg-Assistenten starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck? Weigh improving in place, switching fields or going back to school.</source>
        <translation>Festgefahren? Wäge ab: vor Ort verbessern, den Bereich wechseln oder zurück an die Hochschule.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/builtin.py" line="-33"/>
        <source>The people who help you: mentors, coaches, friends, former managers and insiders, with how you know them and when you last talked.</source>
        <translation>Die Menschen, die dir helfen: Mentoren, Coaches, Freunde, frühere Führungskräfte und Insider, mit dem, woher du sie kennst und wann ihr zuletzt gesprochen habt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a Person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The places your people work and worked at: who is inside, your meetings with them and the openings you are going after there.</source>
        <translation>Wo deine Leute arbeiten und gearbeitet haben: wer dort ist, deine Treffen mit ihnen und die offenen Stellen, um die du dich dort bemühst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add an Organization</source>
        <translation>Organisation &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coffees, calls and events with your people, what was said and when to follow up. Logging one also keeps the advice given in it.</source>
        <translation>Kaffees, Anrufe und Veranstaltungen mit deinen Leuten, was gesagt wurde und wann du nachfassen solltest. Beim Erfassen werden auch die Ratschläge darin festgehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log a Meeting…</source>
        <translation>Treffen &amp;erfassen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The advice people gave you, for or against each path, and whether you acted on it: the Crossroads wizard weighs it when you decide.</source>
        <translation>Die Ratschläge, die man dir gegeben hat, für oder gegen jeden Weg, und ob du danach gehandelt hast: Der Scheideweg-Assistent wägt sie ab, wenn du entscheidest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Advice</source>
        <translation>Ratschlag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referrals, introductions, letters and reviews you asked for (or were asked for), so none is forgotten and everyone is thanked.</source>
        <translation>Empfehlungen, Vorstellungen, Schreiben und Durchsichten, um die du gebeten hast (oder gebeten wurdest), damit keine vergessen wird und sich bei allen bedankt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add an Ask</source>
        <translation>Anfrage &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The jobs and programs you are going after: their deadlines stay in view and each one shows who can refer you.</source>
        <translation>Die Stellen und Programme, um die du dich bemühst: Ihre Fristen bleiben im Blick, und jede zeigt, wer dich empfehlen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add an Opportunity</source>
        <translation>Chance &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../src/mentordesk/ui/areas/columns.py" line="+7"/>
        <location line="+76"/>
        <location filename="../../src/mentordesk/ui/areas/list_model.py" line="-7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../build/i18n/core_texts.py" line="-206"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last met</source>
        <translation>Zuletzt getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Ratschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acted on</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanked</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role or program</source>
        <translation>Stelle oder Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People inside</source>
        <translation>Personen dort</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../build/i18n/core_templates.py" line="+5"/>
        <source>to be explored</source>
        <translation>noch zu erkunden</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Revisit: {label}</source>
        <translation>Überprüfen: {label}</translation>
    </message>
    <message numerus="yes">
        <location line="+307"/>
        <source>{n} organizations</source>
        <translation>
            <numerusform>{n} Organisation</numerusform>
            <numerusform>{n} Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>{n} people</source>
        <translation>
            <numerusform>{n} Person</numerusform>
            <numerusform>{n} Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>{n} meetings</source>
        <translation>
            <numerusform>{n} Treffen</numerusform>
            <numerusform>{n} Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>{n} advice</source>
        <translation>
            <numerusform>{n} Ratschlag</numerusform>
            <numerusform>{n} Ratschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>{n} asks</source>
        <translation>
            <numerusform>{n} Anfrage</numerusform>
            <numerusform>{n} Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <source>{field}: cannot read the date {text!r} (expected e.g. 2024-03-12 or 12 Mar 2024)</source>
        <translation>{field}: das Datum {text!r} ist nicht lesbar (erwartet z. B. 2024-03-12 oder 12 Mar 2024)</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>{n} oversized item(s) left out</source>
        <translation>
            <numerusform>{n} zu großes Element weggelassen</numerusform>
            <numerusform>{n} zu große Elemente weggelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} unreadable field(s) left out</source>
        <translation>
            <numerusform>{n} unlesbares Feld weggelassen</numerusform>
            <numerusform>{n} unlesbare Felder weggelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} empty row(s) skipped</source>
        <translation>
            <numerusform>{n} leere Zeile übersprungen</numerusform>
            <numerusform>{n} leere Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} warning(s): check the preview</source>
        <translation>
            <numerusform>{n} Warnung: prüfe die Vorschau</numerusform>
            <numerusform>{n} Warnungen: prüfe die Vorschau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>would import {n} people</source>
        <translation>
            <numerusform>würde {n} Person importieren</numerusform>
            <numerusform>würde {n} Personen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>imported {n} people</source>
        <translation>
            <numerusform>{n} Person importiert</numerusform>
            <numerusform>{n} Personen importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no readable records</source>
        <translation>keine lesbaren Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown format {key!r} (known formats: {known})</source>
        <translation>unbekanntes Format {key!r} (bekannte Formate: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot tell the format of {name} from its extension; give --format</source>
        <translation>das Format von {name} ist an der Endung nicht zu erkennen; gib --format an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would import {parts}</source>
        <translation>würde {parts} importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported {parts}</source>
        <translation>{parts} importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} likely duplicate(s)</source>
        <translation>
            <numerusform>{n} wahrscheinliches Duplikat</numerusform>
            <numerusform>{n} wahrscheinliche Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} bad record(s) left out</source>
        <translation>
            <numerusform>{n} fehlerhafter Datensatz weggelassen</numerusform>
            <numerusform>{n} fehlerhafte Datensätze weggelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{path}: {first} (and {n} more); nothing was imported</source>
        <translation>
            <numerusform>{path}: {first} (und {n} weiterer); nichts wurde importiert</numerusform>
            <numerusform>{path}: {first} (und {n} weitere); nichts wurde importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{path}: {first}; nothing was imported</source>
        <translation>{path}: {first}; nichts wurde importiert</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>your own confidence in the scores is {confidence} of 5</source>
        <translation>dein eigenes Vertrauen in die Bewertungen liegt bei {confidence} von 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{leader} is ahead of {runner_up} on {criteria}</source>
        <translation>„{leader}“ liegt vor „{runner_up}“ bei {criteria}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one option is open</source>
        <translation>nur eine Möglichkeit ist offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody has advised you on it</source>
        <translation>niemand hat dich dazu beraten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your gut says {option}</source>
        <translation>dein Bauchgefühl sagt „{option}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{option} is ahead on {criteria}</source>
        <translation>„{option}“ liegt vorn bei {criteria}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fails the must-have “{text}”</source>
        <translation>verfehlt das Muss „{text}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a tie between {options}: nothing separates them yet</source>
        <translation>Gleichstand zwischen {options}: noch trennt sie nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your network mostly agrees about it</source>
        <translation>dein Netzwerk ist sich darin weitgehend einig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your network is divided about it</source>
        <translation>dein Netzwerk ist darin gespalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{criterion} ({leader:g} vs {runner_up:g}, {points:+.2f})</source>
        <translation>„{criterion}“ ({leader:g} zu {runner_up:g}, {points:+.2f})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody you know works in {field}.</source>
        <translation>Niemand, den du kennst, arbeitet in {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody you know works at {organization}.</source>
        <translation>Niemand, den du kennst, arbeitet bei {organization}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every option is ruled out by a must-have</source>
        <translation>jede Möglichkeit scheitert an einem Muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fails the must-have “{text}” (as {options} does)</source>
        <translation>verfehlt das Muss „{text}“ (wie {options})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead is {lead:.2f} points of 5 (close)</source>
        <translation>der Vorsprung beträgt {lead:.2f} von 5 Punkten (knapp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead is {lead:.2f} points of 5</source>
        <translation>der Vorsprung beträgt {lead:.2f} von 5 Punkten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody you know has gone back to school or works at {school}.</source>
        <translation>Niemand, den du kennst, hat noch einmal studiert oder arbeitet an {school}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody you know has gone back to school.</source>
        <translation>Niemand, den du kennst, hat noch einmal studiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has advised you on “{option}” yet.</source>
        <translation>Noch niemand hat dich zu „{option}“ beraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All advice on “{option}” comes from people with a stake in it.</source>
        <translation>Alle Ratschläge zu „{option}“ kommen von Leuten, die selbst ein Interesse daran haben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{title} at {organization}</source>
        <translation>{title} bei {organization}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of {count} people you know in it</source>
        <translation>eine von {count} Personen, die du dort kennst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the one person you know in it</source>
        <translation>die einzige Person, die du dort kennst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 minutes on what working in {field} is really like</source>
        <translation>30 Minuten darüber, wie die Arbeit in {field} wirklich ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works there</source>
        <translation>arbeitet dort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{option} would come out ahead of {leader}</source>
        <translation>läge „{option}“ vor „{leader}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it would be a tie between {options}</source>
        <translation>gäbe es Gleichstand zwischen {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{option} would come out ahead</source>
        <translation>läge „{option}“ vorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you scored {option} {new} instead of {old} on “{criterion}”, {outcome}.</source>
        <translation>Würdest du „{option}“ bei „{criterion}“ mit {new} statt {old} bewerten, {outcome}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{options} are tied now; {change}</source>
        <translation>{options} liegen jetzt gleichauf; {change}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If “{criterion}” mattered more to you ({old} → {new} of {most}), {outcome}.</source>
        <translation>Wenn dir „{criterion}“ wichtiger wäre ({old} → {new} von {most}), {outcome}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If “{criterion}” mattered less to you ({old} → {new} of {most}), {outcome}.</source>
        <translation>Wenn dir „{criterion}“ weniger wichtig wäre ({old} → {new} von {most}), {outcome}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{months:g} months</source>
        <translation>{months:g} Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each year ÷ {base:g}^year</source>
        <translation>jedes Jahr ÷ {base:g}^Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In today&apos;s money over {years} working years (discounted at {rate:g}% a year): {options}.</source>
        <translation>In heutigem Geld über {years} Arbeitsjahre (abgezinst mit {rate:g} % pro Jahr): {options}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a usual real raise</source>
        <translation>eine übliche reale Gehaltserhöhung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumed (give your age to use yours)</source>
        <translation>angenommen (gib dein Alter an, um deine zu nutzen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then {path}</source>
        <translation>dann {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full-time, no pay</source>
        <translation>Vollzeit, ohne Gehalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part-time, keeping {pay} a year</source>
        <translation>Teilzeit, mit weiter {pay} im Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{months} months {how}</source>
        <translation>{months} Monate {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tuition} − employer support {support} × {years:g} years = {net}</source>
        <translation>{tuition} − Zuschuss des Arbeitgebers {support} × {years:g} Jahre = {net}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years:g} years</source>
        <translation>{years:g} Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years:.1f} years</source>
        <translation>{years:.1f} Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your figure</source>
        <translation>deine Angabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotion unlikely ({prospects} of 5) and no raise for {months} months</source>
        <translation>Beförderung unwahrscheinlich ({prospects} von 5) und seit {months} Monaten keine Gehaltserhöhung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotion likely ({prospects} of 5)</source>
        <translation>Beförderung wahrscheinlich ({prospects} von 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{retirement} − age {age}</source>
        <translation>{retirement} − Alter {age}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{months:g} months without pay, then </source>
        <translation>{months:g} Monate ohne Gehalt, dann </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} ({now} less a {dip} dip), rising evenly to {settled} over {ramp} years, then +{raise_} a year</source>
        <translation>{start} ({now} abzüglich {dip} Einbuße), gleichmäßig steigend auf {settled} über {ramp} Jahre, dann +{raise_} pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not decided: your savings cover full-time)</source>
        <translation> (nicht entschieden: deine Ersparnisse reichen für Vollzeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not decided: your savings don&apos;t cover full-time)</source>
        <translation> (nicht entschieden: deine Ersparnisse reichen nicht für Vollzeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then {pay} a year (cautious default: +10%), +{raise_} a year</source>
        <translation>dann {pay} im Jahr (vorsichtige Annahme: +10 %), +{raise_} pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then {pay} a year, +{raise_} a year</source>
        <translation>dann {pay} im Jahr, +{raise_} pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuition you pay</source>
        <translation>Studiengebühren, die du zahlst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present value if you finish</source>
        <translation>Barwert, wenn du abschließt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present value if you stop halfway</source>
        <translation>Barwert, wenn du auf halbem Weg aufhörst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half the study ({months:g} months), half the tuition, then today&apos;s path; {discount}</source>
        <translation>das halbe Studium ({months:g} Monate), die halben Gebühren, dann der heutige Weg; {discount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance of finishing</source>
        <translation>Chance auf einen Abschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your figure (85% unless you give one)</source>
        <translation>deine Angabe (85 %, wenn du keine machst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected present value</source>
        <translation>Erwarteter Barwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break-even (discounted)</source>
        <translation>Gewinnschwelle (abgezinst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay in the first year</source>
        <translation>Gehalt im ersten Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{paid:g} months of {start} a year ({now} less a {dip} dip) ÷ 12 × {paid:g}</source>
        <translation>{paid:g} Monate zu {start} im Jahr ({now} abzüglich {dip} Einbuße) ÷ 12 × {paid:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present value</source>
        <translation>Barwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}; each year ÷ {base:g}^year, over {years} years</source>
        <translation>{path}; jedes Jahr ÷ {base:g}^Jahr, über {years} Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catches up with staying</source>
        <translation>Holt das Bleiben ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your yearly income (option C) to see the money figures.</source>
        <translation>Gib dein Jahreseinkommen an (Möglichkeit C), um die Geldzahlen zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount rate (real)</source>
        <translation>Abzinsungssatz (real)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your figure (3% unless you give one)</source>
        <translation>deine Angabe (3 %, wenn du keine machst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raises you&apos;d get anyway</source>
        <translation>Gehaltserhöhungen, die du ohnehin bekämst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working years left</source>
        <translation>Verbleibende Arbeitsjahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{option} {versus} against staying ({when})</source>
        <translation>{option} {versus} gegenüber dem Bleiben ({when})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{study}; {after}; {discount}; less tuition paid now ({paid}) and the loan payments</source>
        <translation>{study}; {after}; {discount}; abzüglich der jetzt gezahlten Gebühren ({paid}) und der Kreditraten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{study}; {after}; {discount}; less tuition paid now ({paid})</source>
        <translation>{study}; {after}; {discount}; abzüglich der jetzt gezahlten Gebühren ({paid})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan interest</source>
        <translation>Kreditzinsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment = {loan} × {rate} ÷ (1 − (1 + {rate})^−{n}) = {payment} a year; interest = {n} × {payment} − {loan}</source>
        <translation>Rate = {loan} × {rate} ÷ (1 − (1 + {rate})^−{n}) = {payment} im Jahr; Zinsen = {n} × {payment} − {loan}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first time the discounted extra pay over staying ({discount}) has repaid the tuition</source>
        <translation>erstes Mal, dass das abgezinste Mehrgehalt gegenüber dem Bleiben ({discount}) die Studiengebühren zurückgezahlt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first time the discounted pay since switching exceeds staying&apos;s</source>
        <translation>erstes Mal, dass das abgezinste Gehalt seit dem Wechsel das des Bleibens übersteigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never catches up</source>
        <translation>holt nie auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never breaks even</source>
        <translation>erreicht nie die Gewinnschwelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; not within {years} working years</source>
        <translation>; nicht innerhalb von {years} Arbeitsjahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pay} a year, +{raise_} a year (raises you&apos;d get anyway: {why}); each year ÷ {base:g}^year, over {years} years</source>
        <translation>{pay} im Jahr, +{raise_} pro Jahr (Gehaltserhöhungen, die du ohnehin bekämst: {why}); jedes Jahr ÷ {base:g}^Jahr, über {years} Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with staying</source>
        <translation>Im Vergleich zum Bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} − {staying} (improve in place)</source>
        <translation>{value} − {staying} (vor Ort verbessern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>career coach</source>
        <translation>Karrierecoach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>former manager</source>
        <translation>frühere/r Vorgesetzte/r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colleague</source>
        <translation>Kolleg/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friend</source>
        <translation>Freund/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role} who knows your work</source>
        <translation>{role}, kennt deine Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knows your situation at work</source>
        <translation>kennt deine Lage bei der Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (you already have a similar open ask)</source>
        <translation> (du hast schon eine ähnliche offene Anfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new field</source>
        <translation>den neuen Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help me choose which fields to explore, and what to ask</source>
        <translation>Hilf mir auszuwählen, welche Bereiche ich erkunde und was ich frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review my resume for {field} roles</source>
        <translation>Prüfe meinen Lebenslauf für Stellen in {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 minutes on moving into {field}</source>
        <translation>30 Minuten über den Wechsel in {field}</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>works in {field}</source>
        <translation>arbeitet in {field}</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Referral for a {field} role at {organization}</source>
        <translation>Empfehlung für eine Stelle in {field} bei {organization}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insider at {organization}</source>
        <translation>kennt {organization} von innen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral for a {field} role</source>
        <translation>Empfehlung für eine Stelle in {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insider in {field}</source>
        <translation>kennt {field} von innen</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>the program</source>
        <translation>das Studium</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Recommendation letter for {program}</source>
        <translation>Empfehlungsschreiben für {program}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>former manager who saw your work</source>
        <translation>frühere/r Vorgesetzte/r, hat deine Arbeit erlebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>professor at {school}</source>
        <translation>lehrt an {school}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What going back to school was really like</source>
        <translation>Wie es wirklich war, noch einmal zu studieren</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>studied again as an adult</source>
        <translation>hat als Erwachsene/r noch einmal studiert</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Review my application for {program}</source>
        <translation>Prüfe meine Bewerbung für {program}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A written development plan with a promotion date</source>
        <translation>Ein schriftlicher Entwicklungsplan mit einem Beförderungstermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your manager decides it</source>
        <translation>deine Führungskraft entscheidet darüber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help me build the case for promotion</source>
        <translation>Hilf mir, die Beförderung zu begründen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduce me to someone at {organization}</source>
        <translation>Stell mich jemandem bei {organization} vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduce me to someone in {field}</source>
        <translation>Stell mich jemandem in {field} vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the school</source>
        <translation>die Hochschule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for</source>
        <translation>dafür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against</source>
        <translation>dagegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role} at {organization}</source>
        <translation>{role} bei {organization}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job going {n}/5</source>
        <translation>Job läuft {n}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>happiness {n}/5</source>
        <translation>Zufriedenheit {n}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} months since the last raise</source>
        <translation>{n} Monate seit der letzten Gehaltserhöhung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotion prospects {n}/5</source>
        <translation>Beförderungsaussichten {n}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downsizing risk {n}/5</source>
        <translation>Risiko eines Stellenabbaus {n}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n:g} months of savings</source>
        <translation>Ersparnisse für {n:g} Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ranked first ({ranking}), with &lt;b&gt;{certainty}&lt;/b&gt; certainty: </source>
        <translation>Sie lag vorn ({ranking}), Sicherheit &lt;b&gt;{certainty}&lt;/b&gt;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose it although the scores ranked {top} first ({ranking}); certainty &lt;b&gt;{certainty}&lt;/b&gt;: </source>
        <translation>Du hast sie gewählt, obwohl die Bewertungen „{top}“ vorn sahen ({ranking}); Sicherheit &lt;b&gt;{certainty}&lt;/b&gt;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No single change of one weight (0–10) or one score (1–5) would change the winner.</source>
        <translation>Keine einzelne Änderung eines Gewichts (0–10) oder einer Bewertung (1–5) würde den Sieger ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} (invalid date)</source>
        <translation>{value} (ungültiges Datum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current job</source>
        <translation>Deine jetzige Stelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints: {limits}.</source>
        <translation>Einschränkungen: {limits}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide by {day}.</source>
        <translation>Entscheide bis {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (cautious default: 10% above today)</source>
        <translation> (vorsichtige Annahme: 10 % über heute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone you trust</source>
        <translation>jemand, dem du vertraust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation: &lt;b&gt;{option}&lt;/b&gt;</source>
        <translation>Empfehlung: &lt;b&gt;{option}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gut check: “{note}”</source>
        <translation>Bauchgefühl: „{note}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revisit on &lt;b&gt;{day}&lt;/b&gt;</source>
        <translation>überprüfen am &lt;b&gt;{day}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certainty</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch target</source>
        <translation>Wechselziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School program</source>
        <translation>Studiengang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks created</source>
        <translation>Angelegte Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisit on</source>
        <translation>Überprüfen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight {weight:.2f}</source>
        <translation>Gewicht {weight:.2f}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The money:</source>
        <translation>Das Geld:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tuition {tuition}; income after graduating {income}. Full-time ({full_months} months, {full_cost} including income forgone) breaks even in {full_when}; part-time ({part_months} months, {part_cost} after employer support) in {part_when}.</source>
        <translation>Studiengebühren {tuition}; Einkommen nach dem Abschluss {income}. Vollzeit ({full_months} Monate, {full_cost} samt entgangenem Einkommen) erreicht die Gewinnschwelle in {full_when}; Teilzeit ({part_months} Monate, {part_cost} nach Zuschuss des Arbeitgebers) in {part_when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would need to be true, and the tests</source>
        <translation>Was stimmen müsste, und die Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all ruled out</source>
        <translation>alle ausgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance: {criterion}</source>
        <translation>Wichtigkeit: {criterion}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision of {when}</source>
        <translation>Entscheidung vom {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighted rows differ.</source>
        <translation>Hervorgehobene Zeilen unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted score (of 5)</source>
        <translation>Gewichtete Bewertung (von 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict of interest: {why}</source>
        <translation>Interessenkonflikt: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tested: {outcome}</source>
        <translation>erprobt: {outcome}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No advice about these paths was recorded.</source>
        <translation>Zu diesen Wegen wurden keine Ratschläge erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No costs were entered for going back to school.</source>
        <translation>Für ein erneutes Studium wurden keine Kosten eingegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No asks were created.</source>
        <translation>Es wurden keine Anfragen angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also suggested: {asks}.</source>
        <translation>Außerdem vorgeschlagen: {asks}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(from advice)</source>
        <translation>(aus Ratschlägen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruled out:</source>
        <translation>Ausgeschlossen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half weight for a conflict of interest: {people}.</source>
        <translation>Halbes Gewicht wegen eines Interessenkonflikts: {people}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going back to school, the money:</source>
        <translation>Noch einmal studieren, das Geld:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why them</source>
        <translation>Warum diese Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test: {test} ({kind} with {who}, by {day}, {cost}); stop or commit: {criterion}</source>
        <translation>Test: {test} ({kind} mit {who}, bis {day}, {cost}); aufhören oder dranbleiben: {criterion}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossroads decision</source>
        <translation>Scheideweg-Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided {day}</source>
        <translation>Entschieden am {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your network said</source>
        <translation>Was dein Netzwerk gesagt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: {result}</source>
        <translation>Ergebnis: {result}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps in your network</source>
        <translation>Lücken in deinem Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {years:.1f} years</source>
        <translation>etwa {years:.1f} Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (no income gain expected)</source>
        <translation>nie (kein Einkommensgewinn erwartet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {months} months</source>
        <translation>etwa {months} Monate</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Studium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan Z (downsizing risk {risk} of 5): your savings last {savings:g} months. If you are laid off, call first: {names}.</source>
        <translation>Plan Z (Risiko eines Stellenabbaus {risk} von 5): deine Ersparnisse reichen {savings:g} Monate. Wenn du entlassen wirst, ruf zuerst an: {names}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} of your scores clash with your situation or the money (confirm or change them)</source>
        <translation>
            <numerusform>{n} deiner Bewertungen passt nicht zu deiner Lage oder zum Geld (bestätige oder ändere sie)</numerusform>
            <numerusform>{n} deiner Bewertungen passen nicht zu deiner Lage oder zum Geld (bestätige oder ändere sie)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody outside your organization yet: add contacts</source>
        <translation>noch niemand außerhalb deiner Organisation: füge Kontakte hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recruiter: knows who is hiring</source>
        <translation>Personalvermittlung: weiß, wer einstellt</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>works at {organization}</source>
        <translation>arbeitet bei {organization}</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>knows your work and will vouch for you</source>
        <translation>kennt deine Arbeit und setzt sich für dich ein</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>knows your situation</source>
        <translation>kennt deine Lage</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>From your Crossroads decision of {when}. Testing for {option}: {need}. Cost: {cost}. Stop or commit: {criterion}.</source>
        <translation>Aus deiner Scheideweg-Entscheidung vom {when}. Test für „{option}“: {need}. Aufwand: {cost}. Aufhören oder dranbleiben: {criterion}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter}. {need} — test: {test} ({who}, by {day}, {kind})</source>
        <translation>{letter}. {need} — Test: {test} ({who}, bis {day}, {kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the revisit date comes before the last test ({day}): revisit after the tests, so their results can decide</source>
        <translation>der Termin zur Überprüfung liegt vor dem letzten Test ({day}): überprüfe nach den Tests, damit ihre Ergebnisse entscheiden können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test: {test}</source>
        <translation>Test: {test}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tested “{need}”: {test}</source>
        <translation>„{need}“ erprobt: {test}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{letter}, assumption {number}</source>
        <translation>{letter}, Annahme {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: unknown option {option!r}</source>
        <translation>{where}: unbekannte Möglichkeit {option!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: at most {most} assumptions per option</source>
        <translation>{where}: höchstens {most} Annahmen pro Möglichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who helps with the test</source>
        <translation>wer beim Test hilft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: name {missing}</source>
        <translation>{where}: nenne {missing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the test date {day} is in the past</source>
        <translation>{where}: das Testdatum {day} liegt in der Vergangenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: a test becomes an ask or a meeting, not {kind!r}</source>
        <translation>{where}: ein Test wird eine Anfrage oder ein Treffen, nicht {kind!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My manager will commit to a promotion with a date</source>
        <translation>Meine Führungskraft sagt eine Beförderung mit Termin zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a written development plan with a promotion date</source>
        <translation>Um einen schriftlichen Entwicklungsplan mit Beförderungstermin bitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one hour</source>
        <translation>eine Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit if a date is in writing; stop if it stays vague</source>
        <translation>Dranbleiben, wenn ein Termin schriftlich steht; aufhören, wenn es vage bleibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My case for promotion is strong enough</source>
        <translation>Meine Gründe für eine Beförderung sind stark genug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk a mentor through my case and ask what is missing</source>
        <translation>Einer Mentorin oder einem Mentor meine Gründe zeigen und fragen, was fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit if nothing big is missing; stop if a gap takes over a year</source>
        <translation>Dranbleiben, wenn nichts Großes fehlt; aufhören, wenn eine Lücke über ein Jahr braucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: give the test a date</source>
        <translation>{where}: gib dem Test ein Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what would need to be true</source>
        <translation>was stimmen müsste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cheap test</source>
        <translation>einen günstigen Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cost</source>
        <translation>einen Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stop-or-commit criterion</source>
        <translation>ein Kriterium zum Aufhören oder Dranbleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the fields my contacts work in suits me</source>
        <translation>Einer der Bereiche, in denen meine Kontakte arbeiten, passt zu mir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three informational interviews in different fields</source>
        <translation>Drei Infogespräche in verschiedenen Bereichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>three coffees, about 6 hours</source>
        <translation>drei Kaffees, etwa 6 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit to one field if I want a second conversation in it; stop if none appeals</source>
        <translation>Mich auf einen Bereich festlegen, wenn ich dort ein zweites Gespräch will; aufhören, wenn mich keiner reizt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I would enjoy the day-to-day work of {field}</source>
        <translation>Mir würde der Arbeitsalltag in {field} gefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shadow a working day, or do one small real task from the job</source>
        <translation>Einen Arbeitstag begleiten oder eine kleine echte Aufgabe aus dem Job erledigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half a day</source>
        <translation>ein halber Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit if I want a second day; stop if it bores me by noon</source>
        <translation>Dranbleiben, wenn ich einen zweiten Tag will; aufhören, wenn es mich bis mittags langweilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone would hire me into {field} with my background</source>
        <translation>Jemand würde mich mit meinem Hintergrund in {field} einstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for an honest read of my resume against three real job postings</source>
        <translation>Um eine ehrliche Einschätzung meines Lebenslaufs anhand von drei echten Stellenanzeigen bitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two hours</source>
        <translation>zwei Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit if they would forward it; stop if a must-have skill takes over a year to learn</source>
        <translation>Dranbleiben, wenn sie ihn weiterreichen würden; aufhören, wenn eine unverzichtbare Fähigkeit über ein Jahr zu lernen braucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program} pays off within a few years</source>
        <translation>{program} zahlt sich in wenigen Jahren aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what the degree did to their pay, and how long it took</source>
        <translation>Fragen, was der Abschluss für ihr Gehalt gebracht hat und wie lange es gedauert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one coffee</source>
        <translation>ein Kaffee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit if the raise covers the cost within 5 years; stop if not</source>
        <translation>Dranbleiben, wenn die Gehaltserhöhung die Kosten in 5 Jahren deckt; sonst aufhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can keep up with {program} next to everything else</source>
        <translation>Ich schaffe {program} neben allem anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit in on one class or do one free module</source>
        <translation>Eine Vorlesung besuchen oder ein kostenloses Modul machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one evening</source>
        <translation>ein Abend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit if it fits my week; stop if it pushes out family time</source>
        <translation>Dranbleiben, wenn es in meine Woche passt; aufhören, wenn es die Familienzeit verdrängt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>works at {organization}, where you are now: has a stake in you staying</source>
        <translation>arbeitet bei {organization}, wo du jetzt bist: hat ein Interesse daran, dass du bleibst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recruiter: paid when you are placed</source>
        <translation>Personalvermittlung: wird bezahlt, wenn du vermittelt wirst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trust {trust}/{most}</source>
        <translation>Vertrauen {trust}/{most}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} days ago</source>
        <translation>
            <numerusform>vor {n} Tag</numerusform>
            <numerusform>vor {n} Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made a career switch</source>
        <translation>hat selbst den Beruf gewechselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admissions contact: recruits students</source>
        <translation>Zulassungsstelle: wirbt Studierende an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>works at {organization}, which runs the program</source>
        <translation>arbeitet bei {organization}, wo das Studium angeboten wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doesn&apos;t know your situation</source>
        <translation>kennt deine Lage nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works in education</source>
        <translation>arbeitet im Bildungsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knows {organization} from inside</source>
        <translation>kennt {organization} von innen</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>the revisit date must not be in the past</source>
        <translation>der Termin zur Überprüfung darf nicht in der Vergangenheit liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{option}” is ruled out by a must-have</source>
        <translation>„{option}“ scheitert an einem Muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your Crossroads decision of {day}: {why}.</source>
        <translation>Aus deiner Scheideweg-Entscheidung vom {day}: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I’d like from you</source>
        <translation>Was ich mir von dir wünsche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone I trust</source>
        <translation>jemand, dem ich vertraue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the tests say stop: {option}.</source>
        <translation>Wenn die Tests „aufhören“ sagen: {option}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days 1–30</source>
        <translation>Tage 1–30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days 31–60</source>
        <translation>Tage 31–60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days 61–90</source>
        <translation>Tage 61–90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mentor</source>
        <translation>eine Mentorin oder ein Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a career coach</source>
        <translation>ein Karrierecoach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a former manager</source>
        <translation>eine frühere Führungskraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone in education</source>
        <translation>jemand aus dem Bildungsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone in the field</source>
        <translation>jemand aus dem Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recruiter</source>
        <translation>eine Personalvermittlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colleague</source>
        <translation>eine Kollegin oder ein Kollege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a friend</source>
        <translation>eine Freundin oder ein Freund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would you help me test whether {need}? My cheap test: {test}, by {day}.</source>
        <translation>Hilfst du mir zu testen, ob {need}? Mein günstiger Test: {test}, bis {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could you help with this: {purpose} (by {day})?</source>
        <translation>Kannst du mir dabei helfen: {purpose} (bis {day})?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {month} you told me “{quote}” Does that still hold, now that I lean towards {chosen}?</source>
        <translation>Am {month} hast du mir gesagt: „{quote}“ Gilt das noch, jetzt wo ich zu „{chosen}“ tendiere?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of my assumptions would you test first, or test differently?</source>
        <translation>Welche meiner Annahmen würdest du zuerst testen, oder anders?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would make you doubt “{chosen}”?</source>
        <translation>Was würde dich an „{chosen}“ zweifeln lassen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who else should I talk to before {gate}?</source>
        <translation>Mit wem sollte ich vor dem {gate} noch sprechen?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>My savings last about {months:g} months.</source>
        <translation>Meine Ersparnisse reichen etwa {months:g} Monate.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>catches up after {years} years</source>
        <translation>holt nach {years} Jahren auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breaks even after {years} years</source>
        <translation>erreicht die Gewinnschwelle nach {years} Jahren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} on {day}</source>
        <translation>{kind} am {day}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>a contact</source>
        <translation>ein Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the past</source>
        <translation>der Vergangenheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who else should I talk to before I decide?</source>
        <translation>Mit wem sollte ich noch sprechen, bevor ich entscheide?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is marked sensitive: the share version leaves sensitive people out</source>
        <translation>{name} ist als vertraulich markiert: die Fassung zum Teilen lässt vertrauliche Personen weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For {name}</source>
        <translation>Für {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For you</source>
        <translation>Für dich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reader}: where I stand</source>
        <translation>{reader}: wo ich stehe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no decision yet: run the Crossroads wizard first</source>
        <translation>es gibt noch keine Entscheidung: geh zuerst den Scheideweg-Assistenten durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test {letter}: {test} (with {who})</source>
        <translation>Test {letter}: {test} (mit {who})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gate: look at the tests&apos; results and decide, commit or stop</source>
        <translation>Die Entscheidung: die Ergebnisse der Tests ansehen und entscheiden, dranbleiben oder aufhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (tested)</source>
        <translation> (erprobt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am leaning towards &lt;b&gt;{option}&lt;/b&gt;, and I will decide for good on &lt;b&gt;{day}&lt;/b&gt;, when the tests below are done.</source>
        <translation>Ich tendiere zu &lt;b&gt;{option}&lt;/b&gt; und entscheide endgültig am &lt;b&gt;{day}&lt;/b&gt;, wenn die Tests unten erledigt sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am leaning towards &lt;b&gt;{option}&lt;/b&gt;.</source>
        <translation>Ich tendiere zu &lt;b&gt;{option}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &lt;b&gt;{day}&lt;/b&gt; I look at each test&apos;s result against its stop-or-commit line, and decide. Results count as tested evidence, above opinion.</source>
        <translation>Am &lt;b&gt;{day}&lt;/b&gt; halte ich jedes Testergebnis gegen seine Grenze zum Aufhören oder Dranbleiben und entscheide. Ergebnisse zählen als erprobte Belege, mehr als Meinungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would need to be true, and how I will test it</source>
        <translation>Was stimmen müsste, und wie ich es teste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next 30, 60 and 90 days</source>
        <translation>Die nächsten 30, 60 und 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan B and Plan Z</source>
        <translation>Plan B und Plan Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gate</source>
        <translation>Die Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people told me</source>
        <translation>Was mir andere gesagt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask {person}: {purpose} ({kind})</source>
        <translation>{person} fragen: {purpose} ({kind})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No assumptions were written down for this decision.</source>
        <translation>Für diese Entscheidung wurden keine Annahmen notiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would need to be true</source>
        <translation>Was stimmen müsste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheap test</source>
        <translation>Günstiger Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop or commit</source>
        <translation>Aufhören oder dranbleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No advice to quote.</source>
        <translation>Keine Ratschläge zum Zitieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The options I weighed, best first: {options}. How sure I am: {certainty}.</source>
        <translation>Die Möglichkeiten, die ich abgewogen habe, die beste zuerst: {options}. Wie sicher ich bin: {certainty}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing planned yet.</source>
        <translation>Noch nichts geplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First I would call: {names}.</source>
        <translation>Zuerst würde ich anrufen: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No revisit date was set.</source>
        <translation>Es wurde kein Termin zur Überprüfung festgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan B.</source>
        <translation>Plan B.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan Z, if I lost my job tomorrow.</source>
        <translation>Plan Z, falls ich morgen meinen Job verliere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the people who know my situation</source>
        <translation>die Leute, die meine Lage kennen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>downsizing risk {risk} of 5: staying is not low-risk</source>
        <translation>Risiko eines Stellenabbaus {risk} von 5: Bleiben ist nicht risikoarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your job is going badly ({going} of 5)</source>
        <translation>dein Job läuft schlecht ({going} von 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are unhappy at work ({happiness} of 5) but gave Improve in place interest {score}. Confirm that improving would change that, or lower it.</source>
        <translation>Du bist bei der Arbeit unzufrieden ({happiness} von 5), hast „Vor Ort verbessern“ bei den Interessen aber {score} gegeben. Bestätige, dass eine Verbesserung daran etwas ändern würde, oder senke die Bewertung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings must cover full-time study ({savings:g} of {months} months)</source>
        <translation>Die Ersparnisse müssen ein Vollzeitstudium tragen ({savings:g} von {months} Monaten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study part-time, keeping an income (savings cover {savings:g} of {months} months full-time)</source>
        <translation>In Teilzeit studieren und ein Einkommen behalten (die Ersparnisse reichen für {savings:g} von {months} Monaten Vollzeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runway {savings:g} of {months} months: your savings cover {savings:g} of the {months} months of full-time study.</source>
        <translation>Reserve {savings:g} von {months} Monaten: deine Ersparnisse decken {savings:g} der {months} Monate Vollzeitstudium.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runway {savings:g} of {months:g} months: your savings run out before the job search you expect is over.</source>
        <translation>Reserve {savings:g} von {months:g} Monaten: deine Ersparnisse sind aufgebraucht, bevor die erwartete Jobsuche vorbei ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the break-even is {years:g} years</source>
        <translation>die Gewinnschwelle liegt bei {years:g} Jahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catching up with staying is {years:g} years</source>
        <translation>das Bleiben einzuholen dauert {years:g} Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the break-even is not reached within your {working} working years</source>
        <translation>die Gewinnschwelle wird in deinen {working} Arbeitsjahren nicht erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catching up with staying is not reached within your {working} working years</source>
        <translation>das Bleiben wird in deinen {working} Arbeitsjahren nicht eingeholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runway {savings:g} of {months} months of full-time study</source>
        <translation>Reserve {savings:g} von {months} Monaten Vollzeitstudium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runway {savings:g} of {months:g} months of job search</source>
        <translation>Reserve {savings:g} von {months:g} Monaten Jobsuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You gave Improve in place income {score}, but rate your promotion prospects {prospects} of 5 and had no raise for {months} months. Confirm that score, or lower it.</source>
        <translation>Du hast „Vor Ort verbessern“ beim Einkommen {score} gegeben, schätzt deine Beförderungsaussichten aber auf {prospects} von 5 und hattest seit {months} Monaten keine Gehaltserhöhung. Bestätige die Bewertung oder senke sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You gave Improve in place income {score}, but rate your promotion prospects {prospects} of 5. Confirm that score, or lower it.</source>
        <translation>Du hast „Vor Ort verbessern“ beim Einkommen {score} gegeben, schätzt deine Beförderungsaussichten aber auf {prospects} von 5. Bestätige die Bewertung oder senke sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You gave {option} income {score}; {when} (discounted at {rate:g}%), and over your working years it comes to {versus:+,.0f} against staying. Confirm that score, or lower it.</source>
        <translation>Du hast „{option}“ beim Einkommen {score} gegeben; {when} (abgezinst mit {rate:g} %), und über deine Arbeitsjahre ergibt das {versus:+,.0f} gegenüber dem Bleiben. Bestätige die Bewertung oder senke sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the new job before leaving this one</source>
        <translation>Die neue Stelle finden, bevor ich diese verlasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You gave {option} income {score}, but {when} and it comes to {versus:+,.0f} against staying. Confirm that score, or raise it.</source>
        <translation>Du hast „{option}“ beim Einkommen {score} gegeben, aber {when}, und es ergibt {versus:+,.0f} gegenüber dem Bleiben. Bestätige die Bewertung oder erhöhe sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a result, not an opinion: counts double and does not fade</source>
        <translation>ein Ergebnis, keine Meinung: zählt doppelt und verblasst nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot create folder {folder}: {error}</source>
        <translation>der Ordner {folder} kann nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write to database {path}: permission denied</source>
        <translation>in die Datenbank {path} kann nicht geschrieben werden: keine Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database was written by a newer MentorDesk (schema {version}); please update the app</source>
        <translation>diese Datenbank wurde von einem neueren MentorDesk geschrieben (Schema {version}); bitte aktualisiere die App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot create database {path}: {error}</source>
        <translation>die Datenbank {path} kann nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday: {text!r} is not a date this import can read (e.g. 1985-03-15 or --03-15)</source>
        <translation>Geburtstag: {text!r} ist kein Datum, das dieser Import lesen kann (z. B. 1985-03-15 oder --03-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column(s) not imported: {columns}; map them to a field to keep them (the column list in the dialog, or --mapping COLUMN=FIELD)</source>
        <translation>Spalte(n) nicht importiert: {columns}; ordne sie einem Feld zu, um sie zu behalten (die Spaltenliste im Dialog oder --mapping SPALTE=FELD)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{column!r} ({n} rows)</source>
        <translation>
            <numerusform>{column!r} ({n} Zeile)</numerusform>
            <numerusform>{column!r} ({n} Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>exported {n} people to {file} (Google Contacts CSV)</source>
        <translation>
            <numerusform>{n} Person nach {file} exportiert (Google-Kontakte-CSV)</numerusform>
            <numerusform>{n} Personen nach {file} exportiert (Google-Kontakte-CSV)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>exported {n} people to {file} (CSV)</source>
        <translation>
            <numerusform>{n} Person nach {file} exportiert (CSV)</numerusform>
            <numerusform>{n} Personen nach {file} exportiert (CSV)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mapping names columns the file does not have: {columns}</source>
        <translation>die Zuordnung nennt Spalten, die die Datei nicht hat: {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field(s) in the mapping: {fields} (known: {known})</source>
        <translation>unbekannte(s) Feld(er) in der Zuordnung: {fields} (bekannt: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no column is mapped to a name or an email (columns: {columns}); give --mapping COLUMN=display_name</source>
        <translation>{name}: keine Spalte ist einem Namen oder einer E-Mail zugeordnet (Spalten: {columns}); gib --mapping SPALTE=display_name an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no header line after the &apos;Notes:&apos; preamble</source>
        <translation>{name}: keine Kopfzeile nach der Einleitung &apos;Notes:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the file has no header line</source>
        <translation>{name}: die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: line {line}: {error}</source>
        <translation>{name}: Zeile {line}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hidden LinkedIn member</source>
        <translation>ein verborgenes LinkedIn-Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a row with only a date</source>
        <translation>eine Zeile nur mit einem Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: {who} (nothing to import)</source>
        <translation>übersprungen: {who} (nichts zu importieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {values} values but the header has {columns} columns</source>
        <translation>hat {values} Werte, aber die Kopfzeile hat {columns} Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s text encoding is uncertain: read it as {encoding}, but it may be {others}; check the letters on line(s) {lines} (or save the file as UTF-8)</source>
        <translation>die Textkodierung der Datei ist unsicher: als {encoding} gelesen, sie kann aber auch {others} sein; prüfe die Buchstaben in Zeile(n) {lines} (oder speichere die Datei als UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not UTF-8; read it as {encoding}</source>
        <translation>die Datei ist nicht UTF-8; als {encoding} gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the file as {encoding}, as chosen</source>
        <translation>die Datei wie gewählt als {encoding} gelesen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>... and {n} more line(s) with bytes replaced</source>
        <translation>
            <numerusform>... und {n} weitere Zeile mit ersetzten Bytes</numerusform>
            <numerusform>... und {n} weitere Zeilen mit ersetzten Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not tell the file&apos;s text encoding; read it as {encoding}: check names and notes for garbled letters (or save the file as UTF-8)</source>
        <translation>die Textkodierung der Datei war nicht zu erkennen; als {encoding} gelesen: prüfe Namen und Notizen auf verstümmelte Buchstaben (oder speichere die Datei als UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes that are not valid {encoding} were replaced with �</source>
        <translation>Bytes, die kein gültiges {encoding} sind, wurden durch � ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported {meetings} and {follow_ups} to {file} (iCalendar)</source>
        <translation>{meetings} und {follow_ups} nach {file} exportiert (iCalendar)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{n} follow-ups</source>
        <translation>
            <numerusform>{n} Nachfasstermin</numerusform>
            <numerusform>{n} Nachfasstermine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendees who are none of your people (left off the meetings): {listed}</source>
        <translation>Teilnehmende, die keine deiner Personen sind (bei den Treffen weggelassen): {listed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event has no start (DTSTART)</source>
        <translation>der Termin hat keinen Beginn (DTSTART)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DTSTART: cannot read the date ({error})</source>
        <translation>DTSTART: das Datum ist nicht lesbar ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no attendees listed</source>
        <translation>keine Teilnehmenden angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no calendar found (expected BEGIN:VCALENDAR)</source>
        <translation>kein Kalender gefunden (BEGIN:VCALENDAR erwartet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: {title!r} was cancelled</source>
        <translation>übersprungen: {title!r} wurde abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title!r} repeats: only its first time is imported</source>
        <translation>{title!r} wiederholt sich: nur der erste Termin wird importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: {title!r} on {day}: none of your people is there ({who})</source>
        <translation>übersprungen: {title!r} am {day}: keine deiner Personen ist dabei ({who})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same time, same people</source>
        <translation>gleiche Zeit, gleiche Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable calendar ({error})</source>
        <translation>unlesbarer Kalender ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already logged: same time, same people</source>
        <translation>schon erfasst: gleiche Zeit, gleiche Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you met</source>
        <translation>Wie ihr euch kennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met on</source>
        <translation>Kennengelernt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust (1–5)</source>
        <translation>Vertrauen (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch (days)</source>
        <translation>Kontakt halten (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knows my situation at work</source>
        <translation>Kennt meine Lage bei der Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive: hide in privacy mode</source>
        <translation>Vertraulich: im Privatsphäre-Modus ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported {people}, {organizations}, {meetings}, {advice} and {asks} to {file}</source>
        <translation>{people}, {organizations}, {meetings}, {advice} und {asks} nach {file} exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{n} advice notes</source>
        <translation>
            <numerusform>{n} Ratschlag</numerusform>
            <numerusform>{n} Ratschläge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a MentorDesk JSON export (the file holds a {kind}, not an object)</source>
        <translation>kein MentorDesk-JSON-Export (die Datei enthält {kind}, kein Objekt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a MentorDesk JSON export (no &quot;people&quot; list)</source>
        <translation>kein MentorDesk-JSON-Export (keine Liste &quot;people&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written by another app (&quot;format&quot; must be &quot;mentordesk&quot;, &quot;version&quot; a number)</source>
        <translation>von einer anderen App geschrieben (&quot;format&quot; muss &quot;mentordesk&quot; sein, &quot;version&quot; eine Zahl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written by a newer MentorDesk (format version {version})</source>
        <translation>von einem neueren MentorDesk geschrieben (Formatversion {version})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested too deeply to be a MentorDesk JSON export</source>
        <translation>zu tief verschachtelt für einen MentorDesk-JSON-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON ({error})</source>
        <translation>kein gültiges JSON ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: {error}</source>
        <translation>kein gültiges JSON: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{n} skipped</source>
        <translation>
            <numerusform>{n} übersprungen</numerusform>
            <numerusform>{n} übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>{path} kann nicht geschrieben werden: den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such file</source>
        <translation>{path}: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable card ({error})</source>
        <translation>unlesbare Karte ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card has no END:VCARD (the file ends inside it)</source>
        <translation>die Karte hat kein END:VCARD (die Datei endet mittendrin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no vCard found (expected BEGIN:VCARD)</source>
        <translation>keine vCard gefunden (BEGIN:VCARD erwartet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card has no END:VCARD before the next BEGIN:VCARD</source>
        <translation>die Karte hat kein END:VCARD vor dem nächsten BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (in {count} cards, the first on line {line})</source>
        <translation>{reason} (in {count} Karten, die erste in Zeile {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected text outside a card: {text!r}</source>
        <translation>unerwarteter Text außerhalb einer Karte: {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sound clip</source>
        <translation>Tonaufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is {size}; MentorDesk imports vCard files up to {limit}. Export it again without photos, or in parts.</source>
        <translation>{name} ist {size} groß; MentorDesk importiert vCard-Dateien bis {limit}. Exportiere sie noch einmal ohne Fotos oder in Teilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact{who}: {what} left out ({size}; the limit is {limit})</source>
        <translation>Kontakt{who}: {what} weggelassen ({size}; die Grenze ist {limit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes not valid in {encoding} were replaced with �</source>
        <translation>in {encoding} ungültige Bytes wurden durch � ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quoted-printable text without a CHARSET ({names}) read as {encoding}</source>
        <translation>Quoted-Printable-Text ohne CHARSET ({names}) als {encoding} gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its data is not valid base64</source>
        <translation>seine Daten sind kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unknown CHARSET {charset!r} was read as {encoding}</source>
        <translation>das unbekannte CHARSET {charset!r} wurde als {encoding} gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; that is uncertain: check its letters</source>
        <translation>; das ist unsicher: prüfe die Buchstaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} left out: {reason}</source>
        <translation>{what} weggelassen: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>exported {n} people to {file} (vCard {version})</source>
        <translation>
            <numerusform>{n} Person nach {file} exportiert (vCard {version})</numerusform>
            <numerusform>{n} Personen nach {file} exportiert (vCard {version})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard version must be 3.0 or 4.0 (got {version!r})</source>
        <translation>die vCard-Version muss 3.0 oder 4.0 sein (war {version!r})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no database is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot back up: {folder} is a file, not a folder; move it away</source>
        <translation>Sicherung nicht möglich: {folder} ist eine Datei, kein Ordner; verschiebe sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write to the backups folder {folder}: permission denied</source>
        <translation>in den Sicherungsordner {folder} kann nicht geschrieben werden: keine Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new backup failed SQLite&apos;s check ({problem}); nothing was kept</source>
        <translation>die neue Sicherung hat die Prüfung von SQLite nicht bestanden ({problem}); nichts wurde behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new backup does not hold the same rows as the database; nothing was kept</source>
        <translation>die neue Sicherung enthält nicht dieselben Zeilen wie die Datenbank; nichts wurde behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot create the backups folder {folder}: {error}</source>
        <translation>der Sicherungsordner {folder} kann nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write backup {target}: {error}</source>
        <translation>die Sicherung {target} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write backup {target}: a file of that name exists</source>
        <translation>die Sicherung {target} kann nicht geschrieben werden: eine Datei dieses Namens gibt es schon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged ({problem}); nothing was changed</source>
        <translation>{name} ist beschädigt ({problem}); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the converted copy of {path} did not match; nothing was changed</source>
        <translation>die umgewandelte Kopie von {path} stimmte nicht überein; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-encrypt</source>
        <translation>Neu-Verschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot convert {path}: {error}; nothing was changed</source>
        <translation>{path} kann nicht umgewandelt werden: {error}; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged ({problem}); restore a backup</source>
        <translation>{path} ist beschädigt ({problem}); stelle eine Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open {path}: {error}</source>
        <translation>{path} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase for {path}: nothing was changed</source>
        <translation>falsche Passphrase für {path}: nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish an interrupted change to</source>
        <translation>Abschließen einer unterbrochenen Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup {name} cannot be used: {problem}</source>
        <translation>die Sicherung {name} ist nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted copy of {name} did not match; nothing was restored</source>
        <translation>die verschlüsselte Kopie von {name} stimmte nicht überein; nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} does not exist</source>
        <translation>{what} {id} gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same email {email}</source>
        <translation>gleiche E-Mail {email}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name at {organization}</source>
        <translation>ähnlicher Name bei {organization}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone {number}</source>
        <translation>gleiche Telefonnummer {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar names at {organization}</source>
        <translation>ähnliche Namen bei {organization}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (earlier in the file)</source>
        <translation> (weiter oben in der Datei)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>search index for {kind} is out of step ({missing} missing, {extra} extra)</source>
        <translation>Suchindex für {kind} ist nicht aktuell ({missing} fehlen, {extra} zu viel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot merge a person with themselves</source>
        <translation>eine Person kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity {id} does not exist</source>
        <translation>Chance {id} gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization {id} does not exist</source>
        <translation>Organisation {id} gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} with {parts}.</source>
        <translation>{name} mit {parts} löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}.</source>
        <translation>{name} löschen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} advice note(s)</source>
        <translation>
            <numerusform>{n} Ratschlag</numerusform>
            <numerusform>{n} Ratschlägen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} ask(s)</source>
        <translation>
            <numerusform>{n} Anfrage</numerusform>
            <numerusform>{n} Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} meeting(s) only they attended</source>
        <translation>
            <numerusform>{n} Treffen, an dem nur diese Person teilnahm</numerusform>
            <numerusform>{n} Treffen, an denen nur diese Person teilnahm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} meeting(s) with other people are kept without them.</source>
        <translation>
            <numerusform>{n} Treffen mit anderen Personen bleibt ohne diese Person erhalten.</numerusform>
            <numerusform>{n} Treffen mit anderen Personen bleiben ohne diese Person erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up: {summary}</source>
        <translation>Nachfassen: {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program} (process {pid})</source>
        <translation>{program} (Prozess {pid})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MentorDesk is busy: {who} is writing to {name}; nothing was changed, try again</source>
        <translation>MentorDesk ist beschäftigt: {who} schreibt gerade in {name}; nichts wurde geändert, versuche es noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk holding {name} is full: nothing was changed; free some space and try again</source>
        <translation>der Datenträger mit {name} ist voll: nichts wurde geändert; schaffe Platz und versuche es noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is read-only: nothing was changed; check the file&apos;s permissions</source>
        <translation>{name} ist schreibgeschützt: nichts wurde geändert; prüfe die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk holding {name} reported an input/output error: nothing was changed</source>
        <translation>der Datenträger mit {name} meldete einen Ein-/Ausgabefehler: nichts wurde geändert</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>another MentorDesk window or command</source>
        <translation>ein anderes MentorDesk-Fenster oder ein Befehl</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>{n} meeting(s) have no attendee</source>
        <translation>
            <numerusform>{n} Treffen hat keine Teilnehmer</numerusform>
            <numerusform>{n} Treffen haben keine Teilnehmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} person(s) have a trust outside 1-5</source>
        <translation>
            <numerusform>{n} Person hat ein Vertrauen außerhalb von 1–5</numerusform>
            <numerusform>{n} Personen haben ein Vertrauen außerhalb von 1–5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} person(s) have a wrong &apos;last met&apos; date</source>
        <translation>
            <numerusform>{n} Person hat ein falsches Datum „zuletzt getroffen“</numerusform>
            <numerusform>{n} Personen haben ein falsches Datum „zuletzt getroffen“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} person(s) have a wrong keep-in-touch due date</source>
        <translation>
            <numerusform>{n} Person hat ein falsches Fälligkeitsdatum für „Kontakt halten“</numerusform>
            <numerusform>{n} Personen haben ein falsches Fälligkeitsdatum für „Kontakt halten“</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot {action} {path}: it is open in {who}; close it there first</source>
        <translation>{action} von {path} ist nicht möglich: Die Datei ist in {who} geöffnet; schließe sie dort zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MentorDesk is busy: {who} is replacing or re-encrypting {name}; nothing was changed, try again in a moment</source>
        <translation>MentorDesk ist beschäftigt: {who} ersetzt {name} oder verschlüsselt die Datei neu; nichts wurde geändert, versuch es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server URL is empty</source>
        <translation>die Serveradresse ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user name is empty</source>
        <translation>der Benutzername ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password in the URL was used for this sync only: {error}</source>
        <translation>das Passwort in der Adresse wurde nur für diese Synchronisierung verwendet: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot store the password in the system keyring ({error}); set {variable} instead</source>
        <translation>das Passwort kann nicht im Schlüsselbund des Systems gespeichert werden ({error}); setze stattdessen {variable}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync conflict {id} does not exist (already resolved?)</source>
        <translation>den Synchronisierungskonflikt {id} gibt es nicht (schon gelöst?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s version cannot be used here ({error}); keep this computer&apos;s instead</source>
        <translation>die Fassung des Servers ist hier nicht verwendbar ({error}); behalte stattdessen die dieses Computers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach {server} ({reason}); check you are online, sync will try again later</source>
        <translation>{server} ist nicht erreichbar ({reason}); prüfe, ob du online bist, die Synchronisierung versucht es später noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} had an internal error (HTTP {status} on {method} {path}); sync will try again later</source>
        <translation>{server} hatte einen internen Fehler (HTTP {status} bei {method} {path}); die Synchronisierung versucht es später noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} did not answer in time; sync will try again later</source>
        <translation>{server} hat nicht rechtzeitig geantwortet; die Synchronisierung versucht es später noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{url}&apos; is not a server address; it should look like https://dav.example.com/</source>
        <translation>&apos;{url}&apos; ist keine Serveradresse; sie sollte wie https://dav.example.com/ aussehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} rejected the user name &apos;{user}&apos; or its password (HTTP 401); check them in the sync settings</source>
        <translation>{server} hat den Benutzernamen &apos;{user}&apos; oder sein Passwort abgelehnt (HTTP 401); prüfe sie in den Einstellungen der Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} answered {method} {path} with HTTP {status} {reason}</source>
        <translation>{server} hat {method} {path} mit HTTP {status} {reason} beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} refused access to {path} for user &apos;{user}&apos; (HTTP 403)</source>
        <translation>{server} hat den Zugriff auf {path} für den Benutzer &apos;{user}&apos; verweigert (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event &apos;{name}&apos; ({href}): {reason}</source>
        <translation>Termin &apos;{name}&apos; ({href}): {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{up} up, {down} down, {deleted} deleted</source>
        <translation>{up} hochgeladen, {down} heruntergeladen, {deleted} gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact &apos;{name}&apos; ({href}): {reason}</source>
        <translation>Kontakt &apos;{name}&apos; ({href}): {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} removed on the server (kept here)</source>
        <translation>
            <numerusform>{n} auf dem Server entfernt (hier behalten)</numerusform>
            <numerusform>{n} auf dem Server entfernt (hier behalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} conflict(s)</source>
        <translation>
            <numerusform>{n} Konflikt</numerusform>
            <numerusform>{n} Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read ({reason})</source>
        <translation>nicht lesbar ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} refused to create {href}: it already exists</source>
        <translation>{server} hat es abgelehnt, {href} anzulegen: die Adresse ist schon belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} no longer has {records}; nothing was changed here or there</source>
        <translation>{server} hat {records} nicht mehr; weder hier noch dort wurde etwas geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync stopped: {headline}. If they were deleted on purpose, sync again allowing it: they stay here with their history, marked as removed from the server</source>
        <translation>Synchronisierung angehalten: {headline}. Wenn sie absichtlich gelöscht wurden, synchronisiere noch einmal und erlaube es: sie bleiben hier mit ihrer Geschichte, als vom Server entfernt markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} does not say where the address book and calendar of &apos;{user}&apos; are; enter the address book&apos;s own URL instead</source>
        <translation>{server} sagt nicht, wo Adressbuch und Kalender von &apos;{user}&apos; liegen; gib stattdessen die eigene Adresse des Adressbuchs ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} has nothing at {url} (HTTP 404); check the server address</source>
        <translation>{server} hat nichts unter {url} (HTTP 404); prüfe die Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing changed: this computer and the server already agree</source>
        <translation>nichts geändert: dieser Computer und der Server stimmen schon überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people: {people}; meetings: {meetings}</source>
        <translation>Personen: {people}; Treffen: {meetings}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} conflict(s) to resolve</source>
        <translation>
            <numerusform>{n} Konflikt zu lösen</numerusform>
            <numerusform>{n} Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not back up the database before the first sync ({error}); nothing was synced</source>
        <translation>die Datenbank konnte vor der ersten Synchronisierung nicht gesichert werden ({error}); nichts wurde synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not back up the database before syncing ({error}); nothing was synced</source>
        <translation>die Datenbank konnte vor dem Synchronisieren nicht gesichert werden ({error}); nichts wurde synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../src/mentordesk/ui/widgets/forms.py" line="+65"/>
        <source>The stored value %1 is not a valid %2 (invalid date): pick one and save.</source>
        <translation>Der gespeicherte Wert %1 ist kein gültiges %2 (ungültiges Datum): Wähle eines und speichere.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Separate several with commas</source>
        <translation>Mehrere durch Kommas trennen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../src/mentordesk/ui/dates.py" line="+37"/>
        <source>%1 (invalid date)</source>
        <translation>%1 (ungültiges Datum)</translation>
    </message>
</context>
<context>
    <name>nouns</name>
    <message>
        <location filename="../../build/i18n/core_texts.py" line="-43"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>advice</source>
        <translation>Ratschlag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ask</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>opportunity</source>
        <translation>Chance</translation>
    </message>
</context>
<context>
    <name>plurals</name>
    <message>
        <location line="-38"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>advice</source>
        <translation>Ratschläge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>asks</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>opportunities</source>
        <translation>Chancen</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../src/mentordesk/ui/records.py" line="+67"/>
        <location filename="../../build/i18n/core_texts.py" line="-41"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../build/i18n/core_texts.py" line="+8"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../build/i18n/core_texts.py" line="+6"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../build/i18n/core_texts.py" line="+8"/>
        <source>Advice</source>
        <translation>Ratschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../build/i18n/core_texts.py" line="+9"/>
        <source>Ask</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../build/i18n/core_texts.py" line="+8"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../src/mentordesk/ui/search_panel.py" line="-125"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../src/mentordesk/ui/theme.py" line="+13"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../src/mentordesk/ui/undo.py" line="+67"/>
        <source>New {kind} “{name}”</source>
        <translation>{kind} „{name}“ anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit {kind} “{name}”</source>
        <translation>{kind} „{name}“ bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {kind} “{name}”</source>
        <translation>{kind} „{name}“ löschen</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../src/mentordesk/ui/core_messages.py" line="+7"/>
        <source>%1 does not look like an email address</source>
        <translation>%1 sieht nicht wie eine E-Mail-Adresse aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no digits: is it a phone number?</source>
        <translation>%1 enthält keine Ziffern: Ist das eine Telefonnummer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a meeting needs at least one attendee</source>
        <translation>ein Treffen braucht mindestens eine teilnehmende Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a person cannot introduce themselves</source>
        <translation>eine Person kann sich nicht selbst vorstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an organization called %1 already exists</source>
        <translation>eine Organisation namens %1 gibt es schon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose who gave the advice</source>
        <translation>wähle, wer den Rat gegeben hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose whom the ask is to</source>
        <translation>wähle, an wen die Anfrage geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is in the future (%1): advice is given on or before today</source>
        <translation>liegt in der Zukunft (%1): Ein Rat wird heute oder früher gegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required (give at least a name)</source>
        <translation>ist erforderlich (gib mindestens einen Namen an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required (the role or program)</source>
        <translation>ist erforderlich (die Stelle oder das Programm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too long (at most %1 characters)</source>
        <translation>ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a PNG or JPEG picture</source>
        <translation>muss ein PNG- oder JPEG-Bild sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date and time like 2024-05-31 14:30 (got %1)</source>
        <translation>muss ein Datum mit Uhrzeit wie 2024-05-31 14:30 sein (war %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date like 2024-05-31 (got %1)</source>
        <translation>muss ein Datum wie 2024-05-31 sein (war %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a web address like https://example.com/jobs/1 (got %1)</source>
        <translation>muss eine Webadresse wie https://example.com/jobs/1 sein (war %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number (got %1)</source>
        <translation>muss eine ganze Zahl sein (war %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>muss zwischen %1 und %2 liegen (war %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of %1</source>
        <translation>muss eines davon sein: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of %1 (got %2)</source>
        <translation>muss eines davon sein: %1 (war %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be scaled down to at most %1 pixels a side (got %2×%3, %4 KB)</source>
        <translation>muss auf höchstens %1 Pixel je Seite verkleinert sein (war %2×%3, %4 KB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text (got %1)</source>
        <translation>muss Text sein (war %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be the bytes of a PNG or JPEG picture</source>
        <translation>muss die Daten eines PNG- oder JPEG-Bildes enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no person with id %1</source>
        <translation>keine Person mit der ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no meeting with id %1</source>
        <translation>es gibt kein Treffen mit der ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no organization with id %1</source>
        <translation>es gibt keine Organisation mit der ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no person with id %1</source>
        <translation>es gibt keine Person mit der ID %1</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../build/i18n/core_texts.py" line="-81"/>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Career coach</source>
        <translation>Karrierecoach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former manager</source>
        <translation>Frühere Führungskraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insider</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professor / admissions</source>
        <translation>Professor / Zulassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improve in place</source>
        <translation>Vor Ort verbessern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch fields</source>
        <translation>Den Bereich wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to school</source>
        <translation>Zurück an die Hochschule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A specific opportunity</source>
        <translation>Eine bestimmte Chance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Dafür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation letter</source>
        <translation>Empfehlungsbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume review</source>
        <translation>Lebenslauf-Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informational interview</source>
        <translation>Infogespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I ask them</source>
        <translation>Ich frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They ask me</source>
        <translation>Ich werde gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program / course</source>
        <translation>Programm / Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewing</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
</TS>
