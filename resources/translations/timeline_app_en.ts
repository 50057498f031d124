<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n events of cultural relations between Kazakhstan and China, {period}.</source>
        <translation>
            <numerusform>%n event of cultural relations between Kazakhstan and China, {period}.</numerusform>
            <numerusform>%n events of cultural relations between Kazakhstan and China, {period}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents from {publishers}.</source>
        <translation>
            <numerusform>%n document from {publishers}.</numerusform>
            <numerusform>%n documents from {publishers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes can still be read from it; they are added to whichever you choose.</source>
        <translation>
            <numerusform>%n note can still be read from it; it is added to whichever you choose.</numerusform>
            <numerusform>%n notes can still be read from it; they are added to whichever you choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cited %n times.</source>
        <translation>
            <numerusform>, cited %n time.</numerusform>
            <numerusform>, cited %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events match “{query}”</source>
        <translation>
            <numerusform>%n event matches “{query}”</numerusform>
            <numerusform>%n events match “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more hidden by filters)</source>
        <translation>
            <numerusform> (%n more hidden by filters)</numerusform>
            <numerusform> (%n more hidden by filters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are listed, by date</source>
        <translation>
            <numerusform>%n is listed, by date</numerusform>
            <numerusform>%n are listed, by date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events · notes are stored in {path}</source>
        <translation>
            <numerusform>%Ln event · notes are stored in {path}</numerusform>
            <numerusform>%Ln events · notes are stored in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>{shown} of %Ln event</numerusform>
            <numerusform>{shown} of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes exported to {file}.</source>
        <translation>
            <numerusform>%Ln note exported to {file}.</numerusform>
            <numerusform>%Ln notes exported to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation>
            <numerusform>%Ln already here</numerusform>
            <numerusform>%Ln already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings, listed in the log (Help ▸ Open Log Folder)</source>
        <translation>
            <numerusform>%Ln warning, listed in the log (Help ▸ Open Log Folder)</numerusform>
            <numerusform>%Ln warnings, listed in the log (Help ▸ Open Log Folder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The updated notes take the newer text from the file (see Show Details).</source>
        <translation>
            <numerusform>The updated note takes the newer text from the file (see Show Details).</numerusform>
            <numerusform>The updated notes take the newer text from the file (see Show Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other drafts for this event; the newest is from {time} (%n in all):</source>
        <translation>
            <numerusform>Other drafts for this event; the newest is from {time} (%n in all):</numerusform>
            <numerusform>Other drafts for this event; the newest is from {time} (%n in all):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%Ln)</source>
        <translation>
            <numerusform>Notes (%Ln)</numerusform>
            <numerusform>Notes (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results — ↓ and Enter to open</source>
        <translation>
            <numerusform>%n result — ↓ and Enter to open</numerusform>
            <numerusform>%n results — ↓ and Enter to open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events start here: click to zoom in</source>
        <extracomment>Texts kept in memory; beyond this the caches start over (a few MB at most). A title of typical letters, to start the width-per-character estimate in a new font. Layouts kept: a transition passes through many zoom levels. called with each storage failure (after it was logged) shaped titles: measuring and drawing share one shaping per title titles a paint needed but could not read; read by ``fetch_missing`` titles whose read failed: not asked for again until a read succeeds</extracomment>
        <translation>
            <numerusform>%Ln more event starts here: click to zoom in</numerusform>
            <numerusform>%Ln more events start here: click to zoom in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the filters show (%Ln events)</source>
        <translation>
            <numerusform>What the filters show (%Ln event)</numerusform>
            <numerusform>What the filters show (%Ln events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The curated chronology (%Ln events)</source>
        <translation>
            <numerusform>The curated chronology (%Ln event)</numerusform>
            <numerusform>The curated chronology (%Ln events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln events)</source>
        <translation>
            <numerusform>{name} (%Ln event)</numerusform>
            <numerusform>{name} (%Ln events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every event (%Ln events)</source>
        <translation>
            <numerusform>Every event (%Ln event)</numerusform>
            <numerusform>Every event (%Ln events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the %Ln events of {name}</source>
        <translation>
            <numerusform>Replace the %Ln event of {name}</numerusform>
            <numerusform>Replace the %Ln events of {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rows are not listed.</source>
        <translation>
            <numerusform>%Ln more row is not listed.</numerusform>
            <numerusform>%Ln more rows are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events imported into {name}.</source>
        <translation>
            <numerusform>%Ln event imported into {name}.</numerusform>
            <numerusform>%Ln events imported into {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events exported to {file}.</source>
        <translation>
            <numerusform>%Ln event exported to {file}.</numerusform>
            <numerusform>%Ln events exported to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the collection “{collection}” and its %Ln events?</source>
        <translation>
            <numerusform>Remove the collection “{collection}” and its %Ln event?</numerusform>
            <numerusform>Remove the collection “{collection}” and its %Ln events?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citation of %n sources copied.</source>
        <translation>
            <numerusform>Citation of %n source copied.</numerusform>
            <numerusform>Citation of %n sources copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources written to {file} ({format}).</source>
        <translation>
            <numerusform>%n source written to {file} ({format}).</numerusform>
            <numerusform>%n sources written to {file} ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline pages</source>
        <translation>
            <numerusform>%n timeline page</numerusform>
            <numerusform>%n timeline pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {file} ({format}, %n pages).</source>
        <translation>
            <numerusform>Exported {file} ({format}, %n page).</numerusform>
            <numerusform>Exported {file} ({format}, %n pages).</numerusform>
        </translation>
    </message>
</context>
</TS>
