<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/reminders.py" line="+32"/>
        <source>%n person(s) overdue for a catch-up</source>
        <translation>
            <numerusform>%n person is overdue for a catch-up</numerusform>
            <numerusform>%n people are overdue for a catch-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ask(s) due</source>
        <translation>
            <numerusform>%n ask is due</numerusform>
            <numerusform>%n asks are due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/today.py" line="+319"/>
        <source>%n person(s) overdue</source>
        <translation>
            <numerusform>%n person overdue</numerusform>
            <numerusform>%n people overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ask(s) waiting</source>
        <translation>
            <numerusform>%n ask waiting</numerusform>
            <numerusform>%n asks waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n coming up</source>
        <translation>
            <numerusform>%n coming up</numerusform>
            <numerusform>%n coming up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/person_page.py" line="+79"/>
        <location filename="../../src/mentordesk/ui/areas/today.py" line="+50"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/today.py" line="+6"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due tomorrow</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>For %n week(s)</source>
        <translation>
            <numerusform>For %n week</numerusform>
            <numerusform>For %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>For %n month(s)</source>
        <translation>
            <numerusform>For %n month</numerusform>
            <numerusform>For %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/today_chart.py" line="+33"/>
        <source>%n meeting(s) in the last 12 months</source>
        <translation>
            <numerusform>%n meeting in the last 12 months</numerusform>
            <numerusform>%n meetings in the last 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/builtin.py" line="+103"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln advice note(s)</source>
        <translation>
            <numerusform>%Ln advice note</numerusform>
            <numerusform>%Ln advice notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln ask(s)</source>
        <translation>
            <numerusform>%Ln ask</numerusform>
            <numerusform>%Ln asks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln opportunity(s)</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/areas/opportunity_page.py" line="+40"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/exchange/merge_dialog.py" line="+163"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n likely duplicate pair</numerusform>
            <numerusform>%n likely duplicate pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/exchange/import_dialog.py" line="+326"/>
        <location line="+28"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <location line="+29"/>
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n bad record(s)</source>
        <translation>
            <numerusform>%n bad record</numerusform>
            <numerusform>%n bad records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n note(s) below.</source>
        <translation>
            <numerusform>%n note below.</numerusform>
            <numerusform>%n notes below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../src/mentordesk/ui/sync/controller.py" line="+257"/>
        <source>&lt;a href=&quot;removed&quot;&gt;%n removed from the server, kept here&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;removed&quot;&gt;%n removed from the server, kept here&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;removed&quot;&gt;%n removed from the server, kept here&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;a href=&quot;conflicts&quot;&gt;%n conflict(s) to resolve&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;conflicts&quot;&gt;%n conflict to resolve&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;conflicts&quot;&gt;%n conflicts to resolve&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <location filename="../../build/i18n/core_templates.py" line="+407"/>
        <source>{n} organizations</source>
        <translation>
            <numerusform>{n} organizations</numerusform>
            <numerusform>{n} organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>{n} people</source>
        <translation>
            <numerusform>{n} people</numerusform>
            <numerusform>{n} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>{n} meetings</source>
        <translation>
            <numerusform>{n} meetings</numerusform>
            <numerusform>{n} meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>{n} advice</source>
        <translation>
            <numerusform>{n} advice</numerusform>
            <numerusform>{n} advice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>{n} asks</source>
        <translation>
            <numerusform>{n} asks</numerusform>
            <numerusform>{n} asks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-332"/>
        <source>{n} days ago</source>
        <translation>
            <numerusform>{n} days ago</numerusform>
            <numerusform>{n} days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+240"/>
        <source>{n} of your scores clash with your situation or the money (confirm or change them)</source>
        <translation>
            <numerusform>{n} of your scores clashes with your situation or the money (confirm or change it)</numerusform>
            <numerusform>{n} of your scores clash with your situation or the money (confirm or change them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>{column!r} ({n} rows)</source>
        <translation>
            <numerusform>{column!r} ({n} row)</numerusform>
            <numerusform>{column!r} ({n} rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>exported {n} people to {file} (Google Contacts CSV)</source>
        <translation>
            <numerusform>exported {n} people to {file} (Google Contacts CSV)</numerusform>
            <numerusform>exported {n} people to {file} (Google Contacts CSV)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>exported {n} people to {file} (CSV)</source>
        <translation>
            <numerusform>exported {n} people to {file} (CSV)</numerusform>
            <numerusform>exported {n} people to {file} (CSV)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>... and {n} more line(s) with bytes replaced</source>
        <translation>
            <numerusform>... and {n} more line(s) with bytes replaced</numerusform>
            <numerusform>... and {n} more line(s) with bytes replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{n} follow-ups</source>
        <translation>
            <numerusform>{n} follow-ups</numerusform>
            <numerusform>{n} follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>{n} advice notes</source>
        <translation>
            <numerusform>{n} advice notes</numerusform>
            <numerusform>{n} advice notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{n} oversized item(s) left out</source>
        <translation>
            <numerusform>{n} oversized item(s) left out</numerusform>
            <numerusform>{n} oversized item(s) left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} unreadable field(s) left out</source>
        <translation>
            <numerusform>{n} unreadable field(s) left out</numerusform>
            <numerusform>{n} unreadable field(s) left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} empty row(s) skipped</source>
        <translation>
            <numerusform>{n} empty row(s) skipped</numerusform>
            <numerusform>{n} empty row(s) skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} warning(s): check the preview</source>
        <translation>
            <numerusform>{n} warning(s): check the preview</numerusform>
            <numerusform>{n} warning(s): check the preview</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>would import {n} people</source>
        <translation>
            <numerusform>would import {n} people</numerusform>
            <numerusform>would import {n} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>imported {n} people</source>
        <translation>
            <numerusform>imported {n} people</numerusform>
            <numerusform>imported {n} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{n} likely duplicate(s)</source>
        <translation>
            <numerusform>{n} likely duplicate(s)</numerusform>
            <numerusform>{n} likely duplicate(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} bad record(s) left out</source>
        <translation>
            <numerusform>{n} bad record(s) left out</numerusform>
            <numerusform>{n} bad record(s) left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{path}: {first} (and {n} more); nothing was imported</source>
        <translation>
            <numerusform>{path}: {first} (and {n} more); nothing was imported</numerusform>
            <numerusform>{path}: {first} (and {n} more); nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} skipped</source>
        <translation>
            <numerusform>{n} skipped</numerusform>
            <numerusform>{n} skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>exported {n} people to {file} (vCard {version})</source>
        <translation>
            <numerusform>exported {n} people to {file} (vCard {version})</numerusform>
            <numerusform>exported {n} people to {file} (vCard {version})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>{n} meeting(s) have no attendee</source>
        <translation>
            <numerusform>{n} meeting(s) have no attendee</numerusform>
            <numerusform>{n} meeting(s) have no attendee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} person(s) have a trust outside 1-5</source>
        <translation>
            <numerusform>{n} person(s) have a trust outside 1-5</numerusform>
            <numerusform>{n} person(s) have a trust outside 1-5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} person(s) have a wrong &apos;last met&apos; date</source>
        <translation>
            <numerusform>{n} person(s) have a wrong &apos;last met&apos; date</numerusform>
            <numerusform>{n} person(s) have a wrong &apos;last met&apos; date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} person(s) have a wrong keep-in-touch due date</source>
        <translation>
            <numerusform>{n} person(s) have a wrong keep-in-touch due date</numerusform>
            <numerusform>{n} person(s) have a wrong keep-in-touch due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{n} advice note(s)</source>
        <translation>
            <numerusform>{n} advice note(s)</numerusform>
            <numerusform>{n} advice note(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} ask(s)</source>
        <translation>
            <numerusform>{n} ask(s)</numerusform>
            <numerusform>{n} ask(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} meeting(s) only they attended</source>
        <translation>
            <numerusform>{n} meeting(s) only they attended</numerusform>
            <numerusform>{n} meeting(s) only they attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} meeting(s) with other people are kept without them.</source>
        <translation>
            <numerusform>{n} meeting(s) with other people are kept without them.</numerusform>
            <numerusform>{n} meeting(s) with other people are kept without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>{n} removed on the server (kept here)</source>
        <translation>
            <numerusform>{n} removed on the server (kept here)</numerusform>
            <numerusform>{n} removed on the server (kept here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} conflict(s)</source>
        <translation>
            <numerusform>{n} conflict(s)</numerusform>
            <numerusform>{n} conflict(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{n} conflict(s) to resolve</source>
        <translation>
            <numerusform>{n} conflict(s) to resolve</numerusform>
            <numerusform>{n} conflict(s) to resolve</numerusform>
        </translation>
    </message>
</context>
</TS>
