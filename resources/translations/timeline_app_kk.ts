<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n events of cultural relations between Kazakhstan and China, {period}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents from {publishers}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes can still be read from it; they are added to whichever you choose.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cited %n times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SourcesTableModel</source>
        <comment>Title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SourcesTableModel</source>
        <comment>Published</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SourcesTableModel</source>
        <comment>Events</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SourcesTableModel</source>
        <comment>Link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events match “{query}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more hidden by filters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are listed, by date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events · notes are stored in {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes exported to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings, listed in the log (Help ▸ Open Log Folder)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The updated notes take the newer text from the file (see Show Details).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other drafts for this event; the newest is from {time} (%n in all):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results — ↓ and Enter to open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events start here: click to zoom in</source>
        <extracomment>Texts kept in memory; beyond this the caches start over (a few MB at most). A title of typical letters, to start the width-per-character estimate in a new font. Layouts kept: a transition passes through many zoom levels. called with each storage failure (after it was logged) shaped titles: measuring and drawing share one shaping per title titles a paint needed but could not read; read by ``fetch_missing`` titles whose read failed: not asked for again until a read succeeds</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event cites its sources; dates are shown with the precision the sources give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help ▸ Sources lists each of them with the number of events that cite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are stored only on this computer, in the database named in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Add Note “{note}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No event with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled data files are broken: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open read-only, so it cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy at {copy} could not be opened ({problem}). The database stays at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now {path}; start with --db {path} to open it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read or written while the app was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

The damaged file is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Your notes are safe. Details were written to the log in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteNoteCommand</name>
    <message>
        <source>Delete Note “{note}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>leads to</source>
        <extracomment>Untranslated; shown through QCoreApplication.translate(&quot;DetailPane&quot;, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives context to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>The data&apos;s precision and confidence words (DatePrecision, Confidence values), untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(today {place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as of {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: {publisher}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed article of this timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date precision: {precision} (approximate) · confidence: {confidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date precision: {precision} · confidence: {confidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event on the timeline, or press → / ← in the timeline to step through events in time. Zoom with the mouse wheel or + and −; drag to move along the years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English original</source>
        <extracomment>Links of the line below a translated title: show the English, or the translation again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated from English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <extracomment>str: id of a related event whose link was clicked</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit Note “{note}”</source>
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
    <name>ExternalLinks</name>
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
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Any (low and up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium and high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>EventFilter: the filter now chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events with my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact dates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide events known only to the month or year, or approximately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <extracomment>(date, date): the days to show the problem shown under the text (None: none)</extracomment>
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
        <source>{added}, {updated}, {unchanged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the notes of {file}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}.</source>
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
    <name>MainWindow</name>
    <message>
        <source>Opening {path}…</source>
        <extracomment>why a read-only database is shown from a private copy (None: the file itself) the database&apos;s services were attached and its events loaded called after the window has closed (e.g. to release the database file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event is hidden by the filters: choose Show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its latest changes could not be read in place, so a private copy is shown; the file is left as it is.</source>
        <extracomment>by the name their state is remembered under</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes from an older version of the app: an upgraded private copy is shown; the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: a private copy of {path} is shown, with its latest changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: an upgraded private copy of {path} (older version) is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {path} cannot be written, so notes cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written: notes can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditorController</name>
    <message>
        <source>An empty note is not saved: use Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text was kept as a new note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the selected note; changes are saved as you type. Esc to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed in another window after you opened it. Both texts are kept: yours is saved as a new note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you were editing was deleted in another window. Your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {error} Your text is kept and will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteFiles</name>
    <message>
        <source>Markdown (*.md)</source>
        <extracomment>Format name, file suffix and file-dialog filter (untranslated: translate(&quot;NoteFiles&quot;, …)).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes as {format}</source>
        <extracomment>str: a message for the status bar Changes: notes changed by an import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Notes from JSON</source>
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
        <source>{added}, {updated}, {unchanged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}, {more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>Qt date format of a note&apos;s time: d day, MMM short month name, yyyy year, HH:mm time</comment>
        <extracomment>Item data roles carrying the note&apos;s id and its pre-formatted timestamp line. A note longer than this many lines is shown cut, with the full text in its tooltip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} · edited {edited}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes on this event</source>
        <extracomment>Changes: what a write here changed (for other panes) text that could not be written yet, held until it can</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet ({error}); retrying. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: notes can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note about this event… (Ctrl+Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to write notes about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
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
        <source>Your text has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
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
        <extracomment>False for a database opened read-only: it is shown, never moved Appearance: the theme chosen TextSize: the detail pane&apos;s text size chosen StartView: what to show at the next start bool: animations on or off str: the interface language chosen (a code of LANGUAGES) where Move… last put the database (None: not moved)</extracomment>
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
        <source>&amp;Language:</source>
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
    <name>QCoreApplication</name>
    <message>
        <source>SourcesTableModel</source>
        <comment>Publisher</comment>
        <extracomment>Sort key role: dates sort as dates, counts as numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>{taken} — {notes} — {file}</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>RemovedEventNotesDialog</name>
    <message>
        <source>Notes on Removed Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on event “{event}” · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These notes were written on events that a later version of the bundled data no longer contains. They are kept, and they are included in File ▸ Export Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no notes on removed events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <extracomment>Typing pauses this long before the search runs. str: the text to search for (&apos;&apos; when cleared) Enter was pressed: choose the first result ↓ was pressed: move into the results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events, places, people, sources, notes… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Type in the search box to find events and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {limit} matches; {count} of those found first are listed, by date. Type more words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsList</name>
    <message>
        <source>in your notes: {snippet}</source>
        <extracomment>Space above and below each result&apos;s text, so a selected row does not touch the next date. Narrowest width text is laid out at (a list squeezed to nothing still gets readable rows).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also in your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <extracomment>str: id of the event the user chose Esc was pressed in the list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter: a command, a key or a menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by publisher, title, date or link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to open its link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageAlert</name>
    <message>
        <source>Repair…</source>
        <extracomment>the user asked to repair the database (restore a backup or start afresh) failures reported since the banner was last shown (the first included)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup or start afresh; the damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} could not be read or written: {reason}
What is on screen stays usable, and notes you type are kept in memory. Choose Repair… to restore the latest backup or start afresh (the damaged file is kept aside, not deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the database {path}: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>{date}: {title}</source>
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
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <extracomment>str: id of the event that became selected emitted after every change of the visible window Enter was pressed: the user wants to read the selected event N was pressed: the user wants to write a note on the selected event int: Alt+Left (-1) or Alt+Right (+1): go back or forward in the history the selection was cleared StorageError: reading titles or ids failed (the view goes on with what it knows)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This is a timeline of cultural relations between Kazakhstan and China since 1992, with the sources of every event and your own notes, kept only on this computer. Three things to try: &lt;b&gt;1.&lt;/b&gt; turn the mouse wheel over the timeline to zoom from decades to days; &lt;b&gt;2.&lt;/b&gt; press Ctrl+F and type a name, such as &lt;i&gt;Astana&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; select an event and press N to write a note. Help ▸ User Guide explains the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this welcome; it will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note, grouped by event, as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note as JSON (can be imported again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Notes from JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge notes from a JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on &amp;Removed Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes whose event left the bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the app writes its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last note change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole period, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Animate Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth zoom and pan transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the earliest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the latest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a year, month or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source, with how many events cite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the marks mean, and how to zoom, search, filter and keep notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut, searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app and its data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, text size, language, what to show at start, where the database lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>View ▸ Language: one action per language code, named in its own language the menus by name: file, export, edit, view, appearance, language, go, help what Undo and Redo would do now (&quot;Delete Note&quot;; &quot;&quot; for nothing), from the undo stack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some note text could not be saved:
{error}

If you quit now it will be lost. Quit anyway?</source>
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
