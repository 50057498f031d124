<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n events of cultural relations between Kazakhstan and China, {period}.</source>
        <translation>
            <numerusform>%n событие культурных связей Казахстана и Китая, {period}.</numerusform>
            <numerusform>%n события культурных связей Казахстана и Китая, {period}.</numerusform>
            <numerusform>%n событий культурных связей Казахстана и Китая, {period}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents from {publishers}.</source>
        <translation>
            <numerusform>%n документ (издатели: {publishers}).</numerusform>
            <numerusform>%n документа (издатели: {publishers}).</numerusform>
            <numerusform>%n документов (издатели: {publishers}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes can still be read from it; they are added to whichever you choose.</source>
        <translation>
            <numerusform>Из него ещё можно прочитать %n заметку; она будет добавлена в ту базу данных, которую вы выберете: восстановленную или новую.</numerusform>
            <numerusform>Из него ещё можно прочитать %n заметки; они будут добавлены в ту базу данных, которую вы выберете: восстановленную или новую.</numerusform>
            <numerusform>Из него ещё можно прочитать %n заметок; они будут добавлены в ту базу данных, которую вы выберете: восстановленную или новую.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cited %n times.</source>
        <translation>
            <numerusform>, всего %n ссылка.</numerusform>
            <numerusform>, всего %n ссылки.</numerusform>
            <numerusform>, всего %n ссылок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events match “{query}”</source>
        <translation>
            <numerusform>Запросу «{query}» соответствует %n событие</numerusform>
            <numerusform>Запросу «{query}» соответствуют %n события</numerusform>
            <numerusform>Запросу «{query}» соответствуют %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more hidden by filters)</source>
        <translation>
            <numerusform> (ещё %n скрыто фильтрами)</numerusform>
            <numerusform> (ещё %n скрыты фильтрами)</numerusform>
            <numerusform> (ещё %n скрыто фильтрами)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are listed, by date</source>
        <translation>
            <numerusform>%n показано в порядке дат</numerusform>
            <numerusform>%n показаны в порядке дат</numerusform>
            <numerusform>%n показано в порядке дат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events · notes are stored in {path}</source>
        <translation>
            <numerusform>%Ln событие · заметки хранятся в {path}</numerusform>
            <numerusform>%Ln события · заметки хранятся в {path}</numerusform>
            <numerusform>%Ln событий · заметки хранятся в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>{shown} из %Ln события</numerusform>
            <numerusform>{shown} из %Ln событий</numerusform>
            <numerusform>{shown} из %Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes exported to {file}.</source>
        <translation>
            <numerusform>%Ln заметка экспортирована в {file}.</numerusform>
            <numerusform>%Ln заметки экспортированы в {file}.</numerusform>
            <numerusform>%Ln заметок экспортировано в {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>добавлено %Ln</numerusform>
            <numerusform>добавлено %Ln</numerusform>
            <numerusform>добавлено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>обновлено %Ln</numerusform>
            <numerusform>обновлено %Ln</numerusform>
            <numerusform>обновлено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation>
            <numerusform>уже есть %Ln</numerusform>
            <numerusform>уже есть %Ln</numerusform>
            <numerusform>уже есть %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>пропущено %Ln</numerusform>
            <numerusform>пропущено %Ln</numerusform>
            <numerusform>пропущено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings, listed in the log (Help ▸ Open Log Folder)</source>
        <translation>
            <numerusform>%Ln предупреждение (см. журнал: Справка ▸ Открыть папку журнала)</numerusform>
            <numerusform>%Ln предупреждения (см. журнал: Справка ▸ Открыть папку журнала)</numerusform>
            <numerusform>%Ln предупреждений (см. журнал: Справка ▸ Открыть папку журнала)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>без изменений %Ln</numerusform>
            <numerusform>без изменений %Ln</numerusform>
            <numerusform>без изменений %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The updated notes take the newer text from the file (see Show Details).</source>
        <translation>
            <numerusform>При обновлении заметок берётся более новый текст из файла (см. «Показать подробности»).</numerusform>
            <numerusform>При обновлении заметок берётся более новый текст из файла (см. «Показать подробности»).</numerusform>
            <numerusform>При обновлении заметок берётся более новый текст из файла (см. «Показать подробности»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other drafts for this event; the newest is from {time} (%n in all):</source>
        <translation>
            <numerusform>Для этого события есть другие черновики; самый новый — от {time} (всего %n):</numerusform>
            <numerusform>Для этого события есть другие черновики; самый новый — от {time} (всего %n):</numerusform>
            <numerusform>Для этого события есть другие черновики; самый новый — от {time} (всего %n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%Ln)</source>
        <translation>
            <numerusform>Заметки (%Ln)</numerusform>
            <numerusform>Заметки (%Ln)</numerusform>
            <numerusform>Заметки (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results — ↓ and Enter to open</source>
        <translation>
            <numerusform>%n результат — ↓ и Enter, чтобы открыть</numerusform>
            <numerusform>%n результата — ↓ и Enter, чтобы открыть</numerusform>
            <numerusform>%n результатов — ↓ и Enter, чтобы открыть</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events start here: click to zoom in</source>
        <extracomment>Texts kept in memory; beyond this the caches start over (a few MB at most). A title of typical letters, to start the width-per-character estimate in a new font. Layouts kept: a transition passes through many zoom levels. called with each storage failure (after it was logged) shaped titles: measuring and drawing share one shaping per title titles a paint needed but could not read; read by ``fetch_missing`` titles whose read failed: not asked for again until a read succeeds</extracomment>
        <translation>
            <numerusform>Здесь начинается ещё %Ln событие: щёлкните, чтобы приблизить</numerusform>
            <numerusform>Здесь начинаются ещё %Ln события: щёлкните, чтобы приблизить</numerusform>
            <numerusform>Здесь начинаются ещё %Ln событий: щёлкните, чтобы приблизить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the filters show (%Ln events)</source>
        <translation>
            <numerusform>Показанные с учётом фильтров (%Ln событие)</numerusform>
            <numerusform>Показанные с учётом фильтров (%Ln события)</numerusform>
            <numerusform>Показанные с учётом фильтров (%Ln событий)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The curated chronology (%Ln events)</source>
        <translation>
            <numerusform>Основная хронология (%Ln событие)</numerusform>
            <numerusform>Основная хронология (%Ln события)</numerusform>
            <numerusform>Основная хронология (%Ln событий)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln events)</source>
        <translation>
            <numerusform>{name} (%Ln событие)</numerusform>
            <numerusform>{name} (%Ln события)</numerusform>
            <numerusform>{name} (%Ln событий)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every event (%Ln events)</source>
        <translation>
            <numerusform>Все события (%Ln событие)</numerusform>
            <numerusform>Все события (%Ln события)</numerusform>
            <numerusform>Все события (%Ln событий)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the %Ln events of {name}</source>
        <translation>
            <numerusform>Заменить %Ln событие в коллекции «{name}»</numerusform>
            <numerusform>Заменить %Ln события в коллекции «{name}»</numerusform>
            <numerusform>Заменить %Ln событий в коллекции «{name}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>отклонено %Ln</numerusform>
            <numerusform>отклонено %Ln</numerusform>
            <numerusform>отклонено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rows are not listed.</source>
        <translation>
            <numerusform>Ещё %Ln строка не показана.</numerusform>
            <numerusform>Ещё %Ln строки не показаны.</numerusform>
            <numerusform>Ещё %Ln строк не показано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events imported into {name}.</source>
        <translation>
            <numerusform>%Ln событие импортировано в коллекцию «{name}».</numerusform>
            <numerusform>%Ln события импортированы в коллекцию «{name}».</numerusform>
            <numerusform>%Ln событий импортировано в коллекцию «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events exported to {file}.</source>
        <translation>
            <numerusform>%Ln событие экспортировано в {file}.</numerusform>
            <numerusform>%Ln события экспортированы в {file}.</numerusform>
            <numerusform>%Ln событий экспортировано в {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the collection “{collection}” and its %Ln events?</source>
        <translation>
            <numerusform>Удалить коллекцию «{collection}» и её %Ln событие?</numerusform>
            <numerusform>Удалить коллекцию «{collection}» и её %Ln события?</numerusform>
            <numerusform>Удалить коллекцию «{collection}» и её %Ln событий?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citation of %n sources copied.</source>
        <translation>
            <numerusform>Скопирована библиографическая ссылка на %n источник.</numerusform>
            <numerusform>Скопирована библиографическая ссылка на %n источника.</numerusform>
            <numerusform>Скопирована библиографическая ссылка на %n источников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources written to {file} ({format}).</source>
        <translation>
            <numerusform>%n источник сохранён в {file} ({format}).</numerusform>
            <numerusform>%n источника сохранены в {file} ({format}).</numerusform>
            <numerusform>%n источников сохранено в {file} ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline pages</source>
        <translation>
            <numerusform>%n страница шкалы времени</numerusform>
            <numerusform>%n страницы шкалы времени</numerusform>
            <numerusform>%n страниц шкалы времени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {file} ({format}, %n pages).</source>
        <translation>
            <numerusform>Файл {file} экспортирован ({format}, %n страница).</numerusform>
            <numerusform>Файл {file} экспортирован ({format}, %n страницы).</numerusform>
            <numerusform>Файл {file} экспортирован ({format}, %n страниц).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <source>Every event cites its sources; dates are shown with the precision the sources give.</source>
        <translation>Каждое событие ссылается на свои источники; даты указаны с той точностью, которую дают источники.</translation>
    </message>
    <message>
        <source>Seed articles</source>
        <translation>Исходные статьи</translation>
    </message>
    <message>
        <source>Further sources</source>
        <translation>Другие источники</translation>
    </message>
    <message>
        <source>Help ▸ Sources lists each of them with the number of events that cite it.</source>
        <translation>Справка ▸ Источники показывает каждый из них с числом событий, которые на него ссылаются.</translation>
    </message>
    <message>
        <source>Your notes are kept in the database this window opened: a file on this computer, unless you opened your team&apos;s shared store on a server (named in the window&apos;s title).</source>
        <translation>Ваши заметки хранятся в базе данных, открытой в этом окне: это файл на этом компьютере, если только вы не открыли общую базу данных вашей команды на сервере (её название указано в заголовке окна).</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе «{app}»</translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <translation>Хронология культурных связей Казахстана и Китая</translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Add Note “{note}”</source>
        <translation>добавление заметки «{note}»</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No event with id {id}.</source>
        <translation>Нет события с идентификатором {id}.</translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <extracomment>The interface languages, English first (the source language of every text). Each language named in itself, as the language list shows it (never translated). QSettings key of the language the user picked. The locale each language&apos;s dates and numbers follow (Chinese: Simplified, mainland). Fonts tried, in order, for Chinese characters when Chinese is shown: Simplified forms first, so Han characters do not take a Japanese or Traditional font&apos;s shapes (fontconfig, Windows, macOS names). Kazakh&apos;s letters are in every common Cyrillic font (DejaVu, Noto, Segoe UI). Qt&apos;s own catalogue for each language (in Qt&apos;s translations folder).</extracomment>
        <translation>Хронология культурных связей Казахстана и Китая</translation>
    </message>
    <message>
        <source>The bundled data files are broken: {problem}</source>
        <translation>Встроенные файлы данных повреждены: {problem}</translation>
    </message>
    <message>
        <source>{path} is open read-only, so it cannot be moved.</source>
        <translation>Файл {path} открыт только для чтения, поэтому его нельзя переместить.</translation>
    </message>
    <message>
        <source>Move… applies to local files only: a server store is moved by its administrator (pg_dump).</source>
        <translation>«Переместить…» работает только с локальными файлами: базу данных на сервере переносит её администратор (pg_dump).</translation>
    </message>
    <message>
        <source>The copy at {copy} could not be opened ({problem}). The database stays at {path}.</source>
        <translation>Не удалось открыть копию {copy} ({problem}). База данных остаётся на прежнем месте: {path}.</translation>
    </message>
    <message>
        <source>The database is now {path}.</source>
        <translation>Теперь используется база данных {path}.</translation>
    </message>
    <message>
        <source>The database is now {path}; start with --db {path} to open it next time.</source>
        <translation>Теперь используется база данных {path}; чтобы открыть её в следующий раз, запустите приложение с параметром --db {path}.</translation>
    </message>
    <message>
        <source>{path} could not be read or written while the app was open.</source>
        <translation>Не удалось прочитать или записать файл {path}, пока приложение было открыто.</translation>
    </message>
    <message>
        <source>{problem}

The damaged file is kept as {aside}.</source>
        <translation>{problem}

Повреждённый файл сохранён как {aside}.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Your notes are safe. Details were written to the log in {folder}.</source>
        <translation>Произошла непредвиденная ошибка: {problem}

Ваши заметки не пострадали. Подробности записаны в журнал в папке {folder}.</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>{text}.</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>“{title}.”</source>
        <translation>«{title}».</translation>
    </message>
    <message>
        <source>Accessed {date}.</source>
        <translation>Дата обращения: {date}</translation>
    </message>
</context>
<context>
    <name>CitationActions</name>
    <message>
        <source>This event cites no source.</source>
        <extracomment>The file dialog&apos;s filters, one per format (the format names stay as they are).</extracomment>
        <translation>Это событие не ссылается ни на один источник.</translation>
    </message>
    <message>
        <source>Export Sources</source>
        <translation>Экспорт источников</translation>
    </message>
    <message>
        <source>Export Bibliography</source>
        <translation>Экспорт библиографии</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>Копировать &amp;библиографическую ссылку</translation>
    </message>
    <message>
        <source>Copy the selected event&apos;s sources as a citation</source>
        <translation>Скопировать источники выбранного события в виде библиографической ссылки</translation>
    </message>
    <message>
        <source>Export &amp;Sources…</source>
        <translation>Экспорт ис&amp;точников…</translation>
    </message>
    <message>
        <source>Write the selected event&apos;s sources as CSL-JSON, BibTeX or RIS</source>
        <translation>Сохранить источники выбранного события в формате CSL-JSON, BibTeX или RIS</translation>
    </message>
    <message>
        <source>Export &amp;Bibliography…</source>
        <translation>Экспорт биб&amp;лиографии…</translation>
    </message>
    <message>
        <source>Write every source as CSL-JSON, BibTeX or RIS</source>
        <translation>Сохранить все источники в формате CSL-JSON, BibTeX или RIS</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections:</source>
        <extracomment>the ticks changed (int, str): rename the collection with this id to this name int: remove the collection with this id (the user confirmed)</extracomment>
        <translation>Коллекции:</translation>
    </message>
    <message>
        <source>Right-click, F2 or Delete to rename or remove it</source>
        <translation>Щёлкните правой кнопкой мыши или нажмите F2 либо Delete, чтобы переименовать или удалить коллекцию.</translation>
    </message>
    <message>
        <source>Curated chronology</source>
        <translation>Основная хронология</translation>
    </message>
    <message>
        <source>{collection} ({count})</source>
        <translation>{collection} ({count})</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Переименование коллекции</translation>
    </message>
    <message>
        <source>New name for “{collection}”:</source>
        <translation>Новое название коллекции «{collection}»:</translation>
    </message>
    <message>
        <source>Remove Collection</source>
        <translation>Удаление коллекции</translation>
    </message>
    <message>
        <source>Your notes on its events are kept. Edit ▸ Undo brings it back.</source>
        <translation>Ваши заметки к её событиям сохранятся. Правка ▸ Отменить вернёт коллекцию.</translation>
    </message>
</context>
<context>
    <name>CollectionsController</name>
    <message>
        <source>Rename Collection</source>
        <translation>Переименование коллекции</translation>
    </message>
    <message>
        <source>Another collection is named “{name}”: choose another name.</source>
        <translation>Коллекция с названием «{name}» уже есть: выберите другое название.</translation>
    </message>
    <message>
        <source>Rename collection {name}</source>
        <translation>переименование коллекции «{name}»</translation>
    </message>
    <message>
        <source>Remove collection {name}</source>
        <translation>удаление коллекции «{name}»</translation>
    </message>
</context>
<context>
    <name>DeleteNoteCommand</name>
    <message>
        <source>Delete Note “{note}”</source>
        <translation>удаление заметки «{note}»</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>leads to</source>
        <extracomment>Links of the &quot;yours&quot; line: edit or delete the user&apos;s event shown. The link beside the Sources heading: copy the event&apos;s sources as a citation. Untranslated; shown through QCoreApplication.translate(&quot;DetailPane&quot;, …).</extracomment>
        <translation>приводит к</translation>
    </message>
    <message>
        <source>follows from</source>
        <translation>следует из</translation>
    </message>
    <message>
        <source>see also</source>
        <translation>см. также</translation>
    </message>
    <message>
        <source>context</source>
        <translation>контекст</translation>
    </message>
    <message>
        <source>gives context to</source>
        <translation>служит контекстом для</translation>
    </message>
    <message>
        <source>conflicts with</source>
        <translation>противоречит</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>The data&apos;s precision and confidence words (DatePrecision, Confidence values), untranslated.</extracomment>
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>(then {place})</source>
        <translation>(тогда {place})</translation>
    </message>
    <message>
        <source>(today {place})</source>
        <translation>(ныне {place})</translation>
    </message>
    <message>
        <source>source: {publisher}</source>
        <translation>источник: {publisher}</translation>
    </message>
    <message>
        <source>A seed article of this timeline</source>
        <translation>Одна из исходных статей этой хронологии</translation>
    </message>
    <message>
        <source>Quote: “{quote}”</source>
        <translation>Цитата: «{quote}»</translation>
    </message>
    <message>
        <source>Your event</source>
        <translation>Ваше событие</translation>
    </message>
    <message>
        <source>From collection {name}</source>
        <translation>Из коллекции «{name}»</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Копировать библиографическую ссылку</translation>
    </message>
    <message>
        <source>date precision: {precision} (approximate) · confidence: {confidence}</source>
        <translation>точность даты: {precision} (приблизительно) · достоверность: {confidence}</translation>
    </message>
    <message>
        <source>date precision: {precision} · confidence: {confidence}</source>
        <translation>точность даты: {precision} · достоверность: {confidence}</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Связанные события</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Событие не выбрано</translation>
    </message>
    <message>
        <source>Click an event on the timeline, or press → / ← in the timeline to step through events in time. Zoom with the mouse wheel or + and −; drag to move along the years.</source>
        <translation>Щёлкните по событию на шкале времени или нажимайте → / ← на шкале времени, чтобы переходить от события к событию. Масштаб меняется колесом мыши или клавишами + и −; перетаскивайте шкалу, чтобы перемещаться по годам.</translation>
    </message>
    <message>
        <source>English original</source>
        <extracomment>Links of the line below a translated title: show the English, or the translation again.</extracomment>
        <translation>Английский оригинал</translation>
    </message>
    <message>
        <source>Show translation</source>
        <translation>Показать перевод</translation>
    </message>
    <message>
        <source>Translated from English</source>
        <translation>Переведено с английского</translation>
    </message>
    <message>
        <source>Show English</source>
        <translation>Показать на английском</translation>
    </message>
    <message>
        <source>Event details</source>
        <extracomment>str: id of a related event whose link was clicked str: id of the user&apos;s event shown, whose Edit… link was clicked str: id of the user&apos;s event shown, whose Delete link was clicked str: id of the event shown, whose Copy citation link (by Sources) was clicked</extracomment>
        <translation>Сведения о событии</translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit Note “{note}”</source>
        <translation>изменение заметки «{note}»</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit Event</source>
        <extracomment>what OK kept (None until the form was accepted)</extracomment>
        <translation>Изменение события</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Start / end:</source>
        <translation>Н&amp;ачало / окончание:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>New category:</source>
        <translation>Новая категория:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Места:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>URL &amp;источника:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End (optional)</source>
        <translation>Окончание (необязательно)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>&amp;Approximate</source>
        <translation>&amp;Приблизительно</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Новая категория…</translation>
    </message>
    <message>
        <source>Name of the new category</source>
        <translation>Название новой категории</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <source>Colour of the new category</source>
        <translation>Цвет новой категории</translation>
    </message>
    <message>
        <source>Places (optional)</source>
        <translation>Места (необязательно)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Title: an event needs a title.</source>
        <translation>Название: у события должно быть название.</translation>
    </message>
    <message>
        <source>Start: an event needs a start date.</source>
        <translation>Начало: укажите дату начала события.</translation>
    </message>
    <message>
        <source>End: the end is before the start.</source>
        <translation>Окончание: дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>Category: the new category needs a name.</source>
        <translation>Категория: укажите название новой категории.</translation>
    </message>
    <message>
        <source>Source URL: give a web address starting with http:// or https://.</source>
        <translation>URL источника: укажите веб-адрес, начинающийся с http:// или https://.</translation>
    </message>
    <message>
        <source>{field}: write the date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <extracomment>How much detail each precision needs: year alone (1), with month (2), with day (3).</extracomment>
        <translation>{field}: введите дату в формате ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>{field}: the year must be between 1 and 9999.</source>
        <translation>{field}: год должен быть от 1 до 9999.</translation>
    </message>
    <message>
        <source>{field}: give the day (YYYY-MM-DD), or choose a coarser precision.</source>
        <translation>{field}: укажите день (ГГГГ-ММ-ДД) или выберите меньшую точность.</translation>
    </message>
    <message>
        <source>{field}: give the month (YYYY-MM), or choose the precision Year.</source>
        <translation>{field}: укажите месяц (ГГГГ-ММ) или выберите точность «Год».</translation>
    </message>
    <message>
        <source>{field}: there is no such date ({date}).</source>
        <translation>{field}: такой даты не существует ({date}).</translation>
    </message>
</context>
<context>
    <name>EventFiles</name>
    <message>
        <source>Import Events</source>
        <extracomment>ImportWritten: a collection was imported (the window shows it) str: what was done, for the status bar</extracomment>
        <translation>Импорт событий</translation>
    </message>
    <message>
        <source>Timelines (*.json *.csv *.timeline);;TimelineJS JSON (*.json);;CSV (*.csv);;The Timeline Project (*.timeline)</source>
        <translation>Хронологии (*.json *.csv *.timeline);;TimelineJS JSON (*.json);;CSV (*.csv);;The Timeline Project (*.timeline)</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Из {file} ничего не импортировано.</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.json);;TimelineJS spreadsheet CSV (*.csv)</source>
        <translation>TimelineJS JSON (*.json);;CSV-таблица TimelineJS (*.csv)</translation>
    </message>
    <message>
        <source>I&amp;mport Events…</source>
        <translation>Импорт &amp;событий…</translation>
    </message>
    <message>
        <source>Add a TimelineJS, CSV or Timeline file as a collection</source>
        <translation>Добавить файл TimelineJS, CSV или Timeline как коллекцию</translation>
    </message>
    <message>
        <source>Export E&amp;vents…</source>
        <translation>Экспорт со&amp;бытий…</translation>
    </message>
    <message>
        <source>Write events as TimelineJS JSON or CSV</source>
        <translation>Сохранить события в формате TimelineJS JSON или CSV</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>The selected event is hidden by the filters.</source>
        <extracomment>str: a message for the status bar (&apos;&apos; clears the search&apos;s message when it ends) emitted after the set of shown events changed EventColumns: every event, newly given (setEvents), before the filters are applied the events that pass the filters</extracomment>
        <translation>Выбранное событие скрыто фильтрами.</translation>
    </message>
    <message>
        <source>More than {limit} events match “{query}”; of the first {found} found, </source>
        <translation>Запросу «{query}» соответствует более {limit} событий; из первых {found} найденных </translation>
    </message>
    <message>
        <source> (the others are hidden by filters)</source>
        <translation> (остальные скрыты фильтрами)</translation>
    </message>
</context>
<context>
    <name>ExportEventsDialog</name>
    <message>
        <source>Export Events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Экспортировать:</translation>
    </message>
    <message>
        <source>The events are written as TimelineJS JSON (.json) or as a TimelineJS spreadsheet CSV (.csv), by the file&apos;s extension.</source>
        <translation>События сохраняются в формате TimelineJS JSON (.json) или в виде CSV-таблицы TimelineJS (.csv) — в зависимости от расширения файла.</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>Export Timeline Image</source>
        <extracomment>The page sizes offered, by the name FigureOptions takes. (FigureFormat, FigureOptions): Export… was pressed with valid fields</extracomment>
        <translation>Экспорт изображения шкалы времени</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>Изображение SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Высота:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Размер страницы:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Диапазон:</translation>
    </message>
    <message>
        <source>The &amp;visible range, {first} – {last}</source>
        <translation>Видимый &amp;диапазон, {first} – {last}</translation>
    </message>
    <message>
        <source>From one date to a&amp;nother:</source>
        <translation>От одной даты до дру&amp;гой:</translation>
    </message>
    <message>
        <source>e.g. 2010, May 2010 or 31.08.2015</source>
        <translation>например, 2010, май 2010 или 31.08.2015</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>The picture&apos;s width; for a PDF, the width each page is laid out at (wider puts more on a page, in smaller print).</source>
        <translation>Ширина изображения; для PDF — ширина, по которой вёрстается каждая страница (чем шире, тем больше помещается на страницу и тем мельче шрифт).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>To: {last} is before the first day, {first}.</source>
        <translation>Конец: {last} раньше начала диапазона ({first}).</translation>
    </message>
    <message>
        <source>{pages}, then the list of sources</source>
        <translation>{pages}, затем список источников</translation>
    </message>
</context>
<context>
    <name>ExternalLinks</name>
    <message>
        <source>Cannot Open Folder</source>
        <translation>Не удаётся открыть папку</translation>
    </message>
    <message>
        <source>No file manager could open this folder. Copy its path to open it yourself:</source>
        <translation>Ни один файловый менеджер не смог открыть эту папку. Скопируйте её путь, чтобы открыть её самостоятельно:</translation>
    </message>
    <message>
        <source>Cannot Open Link</source>
        <translation>Не удаётся открыть ссылку</translation>
    </message>
    <message>
        <source>No web browser could open this link. Copy it to open it in a browser yourself:</source>
        <translation>Ни один браузер не смог открыть эту ссылку. Скопируйте её, чтобы открыть в браузере самостоятельно:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>exact day</source>
        <extracomment>The legend takes at most this many lines; the key of the marks only when it fits in them.</extracomment>
        <translation>точная дата</translation>
    </message>
    <message>
        <source>month, year or approximate</source>
        <translation>месяц, год или приблизительная дата</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>more events without room</source>
        <translation>ещё события, которым не хватило места</translation>
    </message>
    <message>
        <source>Sources of the events shown</source>
        <extracomment>the sources pages&apos; frame: laid out DEFAULT_WIDTH wide whatever the timeline&apos;s width, so the list reads at the same size on paper</extracomment>
        <translation>Источники показанных событий</translation>
    </message>
    <message>
        <source>{app}, data version {version}</source>
        <translation>{app}, версия данных {version}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>страница {number} из {total}</translation>
    </message>
</context>
<context>
    <name>FigureFiles</name>
    <message>
        <source>Export Timeline Image</source>
        <extracomment>The file name filter of each format (format names stay as they are in every language). str: what was done, for the status bar QProgressDialog: an export started writing (tests press its Cancel)</extracomment>
        <translation>Экспорт изображения шкалы времени</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export cancelled; {file} was not written.</source>
        <translation>Экспорт отменён; файл {file} не сохранён.</translation>
    </message>
    <message>
        <source>{file} could not be written: {problem}</source>
        <translation>Не удалось записать файл {file}: {problem}</translation>
    </message>
    <message>
        <source>Exported {file} ({format}).</source>
        <translation>Файл {file} экспортирован ({format}).</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>Печать шкалы времени</translation>
    </message>
    <message>
        <source>The timeline could not be printed: {problem}</source>
        <translation>Не удалось напечатать шкалу времени: {problem}</translation>
    </message>
    <message>
        <source>Export &amp;Timeline Image…</source>
        <translation>Экспорт изображения &amp;шкалы времени…</translation>
    </message>
    <message>
        <source>Save what the timeline shows as a PNG or SVG picture or a PDF</source>
        <translation>Сохранить то, что показано на шкале времени, как изображение PNG или SVG либо как документ PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print what the timeline shows, after a preview</source>
        <translation>Напечатать то, что показано на шкале времени, после предварительного просмотра</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Any (low and up)</source>
        <translation>Любая (от низкой)</translation>
    </message>
    <message>
        <source>Medium and high</source>
        <translation>Средняя и высокая</translation>
    </message>
    <message>
        <source>High only</source>
        <translation>Только высокая</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>EventFilter: the filter now chosen the curated chronology and the user&apos;s collections (shown when there are any)</extracomment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Filters and legend</source>
        <translation>Фильтры и легенда</translation>
    </message>
    <message>
        <source>Only events with my notes</source>
        <translation>Только события с моими заметками</translation>
    </message>
    <message>
        <source>Exact dates only</source>
        <translation>Только точные даты</translation>
    </message>
    <message>
        <source>Hide events known only to the month or year, or approximately</source>
        <translation>Скрыть события, известные лишь с точностью до месяца или года либо приблизительно</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Достоверность:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation>{category} ({count})</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <extracomment>(date, date): the days to show the problem shown under the text (None: none)</extracomment>
        <translation>Перейти к дате</translation>
    </message>
    <message>
        <source>A year, a month or a day between {first} and {last}, for example 2015, 2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015 (day first):</source>
        <translation>Год, месяц или день от {first} до {last}, например 2015, 2015-08, 08.2015, август 2015, 2015-08-31, 31.08.2015 или 31/08/2015 (сначала день):</translation>
    </message>
    <message>
        <source>e.g. 31.08.2015</source>
        <translation>например, 31.08.2015</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>Type a year, a month or a day, for example 2015, 08.2015 or 31.08.2015.</source>
        <translation>Введите год, месяц или день, например 2015, 08.2015 или 31.08.2015.</translation>
    </message>
    <message>
        <source>{text}: “{word}” is not a month name.</source>
        <translation>{text}: «{word}» — не название месяца.</translation>
    </message>
    <message>
        <source>{text}: there is no month {month}; months go from 1 to 12.</source>
        <translation>{text}: месяца {month} не существует; номера месяцев — от 1 до 12.</translation>
    </message>
    <message>
        <source>{text}: {month} has no day {day}.</source>
        <translation>{text}: {month} — в этом месяце нет {day}-го числа.</translation>
    </message>
    <message>
        <source>{text}: {year} is outside the timeline ({first}–{last}).</source>
        <translation>{text}: {year} год — за пределами шкалы времени ({first}–{last}).</translation>
    </message>
    <message>
        <source>“{text}” is not a date I understand. Try 2015, 2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015.</source>
        <translation>Не удаётся распознать дату «{text}». Попробуйте 2015, 2015-08, 08.2015, август 2015, 2015-08-31, 31.08.2015 или 31/08/2015.</translation>
    </message>
</context>
<context>
    <name>ImportEventsDialog</name>
    <message>
        <source>Refused: {reason}</source>
        <extracomment>tasks replaced while running (kept until they end: the pool&apos;s thread uses them)</extracomment>
        <translation>Отклонено: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be imported: {problem}</source>
        <translation>Этот файл нельзя импортировать: {problem}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>{events} will come in, {refused}.</source>
        <translation>Будет импортировано: {events}, {refused}.</translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation>Импортировать нечего.</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Импорт событий</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>Из файла {file}</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Коллекция:</translation>
    </message>
    <message>
        <source>Columns of the CSV file</source>
        <translation>Столбцы файла CSV</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title / reason</source>
        <translation>Название / причина</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>no headline, text, media caption or credit to name it</source>
        <translation>нет ни заголовка, ни текста, ни подписи или автора медиафайла, из которых можно взять название</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <source>a date that cannot be read</source>
        <translation>дату не удаётся распознать</translation>
    </message>
    <message>
        <source>a date outside the years 1–9999</source>
        <translation>дата вне диапазона 1–9999 годов</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>окончание раньше начала</translation>
    </message>
    <message>
        <source>not an event</source>
        <translation>не событие</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL источника</translation>
    </message>
    <message>
        <source>Source credit</source>
        <translation>Автор источника</translation>
    </message>
    <message>
        <source>Source caption</source>
        <translation>Подпись источника</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Приблизительно</translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <source>Import Notes from {file}</source>
        <translation>импорт заметок из {file}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>{added}, {updated}, {unchanged}</source>
        <translation>{added}, {updated}, {unchanged}</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>Import the notes of {file}?</source>
        <translation>Импортировать заметки из {file}?</translation>
    </message>
    <message>
        <source>{counts}.</source>
        <translation>Будет {counts}.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Весь импорт можно отменить командой Правка ▸ Отменить.</translation>
    </message>
    <message>
        <source>On {event}: {before} becomes {after}</source>
        <translation>Событие {event}: {before} заменяется на {after}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Reconnected to {store}.</source>
        <extracomment>How long a burst of notifications is gathered before the window is refreshed once. How long &quot;Reconnected to …&quot; stays in the status bar. RemoteChanges (from any thread): what another client changed str (from any thread): the connection to the store was lost, and why bool (from any thread): changes are listened to (True: again, after a lost connection) RemoteChanges: a gathered burst was applied to the window</extracomment>
        <translation>Соединение с {store} восстановлено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {path}…</source>
        <extracomment>why a read-only database is shown from a private copy (None: the file itself) the database&apos;s services were attached and its events loaded called after the window has closed (e.g. to release the database file)</extracomment>
        <translation>Открытие {path}…</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Отменено: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Повторено: {what}</translation>
    </message>
    <message>
        <source>{date}: {title}</source>
        <translation>{date}: {title}</translation>
    </message>
    <message>
        <source>That event is hidden by the filters: choose Show all.</source>
        <translation>Это событие скрыто фильтрами: нажмите «Показать все».</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <translation>Хронология культурных связей Казахстана и Китая</translation>
    </message>
    <message>
        <source>Its latest changes could not be read in place, so a private copy is shown; the file is left as it is.</source>
        <extracomment>by the name their state is remembered under</extracomment>
        <translation>Последние изменения не удалось прочитать на месте, поэтому показана отдельная копия; сам файл не изменён.</translation>
    </message>
    <message>
        <source>It comes from an older version of the app: an upgraded private copy is shown; the file is left as it is.</source>
        <translation>Файл создан более старой версией приложения: показана обновлённая отдельная копия; сам файл не изменён.</translation>
    </message>
    <message>
        <source>Read-only: a private copy of {path} is shown, with its latest changes.</source>
        <translation>Только чтение: показана отдельная копия {path} с последними изменениями.</translation>
    </message>
    <message>
        <source>Read-only: an upgraded private copy of {path} (older version) is shown.</source>
        <translation>Только чтение: показана обновлённая отдельная копия {path} (файл создан старой версией приложения).</translation>
    </message>
    <message>
        <source>Read-only: {path} cannot be written, so notes cannot be changed.</source>
        <translation>Только чтение: файл {path} недоступен для записи, поэтому заметки изменить нельзя.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>{path} cannot be written: notes can be read, not changed.</source>
        <translation>Файл {path} недоступен для записи: заметки можно читать, но не изменять.</translation>
    </message>
</context>
<context>
    <name>NoteAuthorFilter</name>
    <message>
        <source>Show the notes of</source>
        <extracomment>The item data of &quot;All authors&quot; (every other item holds an author&apos;s name). the choice changed (no payload: ask ``accepts``)</extracomment>
        <translation>Чьи заметки показывать</translation>
    </message>
    <message>
        <source>Notes by</source>
        <translation>Автор заметок</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Неизвестный автор</translation>
    </message>
</context>
<context>
    <name>NoteEditorController</name>
    <message>
        <source>An empty note is not saved: use Delete.</source>
        <translation>Пустая заметка не сохраняется: используйте «Удалить».</translation>
    </message>
    <message>
        <source>Your text was kept as a new note.</source>
        <translation>Ваш текст сохранён как новая заметка.</translation>
    </message>
    <message>
        <source>Editing the selected note; changes are saved as you type. Esc to finish.</source>
        <translation>Редактируется выбранная заметка; изменения сохраняются по мере ввода. Нажмите Esc, чтобы закончить.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <source>This note was changed in another window after you opened it. Both texts are kept: yours is saved as a new note.</source>
        <translation>Эта заметка была изменена в другом окне после того, как вы её открыли. Сохранены оба текста: ваш — как новая заметка.</translation>
    </message>
    <message>
        <source>The note you were editing was deleted in another window. Your text is kept here.</source>
        <translation>Заметка, которую вы редактировали, удалена в другом окне. Ваш текст остался здесь.</translation>
    </message>
    <message>
        <source>Not saved yet: {error} Your text is kept and will be retried.</source>
        <translation>Ещё не сохранено: {error} Ваш текст не потерян, попытка сохранения будет повторена.</translation>
    </message>
    <message>
        <source>{error} Your text is still in the editor.</source>
        <translation>{error} Ваш текст по-прежнему в редакторе.</translation>
    </message>
</context>
<context>
    <name>NoteFiles</name>
    <message>
        <source>Markdown (*.md)</source>
        <extracomment>Format name, file suffix and file-dialog filter (untranslated: translate(&quot;NoteFiles&quot;, …)).</extracomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>Export Notes as {format}</source>
        <extracomment>str: a message for the status bar Changes: notes changed by an import</extracomment>
        <translation>Экспорт заметок в формате {format}</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>Import Notes from JSON</source>
        <translation>Импорт заметок из JSON</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>Из {file} ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{added}, {updated}, {unchanged}</source>
        <translation>{added}, {updated}, {unchanged}</translation>
    </message>
    <message>
        <source>{counts}, {more}</source>
        <translation>{counts}, {more}</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>Файл {file} импортирован: {counts}.</translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <source>{created} · edited {edited}</source>
        <extracomment>Item data roles carrying the note&apos;s id and its pre-formatted timestamp line. A note longer than this many lines is shown cut, with the full text in its tooltip.</extracomment>
        <translation>{created} · изменено {edited}</translation>
    </message>
</context>
<context>
    <name>NotePrivacy</name>
    <message>
        <source>Private note</source>
        <extracomment>Changes: a note was made private or shared</extracomment>
        <translation>Личная заметка</translation>
    </message>
    <message>
        <source>Only you can read a private note on a shared store; your team sees the others. On a file on this computer it is a mark that exports carry.</source>
        <translation>Личную заметку в общей базе данных можете читать только вы; остальные заметки видит ваша команда. В файле на этом компьютере это лишь отметка, которая сохраняется при экспорте.</translation>
    </message>
    <message>
        <source>The note is private now.</source>
        <translation>Теперь заметка личная.</translation>
    </message>
    <message>
        <source>The note is shared now.</source>
        <translation>Теперь заметка общая.</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>{author} · {time}</source>
        <extracomment>Longer notes are cut in the tooltip: a tooltip the size of the screen helps nobody. The list shows at most this many characters of a note (its delegate shows a few lines anyway): laying out a 5,000,000-character note to measure and paint it took seconds. The editor gets the whole text.</extracomment>
        <translation>{author} · {time}</translation>
    </message>
    <message>
        <source>Private · {line}</source>
        <translation>Личная · {line}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes on this event</source>
        <extracomment>Changes: what a write here changed (for other panes) the event and text of an Add that failed on storage (retried on reconnection) text that could not be written yet, held until it can</extracomment>
        <translation>Заметки к этому событию</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Добавить заметку (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Done editing</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Not saved yet ({error}); retrying. Your text is kept.</source>
        <translation>Ещё не сохранено ({error}); повторная попытка. Ваш текст не потерян.</translation>
    </message>
    <message>
        <source>This database is read-only: notes can be read but not changed.</source>
        <translation>Эта база данных открыта только для чтения: заметки можно читать, но не изменять.</translation>
    </message>
    <message>
        <source>Write a note about this event… (Ctrl+Enter adds it)</source>
        <translation>Напишите заметку об этом событии… (Ctrl+Enter — добавить)</translation>
    </message>
    <message>
        <source>Select an event to write notes about it.</source>
        <translation>Выберите событие, чтобы написать о нём заметку.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <source>That note was deleted in another window.</source>
        <translation>Эта заметка была удалена в другом окне.</translation>
    </message>
    <message>
        <source>Note deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Заметка удалена. Правка ▸ Отменить (Ctrl+Z) вернёт её.</translation>
    </message>
    <message>
        <source>Your text has been saved.</source>
        <translation>Ваш текст сохранён.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The note you were editing was deleted in another window.</source>
        <translation>Заметка, которую вы редактировали, удалена в другом окне.</translation>
    </message>
    <message>
        <source>Keep my text as a new note</source>
        <translation>Сохранить мой текст как новую заметку</translation>
    </message>
    <message>
        <source>Discard my text</source>
        <translation>Отбросить мой текст</translation>
    </message>
    <message>
        <source>Another draft for this event, from {time}:</source>
        <translation>Для этого события есть другой черновик от {time}:</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Использовать его</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Отбросить его</translation>
    </message>
</context>
<context>
    <name>OverviewBand</name>
    <message>
        <source>Overview of {period}</source>
        <extracomment>(float, float): new window start and end, as day numbers</extracomment>
        <translation>Обзор периода {period}</translation>
    </message>
</context>
<context>
    <name>OwnEventCommand</name>
    <message>
        <source>Add Event “{title}”</source>
        <translation>добавление события «{title}»</translation>
    </message>
    <message>
        <source>Delete Event “{title}”</source>
        <translation>удаление события «{title}»</translation>
    </message>
    <message>
        <source>Edit Event “{title}”</source>
        <translation>изменение события «{title}»</translation>
    </message>
</context>
<context>
    <name>OwnEventsController</name>
    <message>
        <source>New &amp;Event…</source>
        <extracomment>A double-click this near a &quot;+N&quot; badge zooms into it rather than making an event. Visible spans (days) up to which a double-click gives a day, then a month, else a year. the database&apos;s services were attached (read-only or not) the editor open now (None when none is)</extracomment>
        <translation>Новое &amp;событие…</translation>
    </message>
    <message>
        <source>Add an event of your own to the timeline</source>
        <translation>Добавить собственное событие на шкалу времени</translation>
    </message>
    <message>
        <source>Edit Even&amp;t…</source>
        <translation>&amp;Изменить событие…</translation>
    </message>
    <message>
        <source>Change the selected event of yours</source>
        <translation>Изменить выбранное собственное событие</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>&amp;Удалить событие</translation>
    </message>
    <message>
        <source>Delete the selected event of yours (notes stay)</source>
        <translation>Удалить выбранное собственное событие (заметки сохранятся)</translation>
    </message>
    <message>
        <source>Your event is saved; the filters hide it.</source>
        <translation>Ваше событие сохранено, но скрыто фильтрами.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>The file, or a server store&apos;s URL (password masked) False for a database opened read-only: it is shown, never moved Appearance: the theme chosen TextSize: the detail pane&apos;s text size chosen StartView: what to show at the next start bool: animations on or off str: the interface language chosen (a code of LANGUAGES) where Move… last put the database (None: not moved)</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Мелкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Крупный</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Очень крупный</translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation>Весь период</translation>
    </message>
    <message>
        <source>The last view</source>
        <translation>Последний вид</translation>
    </message>
    <message>
        <source>The last event selected</source>
        <translation>Последнее выбранное событие</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Animate zoom and pan</source>
        <translation>Плавное масштабирование и перемещение</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Переместить…</translation>
    </message>
    <message>
        <source>Copy the database to another place and use it there</source>
        <translation>Скопировать базу данных в другое место и работать с ней там</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Detail text size:</source>
        <translation>&amp;Размер текста сведений о событии:</translation>
    </message>
    <message>
        <source>At &amp;start show:</source>
        <translation>&amp;При запуске показывать:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Move… applies to local files only: a server store is moved by its administrator (pg_dump).</source>
        <translation>«Переместить…» работает только с локальными файлами: базу данных на сервере переносит её администратор (pg_dump).</translation>
    </message>
    <message>
        <source>Moved. The database is now {path}.</source>
        <translation>Перемещено. Теперь используется база данных {path}.</translation>
    </message>
    <message>
        <source>Move the Database To</source>
        <translation>Куда переместить базу данных</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Базы данных SQLite (*.sqlite3 *.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>ReaderLocale</name>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>Qt date format of a moment: d day, MMM short month name, yyyy year, HH:mm time</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>{taken} — {notes} — {file}</source>
        <translation>{taken} — {notes} — {file}</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>The file {path} has not been changed.</source>
        <translation>Файл {path} не изменён.</translation>
    </message>
    <message>
        <source>Restoring a backup or starting fresh renames it to {name}.damaged-&lt;date&gt;, next to it, so nothing is lost.</source>
        <translation>Если восстановить резервную копию или начать заново, файл будет переименован в {name}.damaged-&lt;date&gt; в той же папке, так что ничего не потеряется.</translation>
    </message>
    <message>
        <source>Backups (newest first):</source>
        <translation>Резервные копии (сначала новые):</translation>
    </message>
    <message>
        <source>There is no backup that can be restored.</source>
        <translation>Нет резервной копии, которую можно восстановить.</translation>
    </message>
    <message>
        <source>Restore Selected Backup</source>
        <translation>Восстановить выбранную копию</translation>
    </message>
    <message>
        <source>Start Fresh</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>RemovedEventNotesDialog</name>
    <message>
        <source>Notes on Removed Events</source>
        <extracomment>the user&apos;s name as an author: a teammate&apos;s notes are signed, the user&apos;s are not</extracomment>
        <translation>Заметки к удалённым событиям</translation>
    </message>
    <message>
        <source>on event “{event}” · {time}</source>
        <translation>к событию «{event}» · {time}</translation>
    </message>
    <message>
        <source>These notes were written on events that a later version of the bundled data no longer contains. They are kept, and they are included in File ▸ Export Notes.</source>
        <translation>Эти заметки были написаны к событиям, которых больше нет в новой версии встроенных данных. Заметки сохранены и включаются в экспорт через Файл ▸ Экспорт заметок.</translation>
    </message>
    <message>
        <source>There are no notes on removed events.</source>
        <translation>Заметок к удалённым событиям нет.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <extracomment>Typing pauses this long before the search runs. str: the text to search for (&apos;&apos; when cleared) Enter was pressed: choose the first result ↓ was pressed: move into the results</extracomment>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search events, places, people, sources, notes… (Ctrl+F)</source>
        <translation>Поиск событий, мест, людей, источников, заметок… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Type in the search box to find events and notes.</source>
        <translation>Введите текст в поле поиска, чтобы найти события и заметки.</translation>
    </message>
    <message>
        <source>More than {limit} matches; {count} of those found first are listed, by date. Type more words to narrow the search.</source>
        <translation>Совпадений больше {limit}; показаны первые найденные ({count}) в порядке дат. Введите больше слов, чтобы сузить поиск.</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>По запросу «{text}» ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>SearchResultsList</name>
    <message>
        <source>in your notes: {snippet}</source>
        <extracomment>Space above and below each result&apos;s text, so a selected row does not touch the next date. Narrowest width text is laid out at (a list squeezed to nothing still gets readable rows).</extracomment>
        <translation>в ваших заметках: {snippet}</translation>
    </message>
    <message>
        <source>also in your notes</source>
        <translation>также в ваших заметках</translation>
    </message>
    <message>
        <source>Search results</source>
        <extracomment>str: id of the event the user chose Esc was pressed in the list</extracomment>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>{date} — {title}</source>
        <translation>{date} — {title}</translation>
    </message>
</context>
<context>
    <name>SetPrivateCommand</name>
    <message>
        <source>Make Note “{note}” Private</source>
        <translation>закрытие общего доступа к заметке «{note}»</translation>
    </message>
    <message>
        <source>Share Note “{note}”</source>
        <translation>открытие общего доступа к заметке «{note}»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Type to filter: a command, a key or a menu</source>
        <translation>Введите команду, клавишу или меню для фильтрации</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Filter by publisher, title, date or link…</source>
        <translation>Фильтр по издателю, названию, дате или ссылке…</translation>
    </message>
    <message>
        <source>Double-click a row to open its link.</source>
        <translation>Дважды щёлкните по строке, чтобы открыть ссылку.</translation>
    </message>
</context>
<context>
    <name>SourcesTableModel</name>
    <message>
        <source>Publisher</source>
        <extracomment>Sort key role: dates sort as dates, counts as numbers.</extracomment>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
</context>
<context>
    <name>StorageAlert</name>
    <message>
        <source>Repair…</source>
        <extracomment>the user asked to repair the database (restore a backup or start afresh) the server store whose connection is lost (&quot;&quot; when none is) failures reported since the banner was last shown (the first included)</extracomment>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Restore the latest backup or start afresh; the damaged file is kept aside.</source>
        <translation>Восстановить последнюю резервную копию или начать заново; повреждённый файл будет сохранён отдельно.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>The store {path} could not be read or written: {reason}
What is on screen stays usable, and notes you type are kept in memory and tried again. If this goes on, tell the store&apos;s administrator.</source>
        <translation>Не удалось прочитать или записать базу данных {path}: {reason}
То, что на экране, остаётся доступным, а вводимые заметки хранятся в памяти, и запись будет повторена. Если ошибка не исчезает, сообщите администратору базы данных.</translation>
    </message>
    <message>
        <source>The database {path} could not be read or written: {reason}
What is on screen stays usable, and notes you type are kept in memory. Choose Repair… to restore the latest backup or start afresh (the damaged file is kept aside, not deleted).</source>
        <translation>Не удалось прочитать или записать базу данных {path}: {reason}
То, что на экране, остаётся доступным, а вводимые заметки хранятся в памяти. Выберите «Исправить…», чтобы восстановить последнюю резервную копию или начать заново (повреждённый файл будет сохранён отдельно, а не удалён).</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: see the message above.</source>
        <translation>Не удаётся использовать базу данных {path}: см. сообщение выше.</translation>
    </message>
    <message>
        <source>Lost the connection to {store}; retrying. Your text is kept until it can be saved.</source>
        <translation>Соединение с {store} потеряно; выполняется повторное подключение. Ваш текст будет храниться, пока его не удастся сохранить.</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>{date}: {title}</source>
        <translation>{date}: {title}</translation>
    </message>
</context>
<context>
    <name>TimelineKeys</name>
    <message>
        <source>Previous / next event</source>
        <extracomment>One wheel notch (120 eighths of a degree) zooms by this factor. A horizontal wheel notch pans by this many pixels. Shift+arrow pans by this fraction of the visible window; Page Up/Down by this one. QKeySequence portable strings, each one key press untranslated; shown through QCoreApplication.translate(&quot;TimelineKeys&quot;, …)</extracomment>
        <translation>Предыдущее / следующее событие</translation>
    </message>
    <message>
        <source>Previous / next event in the same category</source>
        <translation>Предыдущее / следующее событие той же категории</translation>
    </message>
    <message>
        <source>Move along the years (a tenth of the view)</source>
        <translation>Перемещение по годам (на десятую часть видимой области)</translation>
    </message>
    <message>
        <source>Move along the years (a page)</source>
        <translation>Перемещение по годам (на страницу)</translation>
    </message>
    <message>
        <source>Back / forward through visited events and views</source>
        <translation>Назад / вперёд по просмотренным событиям и видам</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>Показать весь период</translation>
    </message>
    <message>
        <source>First / last event</source>
        <translation>Первое / последнее событие</translation>
    </message>
    <message>
        <source>Read the selected event&apos;s details</source>
        <translation>Прочитать сведения о выбранном событии</translation>
    </message>
    <message>
        <source>Write a note on the selected event</source>
        <translation>Написать заметку к выбранному событию</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <extracomment>str: id of the event that became selected emitted after every change of the visible window Enter was pressed: the user wants to read the selected event N was pressed: the user wants to write a note on the selected event int: Alt+Left (-1) or Alt+Right (+1): go back or forward in the history the selection was cleared StorageError: reading titles or ids failed (the view goes on with what it knows)</extracomment>
        <translation>Шкала времени</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This is a timeline of cultural relations between Kazakhstan and China since 1992, with the sources of every event and your team&apos;s notes, kept on its shared server. Three things to try: &lt;b&gt;1.&lt;/b&gt; turn the mouse wheel over the timeline to zoom from decades to days; &lt;b&gt;2.&lt;/b&gt; press Ctrl+F and type a name, such as &lt;i&gt;Astana&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; select an event and press N to write a note. Help ▸ User Guide explains the rest.</source>
        <translation>&lt;b&gt;Добро пожаловать!&lt;/b&gt; Это хронология культурных связей Казахстана и Китая с 1992 года — с источниками каждого события и заметками вашей команды, которые хранятся на её общем сервере. Попробуйте три вещи: &lt;b&gt;1.&lt;/b&gt; вращайте колесо мыши над шкалой времени, чтобы менять масштаб от десятилетий до дней; &lt;b&gt;2.&lt;/b&gt; нажмите Ctrl+F и введите название или имя, например &lt;i&gt;Астана&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; выберите событие и нажмите N, чтобы написать заметку. Обо всём остальном рассказывает Справка ▸ Руководство пользователя.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This is a timeline of cultural relations between Kazakhstan and China since 1992, with the sources of every event and your own notes, kept only on this computer. Three things to try: &lt;b&gt;1.&lt;/b&gt; turn the mouse wheel over the timeline to zoom from decades to days; &lt;b&gt;2.&lt;/b&gt; press Ctrl+F and type a name, such as &lt;i&gt;Astana&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; select an event and press N to write a note. Help ▸ User Guide explains the rest.</source>
        <translation>&lt;b&gt;Добро пожаловать!&lt;/b&gt; Это хронология культурных связей Казахстана и Китая с 1992 года — с источниками каждого события и вашими собственными заметками, которые хранятся только на этом компьютере. Попробуйте три вещи: &lt;b&gt;1.&lt;/b&gt; вращайте колесо мыши над шкалой времени, чтобы менять масштаб от десятилетий до дней; &lt;b&gt;2.&lt;/b&gt; нажмите Ctrl+F и введите название или имя, например &lt;i&gt;Астана&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; выберите событие и нажмите N, чтобы написать заметку. Обо всём остальном рассказывает Справка ▸ Руководство пользователя.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this welcome; it will not be shown again.</source>
        <translation>Закрыть это приветствие; больше оно показываться не будет.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти из приложения</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Every note, grouped by event, as Markdown</source>
        <translation>Все заметки в формате Markdown, сгруппированные по событиям</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Every note as JSON (can be imported again)</source>
        <translation>Все заметки в формате JSON (их можно снова импортировать)</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Every note as a spreadsheet</source>
        <translation>Все заметки в виде электронной таблицы</translation>
    </message>
    <message>
        <source>&amp;Import Notes from JSON…</source>
        <translation>&amp;Импорт заметок из JSON…</translation>
    </message>
    <message>
        <source>Merge notes from a JSON export</source>
        <translation>Объединить заметки с заметками из экспортированного файла JSON</translation>
    </message>
    <message>
        <source>Notes on &amp;Removed Events…</source>
        <translation>Заметки к &amp;удалённым событиям…</translation>
    </message>
    <message>
        <source>Notes whose event left the bundled data</source>
        <translation>Заметки к событиям, которых больше нет во встроенных данных</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>Where the app writes its log</source>
        <translation>Папка, в которую приложение записывает журнал</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last note change</source>
        <translation>Отменить последнее изменение заметок</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить отменённое действие</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Искать по всем данным</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>Новая &amp;заметка</translation>
    </message>
    <message>
        <source>Write a note on the selected event</source>
        <translation>Написать заметку к выбранному событию</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить масштаб</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить масштаб</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Показать всё</translation>
    </message>
    <message>
        <source>Show the whole period, {period}</source>
        <translation>Показать весь период: {period}</translation>
    </message>
    <message>
        <source>&amp;Animate Transitions</source>
        <translation>&amp;Анимация переходов</translation>
    </message>
    <message>
        <source>Smooth zoom and pan transitions</source>
        <translation>Плавные переходы при масштабировании и перемещении</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>Light or dark as the system</source>
        <translation>Светлая или тёмная тема — как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Всегда светлая тема</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Всегда тёмная тема</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the previous view</source>
        <translation>Вернуться к предыдущему виду</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>Снова перейти вперёд</translation>
    </message>
    <message>
        <source>F&amp;irst Event</source>
        <translation>&amp;Первое событие</translation>
    </message>
    <message>
        <source>Select the earliest event</source>
        <translation>Выбрать самое раннее событие</translation>
    </message>
    <message>
        <source>&amp;Last Event</source>
        <translation>П&amp;оследнее событие</translation>
    </message>
    <message>
        <source>Select the latest event</source>
        <translation>Выбрать самое позднее событие</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>Пр&amp;едыдущее событие</translation>
    </message>
    <message>
        <source>Select the previous event</source>
        <translation>Выбрать предыдущее событие</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Следующее событие</translation>
    </message>
    <message>
        <source>Select the next event</source>
        <translation>Выбрать следующее событие</translation>
    </message>
    <message>
        <source>Go to &amp;Date…</source>
        <translation>Перейти к &amp;дате…</translation>
    </message>
    <message>
        <source>Show a year, month or day</source>
        <translation>Показать год, месяц или день</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>Every source, with how many events cite it</source>
        <translation>Все источники с числом событий, которые на них ссылаются</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>What the marks mean, and how to zoom, search, filter and keep notes</source>
        <translation>Что означают отметки и как менять масштаб, искать, фильтровать и вести заметки</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every shortcut, searchable</source>
        <translation>Все сочетания клавиш, с поиском</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>About this app and its data sources</source>
        <translation>О программе и её источниках данных</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Нас&amp;тройки…</translation>
    </message>
    <message>
        <source>Theme, text size, language, what to show at start, where the database lives</source>
        <translation>Тема, размер текста, язык, что показывать при запуске, где хранится база данных</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export Notes</source>
        <translation>&amp;Экспорт заметок</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>View ▸ Language: one action per language code, named in its own language the menus by name: file, export, edit, view, appearance, language, go, help what Undo and Redo would do now (&quot;Delete Note&quot;; &quot;&quot; for nothing), from the undo stack the window&apos;s undo stack (connect_undo_stack): its entries are named again on a switch</extracomment>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить {what}</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Руководство пользователя отсутствует в этой установке.</translation>
    </message>
    <message>
        <source>Note text not saved</source>
        <translation>Текст заметки не сохранён</translation>
    </message>
    <message>
        <source>Some note text could not be saved:
{error}

If you quit now it will be lost. Quit anyway?</source>
        <translation>Не удалось сохранить часть текста заметок:
{error}

Если выйти сейчас, он будет потерян. Всё равно выйти?</translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <source>The database is not open yet.</source>
        <extracomment>Move…: moves the database to a file; None, or why not (app.py sets it at attach)</extracomment>
        <translation>База данных ещё не открыта.</translation>
    </message>
</context>
</TS>
