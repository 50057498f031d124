<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No event with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>A seed article of this timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>The selected event is hidden by the filters.</source>
        <extracomment>str: a message for the status bar (&apos;&apos; clears the search&apos;s message when it ends) emitted after the set of shown events changed the events that pass the filters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {limit} events match “{query}”; of the first {found} found, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the others are hidden by filters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <extracomment>(date, date): the days to show</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year, a month or a day between {first} and {last}, for example 2015, 2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015 (day first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 31.08.2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a year, a month or a day, for example 2015, 08.2015 or 31.08.2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: “{word}” is not a month name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: there is no month {month}; months go from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {month} {year} has no day {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {year} is outside the timeline ({first}–{last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date I understand. Try 2015, 2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <source>Import Notes from {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the notes of {file}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {event}: {before} becomes {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteFiles</name>
    <message>
        <source>Import Notes from JSON</source>
        <extracomment>str: a message for the status bar Changes: notes changed by an import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Note added.</source>
        <extracomment>Changes: what a write here changed (for other panes) text that could not be written yet, held until it can</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note was deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you were editing was deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my text as a new note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard my text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another draft for this event, from {time}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other drafts for this event; the newest is from {time} ({count} in all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFailedDialog</name>
    <message>
        <source>Cannot Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open this folder. Copy its path to open it yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could open this link. Copy it to open it in a browser yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewBand</name>
    <message>
        <source>Overview of {period}</source>
        <extracomment>(float, float): new window start and end, as day numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Moves the database to the given file; returns None when done, else why not (one sentence). False for a database opened read-only: it is shown, never moved Appearance: the theme chosen TextSize: the detail pane&apos;s text size chosen StartView: what to show at the next start bool: animations on or off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate zoom and pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database to another place and use it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail &amp;text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;start show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved. The database is now {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the Database To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring a backup or starting fresh renames it to {name}.damaged-&lt;date&gt;, next to it, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup that can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Selected Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Double-click a row to open its link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineKeys</name>
    <message>
        <source>Previous / next event</source>
        <extracomment>One wheel notch (120 eighths of a degree) zooms by this factor. A horizontal wheel notch pans by this many pixels. Shift+arrow pans by this fraction of the visible window; Page Up/Down by this one. QKeySequence portable strings, each one key press untranslated; shown through QCoreApplication.translate(&quot;TimelineKeys&quot;, …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next event in the same category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move along the years (a tenth of the view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move along the years (a page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back / forward through visited events and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected event&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <source>The database is not open yet.</source>
        <extracomment>Move…: moves the database to a file; None, or why not (app.py sets it at attach)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
