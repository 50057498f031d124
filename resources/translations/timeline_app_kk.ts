<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n events of cultural relations between Kazakhstan and China, {period}.</source>
        <translation>
            <numerusform>{period} жылдардағы Қазақстан мен Қытай арасындағы мәдени байланыстардың %n оқиғасы.</numerusform>
            <numerusform>{period} жылдардағы Қазақстан мен Қытай арасындағы мәдени байланыстардың %n оқиғасы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents from {publishers}.</source>
        <translation>
            <numerusform>{publishers} жариялаған %n құжат.</numerusform>
            <numerusform>{publishers} жариялаған %n құжат.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes can still be read from it; they are added to whichever you choose.</source>
        <translation>
            <numerusform>Одан әлі %n жазбаны оқуға болады; ол сіз таңдаған нұсқаға қосылады.</numerusform>
            <numerusform>Одан әлі %n жазбаны оқуға болады; олар сіз таңдаған нұсқаға қосылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n дереккөз</numerusform>
            <numerusform>%n дереккөз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cited %n times.</source>
        <translation>
            <numerusform>, оларға %n рет сілтеме жасалған.</numerusform>
            <numerusform>, оларға %n рет сілтеме жасалған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events match “{query}”</source>
        <translation>
            <numerusform>«{query}» сұрауына %n оқиға сәйкес келеді</numerusform>
            <numerusform>«{query}» сұрауына %n оқиға сәйкес келеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more hidden by filters)</source>
        <translation>
            <numerusform> (тағы %n оқиға сүзгілермен жасырылған)</numerusform>
            <numerusform> (тағы %n оқиға сүзгілермен жасырылған)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are listed, by date</source>
        <translation>
            <numerusform>%n оқиға күні бойынша тізімделген</numerusform>
            <numerusform>%n оқиға күні бойынша тізімделген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events · notes are stored in {path}</source>
        <translation>
            <numerusform>%Ln оқиға · жазбалар сақталатын орын: {path}</numerusform>
            <numerusform>%Ln оқиға · жазбалар сақталатын орын: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>%Ln оқиғадан {shown} көрсетілген</numerusform>
            <numerusform>%Ln оқиғадан {shown} көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes exported to {file}.</source>
        <translation>
            <numerusform>%Ln жазба {file} файлына экспортталды.</numerusform>
            <numerusform>%Ln жазба {file} файлына экспортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln қосылған</numerusform>
            <numerusform>%Ln қосылған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln жаңартылған</numerusform>
            <numerusform>%Ln жаңартылған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation>
            <numerusform>%Ln бұрыннан бар</numerusform>
            <numerusform>%Ln бұрыннан бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln өткізіп жіберілген</numerusform>
            <numerusform>%Ln өткізіп жіберілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings, listed in the log (Help ▸ Open Log Folder)</source>
        <translation>
            <numerusform>%Ln ескерту журналға жазылды (Анықтама ▸ Журнал қалтасын ашу)</numerusform>
            <numerusform>%Ln ескерту журналға жазылды (Анықтама ▸ Журнал қалтасын ашу)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln өзгеріссіз</numerusform>
            <numerusform>%Ln өзгеріссіз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The updated notes take the newer text from the file (see Show Details).</source>
        <translation>
            <numerusform>Жаңартылған жазбаға файлдағы жаңарақ мәтін жазылады («Толық ақпаратты көрсету» батырмасын қараңыз).</numerusform>
            <numerusform>Жаңартылған жазбаларға файлдағы жаңарақ мәтін жазылады («Толық ақпаратты көрсету» батырмасын қараңыз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other drafts for this event; the newest is from {time} (%n in all):</source>
        <translation>
            <numerusform>Бұл оқиғаның басқа жобалары (барлығы %n); ең жаңасы {time} кезінде сақталған:</numerusform>
            <numerusform>Бұл оқиғаның басқа жобалары (барлығы %n); ең жаңасы {time} кезінде сақталған:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%Ln)</source>
        <translation>
            <numerusform>Жазбалар (%Ln)</numerusform>
            <numerusform>Жазбалар (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results — ↓ and Enter to open</source>
        <translation>
            <numerusform>%n нәтиже — ашу үшін ↓ және Enter</numerusform>
            <numerusform>%n нәтиже — ашу үшін ↓ және Enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events start here: click to zoom in</source>
        <extracomment>Texts kept in memory; beyond this the caches start over (a few MB at most). A title of typical letters, to start the width-per-character estimate in a new font. Layouts kept: a transition passes through many zoom levels. called with each storage failure (after it was logged) shaped titles: measuring and drawing share one shaping per title titles a paint needed but could not read; read by ``fetch_missing`` titles whose read failed: not asked for again until a read succeeds</extracomment>
        <translation>
            <numerusform>Мұнда тағы %Ln оқиға басталады: үлкейту үшін басыңыз</numerusform>
            <numerusform>Мұнда тағы %Ln оқиға басталады: үлкейту үшін басыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the filters show (%Ln events)</source>
        <translation>
            <numerusform>Сүзгілер көрсететін оқиғалар (%Ln оқиға)</numerusform>
            <numerusform>Сүзгілер көрсететін оқиғалар (%Ln оқиға)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The curated chronology (%Ln events)</source>
        <translation>
            <numerusform>Іріктелген хронология (%Ln оқиға)</numerusform>
            <numerusform>Іріктелген хронология (%Ln оқиға)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln events)</source>
        <translation>
            <numerusform>{name} (%Ln оқиға)</numerusform>
            <numerusform>{name} (%Ln оқиға)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every event (%Ln events)</source>
        <translation>
            <numerusform>Барлық оқиғалар (%Ln оқиға)</numerusform>
            <numerusform>Барлық оқиғалар (%Ln оқиға)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the %Ln events of {name}</source>
        <translation>
            <numerusform>{name} жинағындағы %Ln оқиғаны ауыстыру</numerusform>
            <numerusform>{name} жинағындағы %Ln оқиғаны ауыстыру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln оқиға</numerusform>
            <numerusform>%Ln оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln қабылданбады</numerusform>
            <numerusform>%Ln қабылданбады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rows are not listed.</source>
        <translation>
            <numerusform>Тағы %Ln жол тізімде көрсетілмеген.</numerusform>
            <numerusform>Тағы %Ln жол тізімде көрсетілмеген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events imported into {name}.</source>
        <translation>
            <numerusform>%Ln оқиға {name} жинағына импортталды.</numerusform>
            <numerusform>%Ln оқиға {name} жинағына импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events exported to {file}.</source>
        <translation>
            <numerusform>%Ln оқиға {file} файлына экспортталды.</numerusform>
            <numerusform>%Ln оқиға {file} файлына экспортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the collection “{collection}” and its %Ln events?</source>
        <translation>
            <numerusform>«{collection}» жинағын және ондағы %Ln оқиғаны алып тастау керек пе?</numerusform>
            <numerusform>«{collection}» жинағын және ондағы %Ln оқиғаны алып тастау керек пе?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citation of %n sources copied.</source>
        <translation>
            <numerusform>Библиографиялық сілтеме көшірілді (%n дереккөз).</numerusform>
            <numerusform>Библиографиялық сілтеме көшірілді (%n дереккөз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources written to {file} ({format}).</source>
        <translation>
            <numerusform>%n дереккөз {file} файлына жазылды ({format}).</numerusform>
            <numerusform>%n дереккөз {file} файлына жазылды ({format}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline pages</source>
        <translation>
            <numerusform>Уақыт шкаласының %n беті</numerusform>
            <numerusform>Уақыт шкаласының %n беті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {file} ({format}, %n pages).</source>
        <translation>
            <numerusform>{file} экспортталды ({format}, %n бет).</numerusform>
            <numerusform>{file} экспортталды ({format}, %n бет).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Нұсқа: {version}</translation>
    </message>
    <message>
        <source>Every event cites its sources; dates are shown with the precision the sources give.</source>
        <translation>Әр оқиға өз дереккөздеріне сілтеме жасайды; күндер дереккөздер берген дәлдікпен көрсетіледі.</translation>
    </message>
    <message>
        <source>Seed articles</source>
        <translation>Бастапқы мақалалар</translation>
    </message>
    <message>
        <source>Further sources</source>
        <translation>Басқа дереккөздер</translation>
    </message>
    <message>
        <source>Help ▸ Sources lists each of them with the number of events that cite it.</source>
        <translation>Анықтама ▸ Дереккөздер олардың әрқайсысын өзіне сілтеме жасайтын оқиғалар санымен көрсетеді.</translation>
    </message>
    <message>
        <source>Your notes are kept in the database this window opened: a file on this computer, unless you opened your team&apos;s shared store on a server (named in the window&apos;s title).</source>
        <translation>Жазбаларыңыз осы терезеде ашылған дерекқорда сақталады: бұл — осы компьютердегі файл, егер сіз тобыңыздың сервердегі ортақ дерекқорын ашпаған болсаңыз (оның атауы терезе тақырыбында көрсетіледі).</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} туралы</translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <translation>Қазақстан–Қытай мәдени хронологиясы</translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Add Note “{note}”</source>
        <translation>«{note}» жазбасын қосу</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No event with id {id}.</source>
        <translation>{id} идентификаторы бар оқиға жоқ.</translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <extracomment>The interface languages, English first (the source language of every text). Each language named in itself, as the language list shows it (never translated). QSettings key of the language the user picked. The locale each language&apos;s dates and numbers follow (Chinese: Simplified, mainland). Fonts tried, in order, for Chinese characters when Chinese is shown: Simplified forms first, so Han characters do not take a Japanese or Traditional font&apos;s shapes (fontconfig, Windows, macOS names). Kazakh&apos;s letters are in every common Cyrillic font (DejaVu, Noto, Segoe UI). Qt&apos;s own catalogue for each language (in Qt&apos;s translations folder).</extracomment>
        <translation>Қазақстан–Қытай мәдени хронологиясы</translation>
    </message>
    <message>
        <source>The bundled data files are broken: {problem}</source>
        <translation>Бағдарламамен бірге келетін деректер файлдары бүлінген: {problem}</translation>
    </message>
    <message>
        <source>{path} is open read-only, so it cannot be moved.</source>
        <translation>{path} тек оқу үшін ашылған, сондықтан оны жылжыту мүмкін емес.</translation>
    </message>
    <message>
        <source>Move… applies to local files only: a server store is moved by its administrator (pg_dump).</source>
        <translation>«Жылжыту…» тек жергілікті файлдарға қолданылады: сервердегі дерекқорды оның әкімшісі жылжытады (pg_dump).</translation>
    </message>
    <message>
        <source>The copy at {copy} could not be opened ({problem}). The database stays at {path}.</source>
        <translation>{copy} орнындағы көшірмені ашу мүмкін болмады ({problem}). Дерекқор {path} орнында қалады.</translation>
    </message>
    <message>
        <source>The database is now {path}.</source>
        <translation>Дерекқор енді мына жерде: {path}.</translation>
    </message>
    <message>
        <source>The database is now {path}; start with --db {path} to open it next time.</source>
        <translation>Дерекқор енді мына жерде: {path}; келесі жолы оны ашу үшін бағдарламаны --db {path} параметрімен іске қосыңыз.</translation>
    </message>
    <message>
        <source>{path} could not be read or written while the app was open.</source>
        <translation>Бағдарлама ашық тұрғанда {path} файлын оқу не оған жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>{problem}

The damaged file is kept as {aside}.</source>
        <translation>{problem}

Бүлінген файл {aside} ретінде сақталды.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Your notes are safe. Details were written to the log in {folder}.</source>
        <translation>Қате орын алды: {problem}

Жазбаларыңыз аман. Толық ақпарат {folder} қалтасындағы журналға жазылды.</translation>
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
        <translation>Қаралған күні: {date}</translation>
    </message>
</context>
<context>
    <name>CitationActions</name>
    <message>
        <source>This event cites no source.</source>
        <extracomment>The file dialog&apos;s filters, one per format (the format names stay as they are).</extracomment>
        <translation>Бұл оқиға ешбір дереккөзге сілтеме жасамайды.</translation>
    </message>
    <message>
        <source>Export Sources</source>
        <translation>Дереккөздерді экспорттау</translation>
    </message>
    <message>
        <source>Export Bibliography</source>
        <translation>Әдебиеттер тізімін экспорттау</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>Библиографиялық сілтемені &amp;көшіру</translation>
    </message>
    <message>
        <source>Copy the selected event&apos;s sources as a citation</source>
        <translation>Таңдалған оқиғаның дереккөздерін библиографиялық сілтеме ретінде көшіру</translation>
    </message>
    <message>
        <source>Export &amp;Sources…</source>
        <translation>&amp;Дереккөздерді экспорттау…</translation>
    </message>
    <message>
        <source>Write the selected event&apos;s sources as CSL-JSON, BibTeX or RIS</source>
        <translation>Таңдалған оқиғаның дереккөздерін CSL-JSON, BibTeX немесе RIS форматында сақтау</translation>
    </message>
    <message>
        <source>Export &amp;Bibliography…</source>
        <translation>Әдебиеттер &amp;тізімін экспорттау…</translation>
    </message>
    <message>
        <source>Write every source as CSL-JSON, BibTeX or RIS</source>
        <translation>Барлық дереккөздерді CSL-JSON, BibTeX немесе RIS форматында сақтау</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections:</source>
        <extracomment>the ticks changed (int, str): rename the collection with this id to this name int: remove the collection with this id (the user confirmed)</extracomment>
        <translation>Жинақтар:</translation>
    </message>
    <message>
        <source>Right-click, F2 or Delete to rename or remove it</source>
        <translation>Қайта атау не алып тастау үшін тінтуірдің оң жақ батырмасымен шертіңіз немесе F2 не Delete пернесін басыңыз</translation>
    </message>
    <message>
        <source>Curated chronology</source>
        <translation>Іріктелген хронология</translation>
    </message>
    <message>
        <source>{collection} ({count})</source>
        <translation>{collection} ({count})</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Қайта атау…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Алып тастау…</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Жинақты қайта атау</translation>
    </message>
    <message>
        <source>New name for “{collection}”:</source>
        <translation>«{collection}» жинағының жаңа атауы:</translation>
    </message>
    <message>
        <source>Remove Collection</source>
        <translation>Жинақты алып тастау</translation>
    </message>
    <message>
        <source>Your notes on its events are kept. Edit ▸ Undo brings it back.</source>
        <translation>Оның оқиғалары туралы жазбаларыңыз сақталады. Өңдеу ▸ Болдырмау оны қайтарады.</translation>
    </message>
</context>
<context>
    <name>CollectionsController</name>
    <message>
        <source>Rename Collection</source>
        <translation>Жинақты қайта атау</translation>
    </message>
    <message>
        <source>Another collection is named “{name}”: choose another name.</source>
        <translation>«{name}» деген атаумен басқа жинақ бар: басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Rename collection {name}</source>
        <translation>{name} жинағын қайта атау</translation>
    </message>
    <message>
        <source>Remove collection {name}</source>
        <translation>{name} жинағын алып тастау</translation>
    </message>
</context>
<context>
    <name>DeleteNoteCommand</name>
    <message>
        <source>Delete Note “{note}”</source>
        <translation>«{note}» жазбасын жою</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>leads to</source>
        <extracomment>Links of the &quot;yours&quot; line: edit or delete the user&apos;s event shown. The link beside the Sources heading: copy the event&apos;s sources as a citation. Untranslated; shown through QCoreApplication.translate(&quot;DetailPane&quot;, …).</extracomment>
        <translation>салдары</translation>
    </message>
    <message>
        <source>follows from</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>see also</source>
        <translation>сондай-ақ қараңыз</translation>
    </message>
    <message>
        <source>context</source>
        <translation>мәнмәтіні</translation>
    </message>
    <message>
        <source>gives context to</source>
        <translation>мынаған мәнмәтін береді</translation>
    </message>
    <message>
        <source>conflicts with</source>
        <translation>қайшы келеді</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>The data&apos;s precision and confidence words (DatePrecision, Confidence values), untranslated.</extracomment>
        <translation>күн</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <source>(then {place})</source>
        <translation>(ол кездегі атауы — {place})</translation>
    </message>
    <message>
        <source>(today {place})</source>
        <translation>(қазіргі атауы — {place})</translation>
    </message>
    <message>
        <source>source: {publisher}</source>
        <translation>дереккөз: {publisher}</translation>
    </message>
    <message>
        <source>A seed article of this timeline</source>
        <translation>Осы хронология негізделген бастапқы мақала</translation>
    </message>
    <message>
        <source>Quote: “{quote}”</source>
        <translation>Дәйексөз: «{quote}»</translation>
    </message>
    <message>
        <source>Your event</source>
        <translation>Сіздің оқиғаңыз</translation>
    </message>
    <message>
        <source>From collection {name}</source>
        <translation>{name} жинағынан</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Библиографиялық сілтемені көшіру</translation>
    </message>
    <message>
        <source>date precision: {precision} (approximate) · confidence: {confidence}</source>
        <translation>күн дәлдігі: {precision} (шамамен) · сенімділік: {confidence}</translation>
    </message>
    <message>
        <source>date precision: {precision} · confidence: {confidence}</source>
        <translation>күн дәлдігі: {precision} · сенімділік: {confidence}</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Жерлер</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Адамдар мен ұйымдар</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Сандық деректер</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Байланысты оқиғалар</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Оқиға таңдалмаған</translation>
    </message>
    <message>
        <source>Click an event on the timeline, or press → / ← in the timeline to step through events in time. Zoom with the mouse wheel or + and −; drag to move along the years.</source>
        <translation>Уақыт шкаласындағы оқиғаны басыңыз немесе оқиғаларды уақыт ретімен бірінен соң бірін қарау үшін уақыт шкаласында → / ← пернелерін басыңыз. Тінтуір дөңгелегімен немесе + және − пернелерімен масштабтаңыз; жылдар бойымен жылжу үшін сүйреңіз.</translation>
    </message>
    <message>
        <source>English original</source>
        <extracomment>Links of the line below a translated title: show the English, or the translation again.</extracomment>
        <translation>Ағылшынша түпнұсқа</translation>
    </message>
    <message>
        <source>Show translation</source>
        <translation>Аудармасын көрсету</translation>
    </message>
    <message>
        <source>Translated from English</source>
        <translation>Ағылшын тілінен аударылған</translation>
    </message>
    <message>
        <source>Show English</source>
        <translation>Ағылшыншасын көрсету</translation>
    </message>
    <message>
        <source>Event details</source>
        <extracomment>str: id of a related event whose link was clicked str: id of the user&apos;s event shown, whose Edit… link was clicked str: id of the user&apos;s event shown, whose Delete link was clicked str: id of the event shown, whose Copy citation link (by Sources) was clicked</extracomment>
        <translation>Оқиға мәліметтері</translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit Note “{note}”</source>
        <translation>«{note}» жазбасын өңдеу</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit Event</source>
        <extracomment>what OK kept (None until the form was accepted)</extracomment>
        <translation>Оқиғаны өңдеу</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Start / end:</source>
        <translation>&amp;Басталуы / аяқталуы:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>New category:</source>
        <translation>Жаңа санат:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Си&amp;паттамасы:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Жерлер:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>&amp;Дереккөз URL мекенжайы:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Күн дәлдігі</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>End (optional)</source>
        <translation>Аяқталуы (міндетті емес)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>&amp;Approximate</source>
        <translation>&amp;Шамамен</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Жаңа санат…</translation>
    </message>
    <message>
        <source>Name of the new category</source>
        <translation>Жаңа санаттың атауы</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Түсі…</translation>
    </message>
    <message>
        <source>Colour of the new category</source>
        <translation>Жаңа санаттың түсі</translation>
    </message>
    <message>
        <source>Places (optional)</source>
        <translation>Жерлер (міндетті емес)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Title: an event needs a title.</source>
        <translation>Атауы: оқиғаның атауы болуы керек.</translation>
    </message>
    <message>
        <source>Start: an event needs a start date.</source>
        <translation>Басталуы: оқиғаның басталу күні болуы керек.</translation>
    </message>
    <message>
        <source>End: the end is before the start.</source>
        <translation>Аяқталуы: аяқталу күні басталу күнінен бұрын тұр.</translation>
    </message>
    <message>
        <source>Category: the new category needs a name.</source>
        <translation>Санаты: жаңа санаттың атауы болуы керек.</translation>
    </message>
    <message>
        <source>Source URL: give a web address starting with http:// or https://.</source>
        <translation>Дереккөз URL мекенжайы: http:// немесе https:// деп басталатын веб-мекенжайды енгізіңіз.</translation>
    </message>
    <message>
        <source>{field}: write the date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <extracomment>How much detail each precision needs: year alone (1), with month (2), with day (3).</extracomment>
        <translation>{field}: күнді ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>{field}: the year must be between 1 and 9999.</source>
        <translation>{field}: жыл 1 мен 9999 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>{field}: give the day (YYYY-MM-DD), or choose a coarser precision.</source>
        <translation>{field}: күнін көрсетіңіз (ЖЖЖЖ-АА-КК) немесе төменірек дәлдікті таңдаңыз.</translation>
    </message>
    <message>
        <source>{field}: give the month (YYYY-MM), or choose the precision Year.</source>
        <translation>{field}: айын көрсетіңіз (ЖЖЖЖ-АА) немесе «Жыл» дәлдігін таңдаңыз.</translation>
    </message>
    <message>
        <source>{field}: there is no such date ({date}).</source>
        <translation>{field}: мұндай күн жоқ ({date}).</translation>
    </message>
</context>
<context>
    <name>EventFiles</name>
    <message>
        <source>Import Events</source>
        <extracomment>ImportWritten: a collection was imported (the window shows it) str: what was done, for the status bar</extracomment>
        <translation>Оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>Timelines (*.json *.csv *.timeline);;TimelineJS JSON (*.json);;CSV (*.csv);;The Timeline Project (*.timeline)</source>
        <translation>Уақыт шкалалары (*.json *.csv *.timeline);;TimelineJS JSON (*.json);;CSV (*.csv);;The Timeline Project (*.timeline)</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>{file} файлынан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Оқиғаларды экспорттау</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.json);;TimelineJS spreadsheet CSV (*.csv)</source>
        <translation>TimelineJS JSON (*.json);;TimelineJS электрондық кестесі, CSV (*.csv)</translation>
    </message>
    <message>
        <source>I&amp;mport Events…</source>
        <translation>&amp;Оқиғаларды импорттау…</translation>
    </message>
    <message>
        <source>Add a TimelineJS, CSV or Timeline file as a collection</source>
        <translation>TimelineJS, CSV немесе Timeline файлын жинақ ретінде қосу</translation>
    </message>
    <message>
        <source>Export E&amp;vents…</source>
        <translation>Оқиғаларды экспо&amp;рттау…</translation>
    </message>
    <message>
        <source>Write events as TimelineJS JSON or CSV</source>
        <translation>Оқиғаларды TimelineJS JSON немесе CSV форматында сақтау</translation>
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
        <translation>Таңдалған оқиға сүзгілермен жасырылған.</translation>
    </message>
    <message>
        <source>More than {limit} events match “{query}”; of the first {found} found, </source>
        <translation>«{query}» сұрауына {limit} оқиғадан астам сәйкес келеді; алғаш табылған {found} оқиғаның ішінен </translation>
    </message>
    <message>
        <source> (the others are hidden by filters)</source>
        <translation> (қалғандары сүзгілермен жасырылған)</translation>
    </message>
</context>
<context>
    <name>ExportEventsDialog</name>
    <message>
        <source>Export Events</source>
        <translation>Оқиғаларды экспорттау</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Нені экспорттау:</translation>
    </message>
    <message>
        <source>The events are written as TimelineJS JSON (.json) or as a TimelineJS spreadsheet CSV (.csv), by the file&apos;s extension.</source>
        <translation>Оқиғалар файл кеңейтіміне қарай TimelineJS JSON (.json) немесе TimelineJS электрондық кестесі CSV (.csv) түрінде жазылады.</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>Export Timeline Image</source>
        <extracomment>The page sizes offered, by the name FigureOptions takes. (FigureFormat, FigureOptions): Export… was pressed with valid fields</extracomment>
        <translation>Уақыт шкаласының суретін экспорттау</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG суреті</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
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
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ені:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>Б&amp;иіктігі:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Сыртқы &amp;түрі:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>Бағда&amp;ры:</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Бет &amp;өлшемі:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Аралық:</translation>
    </message>
    <message>
        <source>The &amp;visible range, {first} – {last}</source>
        <translation>&amp;Көрінетін аралық: {first} – {last}</translation>
    </message>
    <message>
        <source>From one date to a&amp;nother:</source>
        <translation>Бір күннен екінші күнге &amp;дейін:</translation>
    </message>
    <message>
        <source>e.g. 2010, May 2010 or 31.08.2015</source>
        <translation>мысалы, 2010, мамыр 2010 немесе 31.08.2015</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматты</translation>
    </message>
    <message>
        <source>The picture&apos;s width; for a PDF, the width each page is laid out at (wider puts more on a page, in smaller print).</source>
        <translation>Суреттің ені; PDF үшін — әр беттің беттелу ені (ені неғұрлым үлкен болса, бетке соғұрлым көп сыяды, бірақ мәтін ұсағырақ болады).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>To: {last} is before the first day, {first}.</source>
        <translation>Соңы: {last} күні бастапқы күннен ({first}) бұрын тұр.</translation>
    </message>
    <message>
        <source>{pages}, then the list of sources</source>
        <translation>{pages}, соңында дереккөздер тізімі</translation>
    </message>
</context>
<context>
    <name>ExternalLinks</name>
    <message>
        <source>Cannot Open Folder</source>
        <translation>Қалтаны ашу мүмкін емес</translation>
    </message>
    <message>
        <source>No file manager could open this folder. Copy its path to open it yourself:</source>
        <translation>Бұл қалтаны бірде-бір файл басқарушысы аша алмады. Оны өзіңіз ашу үшін жолын көшіріп алыңыз:</translation>
    </message>
    <message>
        <source>Cannot Open Link</source>
        <translation>Сілтемені ашу мүмкін емес</translation>
    </message>
    <message>
        <source>No web browser could open this link. Copy it to open it in a browser yourself:</source>
        <translation>Бұл сілтемені бірде-бір веб-браузер аша алмады. Оны браузерде өзіңіз ашу үшін көшіріп алыңыз:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Алмасу буферіне көшірілді.</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>exact day</source>
        <extracomment>The legend takes at most this many lines; the key of the marks only when it fits in them.</extracomment>
        <translation>нақты күн</translation>
    </message>
    <message>
        <source>month, year or approximate</source>
        <translation>ай, жыл немесе шамамен</translation>
    </message>
    <message>
        <source>period</source>
        <translation>кезең</translation>
    </message>
    <message>
        <source>more events without room</source>
        <translation>сыймаған басқа оқиғалар</translation>
    </message>
    <message>
        <source>Sources of the events shown</source>
        <extracomment>the sources pages&apos; frame: laid out DEFAULT_WIDTH wide whatever the timeline&apos;s width, so the list reads at the same size on paper</extracomment>
        <translation>Көрсетілген оқиғалардың дереккөздері</translation>
    </message>
    <message>
        <source>{app}, data version {version}</source>
        <translation>{app}, деректер нұсқасы: {version}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>{total} беттің {number}-беті</translation>
    </message>
</context>
<context>
    <name>FigureFiles</name>
    <message>
        <source>Export Timeline Image</source>
        <extracomment>The file name filter of each format (format names stay as they are in every language). str: what was done, for the status bar QProgressDialog: an export started writing (tests press its Cancel)</extracomment>
        <translation>Уақыт шкаласының суретін экспорттау</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} жазылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Export cancelled; {file} was not written.</source>
        <translation>Экспорттау тоқтатылды; {file} файлы жазылмады.</translation>
    </message>
    <message>
        <source>{file} could not be written: {problem}</source>
        <translation>{file} файлын жазу мүмкін болмады: {problem}</translation>
    </message>
    <message>
        <source>Exported {file} ({format}).</source>
        <translation>{file} экспортталды ({format}).</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>Уақыт шкаласын баспаға шығару</translation>
    </message>
    <message>
        <source>The timeline could not be printed: {problem}</source>
        <translation>Уақыт шкаласын баспаға шығару мүмкін болмады: {problem}</translation>
    </message>
    <message>
        <source>Export &amp;Timeline Image…</source>
        <translation>Уақыт шкаласының &amp;суретін экспорттау…</translation>
    </message>
    <message>
        <source>Save what the timeline shows as a PNG or SVG picture or a PDF</source>
        <translation>Уақыт шкаласында көрсетілгенді PNG не SVG суреті немесе PDF құжаты ретінде сақтау</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Баспаға шығару…</translation>
    </message>
    <message>
        <source>Print what the timeline shows, after a preview</source>
        <translation>Уақыт шкаласында көрсетілгенді алдын ала қарап шығып, баспаға шығару</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Any (low and up)</source>
        <translation>Кез келген (төменнен бастап)</translation>
    </message>
    <message>
        <source>Medium and high</source>
        <translation>Орташа және жоғары</translation>
    </message>
    <message>
        <source>High only</source>
        <translation>Тек жоғары</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>EventFilter: the filter now chosen the curated chronology and the user&apos;s collections (shown when there are any)</extracomment>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Filters and legend</source>
        <translation>Сүзгілер мен шартты белгілер</translation>
    </message>
    <message>
        <source>Only events with my notes</source>
        <translation>Тек жазбам бар оқиғалар</translation>
    </message>
    <message>
        <source>Exact dates only</source>
        <translation>Тек нақты күндер</translation>
    </message>
    <message>
        <source>Hide events known only to the month or year, or approximately</source>
        <translation>Тек айы не жылы ғана немесе шамамен белгілі оқиғаларды жасыру</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Сенімділік:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Бәрін көрсету</translation>
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
        <translation>Күнге өту</translation>
    </message>
    <message>
        <source>A year, a month or a day between {first} and {last}, for example 2015, 2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015 (day first):</source>
        <translation>{first} және {last} аралығындағы жыл, ай немесе күн, мысалы: 2015, 2015-08, 08.2015, тамыз 2015, 2015-08-31, 31.08.2015 немесе 31/08/2015 (алдымен күні):</translation>
    </message>
    <message>
        <source>e.g. 31.08.2015</source>
        <translation>мысалы, 31.08.2015</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Өту</translation>
    </message>
    <message>
        <source>Type a year, a month or a day, for example 2015, 08.2015 or 31.08.2015.</source>
        <translation>Жылды, айды немесе күнді теріңіз, мысалы: 2015, 08.2015 немесе 31.08.2015.</translation>
    </message>
    <message>
        <source>{text}: “{word}” is not a month name.</source>
        <translation>{text}: «{word}» — ай атауы емес.</translation>
    </message>
    <message>
        <source>{text}: there is no month {month}; months go from 1 to 12.</source>
        <translation>{text}: {month} деген ай жоқ; айлар 1-ден 12-ге дейін нөмірленеді.</translation>
    </message>
    <message>
        <source>{text}: {month} has no day {day}.</source>
        <translation>{text}: {month} — бұл айда {day} деген күн жоқ.</translation>
    </message>
    <message>
        <source>{text}: {year} is outside the timeline ({first}–{last}).</source>
        <translation>{text}: {year} жыл уақыт шкаласынан тыс ({first}–{last}).</translation>
    </message>
    <message>
        <source>“{text}” is not a date I understand. Try 2015, 2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015.</source>
        <translation>«{text}» күн ретінде танылмады. Мына түрлерін қолданып көріңіз: 2015, 2015-08, 08.2015, тамыз 2015, 2015-08-31, 31.08.2015 немесе 31/08/2015.</translation>
    </message>
</context>
<context>
    <name>ImportEventsDialog</name>
    <message>
        <source>Refused: {reason}</source>
        <extracomment>tasks replaced while running (kept until they end: the pool&apos;s thread uses them)</extracomment>
        <translation>Қабылданбады: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be imported: {problem}</source>
        <translation>Бұл файлды импорттау мүмкін емес: {problem}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} оқылуда…</translation>
    </message>
    <message>
        <source>{events} will come in, {refused}.</source>
        <translation>{events} импортталады, {refused}.</translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation>Импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>{file} файлынан</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Жинақ:</translation>
    </message>
    <message>
        <source>Columns of the CSV file</source>
        <translation>CSV файлының бағандары</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(импортталмайды)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title / reason</source>
        <translation>Атауы / себебі</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>no headline, text, media caption or credit to name it</source>
        <translation>атау беретін тақырып, мәтін, медиа тақырыпшасы немесе авторы жоқ</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>a date that cannot be read</source>
        <translation>күнін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>a date outside the years 1–9999</source>
        <translation>күні 1–9999 жылдар аралығынан тыс</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>басталуынан бұрын аяқталады</translation>
    </message>
    <message>
        <source>not an event</source>
        <translation>оқиға емес</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Дереккөз URL мекенжайы</translation>
    </message>
    <message>
        <source>Source credit</source>
        <translation>Дереккөз авторы</translation>
    </message>
    <message>
        <source>Source caption</source>
        <translation>Дереккөз тақырыпшасы</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Шамамен</translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <source>Import Notes from {file}</source>
        <translation>{file} файлынан жазбаларды импорттау</translation>
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
        <translation>Жазбаларды импорттау</translation>
    </message>
    <message>
        <source>Import the notes of {file}?</source>
        <translation>{file} файлындағы жазбаларды импорттау керек пе?</translation>
    </message>
    <message>
        <source>{counts}.</source>
        <translation>{counts}.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Өңдеу ▸ Болдырмау бүкіл импортты кері қайтарады.</translation>
    </message>
    <message>
        <source>On {event}: {before} becomes {after}</source>
        <translation>{event} оқиғасында: {before} мәтінінің орнына {after} болады</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Reconnected to {store}.</source>
        <extracomment>How long a burst of notifications is gathered before the window is refreshed once. How long &quot;Reconnected to …&quot; stays in the status bar. RemoteChanges (from any thread): what another client changed str (from any thread): the connection to the store was lost, and why bool (from any thread): changes are listened to (True: again, after a lost connection) RemoteChanges: a gathered burst was applied to the window</extracomment>
        <translation>{store} дерекқорына қайта қосылды.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {path}…</source>
        <extracomment>why a read-only database is shown from a private copy (None: the file itself) the database&apos;s services were attached and its events loaded called after the window has closed (e.g. to release the database file)</extracomment>
        <translation>{path} ашылуда…</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Болдырмау орындалды: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Қайталау орындалды: {what}</translation>
    </message>
    <message>
        <source>{date}: {title}</source>
        <translation>{date}: {title}</translation>
    </message>
    <message>
        <source>That event is hidden by the filters: choose Show all.</source>
        <translation>Ол оқиға сүзгілермен жасырылған: «Бәрін көрсету» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <translation>Қазақстан–Қытай мәдени хронологиясы</translation>
    </message>
    <message>
        <source>Its latest changes could not be read in place, so a private copy is shown; the file is left as it is.</source>
        <extracomment>by the name their state is remembered under</extracomment>
        <translation>Оның соңғы өзгерістерін өз орнында оқу мүмкін болмады, сондықтан жеке көшірмесі көрсетілген; файлдың өзі өзгертілмейді.</translation>
    </message>
    <message>
        <source>It comes from an older version of the app: an upgraded private copy is shown; the file is left as it is.</source>
        <translation>Ол бағдарламаның ескі нұсқасынан қалған: жаңартылған жеке көшірмесі көрсетілген; файлдың өзі өзгертілмейді.</translation>
    </message>
    <message>
        <source>Read-only: a private copy of {path} is shown, with its latest changes.</source>
        <translation>Тек оқу үшін: {path} файлының соңғы өзгерістері бар жеке көшірмесі көрсетілген.</translation>
    </message>
    <message>
        <source>Read-only: an upgraded private copy of {path} (older version) is shown.</source>
        <translation>Тек оқу үшін: {path} файлының (ескі нұсқа) жаңартылған жеке көшірмесі көрсетілген.</translation>
    </message>
    <message>
        <source>Read-only: {path} cannot be written, so notes cannot be changed.</source>
        <translation>Тек оқу үшін: {path} файлына жазу мүмкін емес, сондықтан жазбаларды өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Тек оқу үшін</translation>
    </message>
    <message>
        <source>{path} cannot be written: notes can be read, not changed.</source>
        <translation>{path} файлына жазу мүмкін емес: жазбаларды оқуға болады, бірақ өзгертуге болмайды.</translation>
    </message>
</context>
<context>
    <name>NoteAuthorFilter</name>
    <message>
        <source>Show the notes of</source>
        <extracomment>The item data of &quot;All authors&quot; (every other item holds an author&apos;s name). the choice changed (no payload: ask ``accepts``)</extracomment>
        <translation>Кімнің жазбаларын көрсету</translation>
    </message>
    <message>
        <source>Notes by</source>
        <translation>Жазба авторы</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Барлық авторлар</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Мен</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Белгісіз автор</translation>
    </message>
</context>
<context>
    <name>NoteEditorController</name>
    <message>
        <source>An empty note is not saved: use Delete.</source>
        <translation>Бос жазба сақталмайды: «Жою» батырмасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Your text was kept as a new note.</source>
        <translation>Мәтініңіз жаңа жазба ретінде сақталды.</translation>
    </message>
    <message>
        <source>Editing the selected note; changes are saved as you type. Esc to finish.</source>
        <translation>Таңдалған жазба өңделуде; өзгерістер теру барысында сақталады. Аяқтау үшін Esc басыңыз.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Өзгерістер сақталды.</translation>
    </message>
    <message>
        <source>This note was changed in another window after you opened it. Both texts are kept: yours is saved as a new note.</source>
        <translation>Бұл жазбаны сіз ашқаннан кейін ол басқа терезеде өзгертілді. Екі мәтін де сақталды: сіздікі жаңа жазба ретінде сақталды.</translation>
    </message>
    <message>
        <source>The note you were editing was deleted in another window. Your text is kept here.</source>
        <translation>Сіз өңдеп жатқан жазба басқа терезеде жойылды. Мәтініңіз осында сақталған.</translation>
    </message>
    <message>
        <source>Not saved yet: {error} Your text is kept and will be retried.</source>
        <translation>Әлі сақталмады: {error} Мәтініңіз жадта тұр, сақтау әрекеті қайталанады.</translation>
    </message>
    <message>
        <source>{error} Your text is still in the editor.</source>
        <translation>{error} Мәтініңіз әлі де өңдегіште тұр.</translation>
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
        <translation>Электрондық кестелерге арналған CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Notes as {format}</source>
        <extracomment>str: a message for the status bar Changes: notes changed by an import</extracomment>
        <translation>Жазбаларды {format} форматында экспорттау</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <source>Import Notes from JSON</source>
        <translation>Жазбаларды JSON-нан импорттау</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>{file} файлынан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Жазбаларды импорттау</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

Ештеңе импортталмады.</translation>
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
        <translation>{file} импортталды: {counts}.</translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <source>{created} · edited {edited}</source>
        <extracomment>Item data roles carrying the note&apos;s id and its pre-formatted timestamp line. A note longer than this many lines is shown cut, with the full text in its tooltip.</extracomment>
        <translation>{created} · өңделді: {edited}</translation>
    </message>
</context>
<context>
    <name>NotePrivacy</name>
    <message>
        <source>Private note</source>
        <extracomment>Changes: a note was made private or shared</extracomment>
        <translation>Жеке жазба</translation>
    </message>
    <message>
        <source>Only you can read a private note on a shared store; your team sees the others. On a file on this computer it is a mark that exports carry.</source>
        <translation>Ортақ дерекқордағы жеке жазбаны тек сіз ғана оқи аласыз; қалған жазбаларды тобыңыз көреді. Осы компьютердегі файлда бұл жай ғана белгі, ол экспортталған жазбаларда да сақталады.</translation>
    </message>
    <message>
        <source>The note is private now.</source>
        <translation>Жазба енді жеке.</translation>
    </message>
    <message>
        <source>The note is shared now.</source>
        <translation>Жазба енді ортақ.</translation>
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
        <translation>Жеке · {line}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes on this event</source>
        <extracomment>Changes: what a write here changed (for other panes) the event and text of an Add that failed on storage (retried on reconnection) text that could not be written yet, held until it can</extracomment>
        <translation>Осы оқиға туралы жазбалар</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Жазба мәтіні</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Жазбаны қосу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Done editing</source>
        <translation>Өңдеуді аяқтау</translation>
    </message>
    <message>
        <source>Not saved yet ({error}); retrying. Your text is kept.</source>
        <translation>Әлі сақталмады ({error}); қайта әрекет жасалуда. Мәтініңіз жадта тұр.</translation>
    </message>
    <message>
        <source>This database is read-only: notes can be read but not changed.</source>
        <translation>Бұл дерекқор тек оқу үшін ашылған: жазбаларды оқуға болады, бірақ өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Write a note about this event… (Ctrl+Enter adds it)</source>
        <translation>Осы оқиға туралы жазба жазыңыз… (Ctrl+Enter оны қосады)</translation>
    </message>
    <message>
        <source>Select an event to write notes about it.</source>
        <translation>Жазба жазу үшін оқиғаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Жазба қосылды.</translation>
    </message>
    <message>
        <source>That note was deleted in another window.</source>
        <translation>Ол жазба басқа терезеде жойылды.</translation>
    </message>
    <message>
        <source>Note deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Жазба жойылды. Өңдеу ▸ Болдырмау (Ctrl+Z) оны қайтарады.</translation>
    </message>
    <message>
        <source>Your text has been saved.</source>
        <translation>Мәтініңіз сақталды.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>The note you were editing was deleted in another window.</source>
        <translation>Сіз өңдеп жатқан жазба басқа терезеде жойылды.</translation>
    </message>
    <message>
        <source>Keep my text as a new note</source>
        <translation>Мәтінімді жаңа жазба ретінде сақтау</translation>
    </message>
    <message>
        <source>Discard my text</source>
        <translation>Мәтінімнен бас тарту</translation>
    </message>
    <message>
        <source>Another draft for this event, from {time}:</source>
        <translation>Бұл оқиғаның басқа жобасы, {time} кезінде сақталған:</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Оны пайдалану</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Екеуін де сақтау</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Одан бас тарту</translation>
    </message>
</context>
<context>
    <name>OverviewBand</name>
    <message>
        <source>Overview of {period}</source>
        <extracomment>(float, float): new window start and end, as day numbers</extracomment>
        <translation>{period} кезеңіне шолу</translation>
    </message>
</context>
<context>
    <name>OwnEventCommand</name>
    <message>
        <source>Add Event “{title}”</source>
        <translation>«{title}» оқиғасын қосу</translation>
    </message>
    <message>
        <source>Delete Event “{title}”</source>
        <translation>«{title}» оқиғасын жою</translation>
    </message>
    <message>
        <source>Edit Event “{title}”</source>
        <translation>«{title}» оқиғасын өңдеу</translation>
    </message>
</context>
<context>
    <name>OwnEventsController</name>
    <message>
        <source>New &amp;Event…</source>
        <extracomment>A double-click this near a &quot;+N&quot; badge zooms into it rather than making an event. Visible spans (days) up to which a double-click gives a day, then a month, else a year. the database&apos;s services were attached (read-only or not) the editor open now (None when none is)</extracomment>
        <translation>Жаңа &amp;оқиға…</translation>
    </message>
    <message>
        <source>Add an event of your own to the timeline</source>
        <translation>Уақыт шкаласына өз оқиғаңызды қосу</translation>
    </message>
    <message>
        <source>Edit Even&amp;t…</source>
        <translation>Оқиғаны ө&amp;ңдеу…</translation>
    </message>
    <message>
        <source>Change the selected event of yours</source>
        <translation>Өзіңіз қосқан таңдалған оқиғаны өзгерту</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>Оқиғаны жо&amp;ю</translation>
    </message>
    <message>
        <source>Delete the selected event of yours (notes stay)</source>
        <translation>Өзіңіз қосқан таңдалған оқиғаны жою (жазбалар сақталады)</translation>
    </message>
    <message>
        <source>Your event is saved; the filters hide it.</source>
        <translation>Оқиғаңыз сақталды; сүзгілер оны жасырып тұр.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>The file, or a server store&apos;s URL (password masked) False for a database opened read-only: it is shown, never moved Appearance: the theme chosen TextSize: the detail pane&apos;s text size chosen StartView: what to show at the next start bool: animations on or off str: the interface language chosen (a code of LANGUAGES) where Move… last put the database (None: not moved)</extracomment>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Жүйе бойынша</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Кіші</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Үлкен</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Өте үлкен</translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation>Бүкіл кезең</translation>
    </message>
    <message>
        <source>The last view</source>
        <translation>Соңғы көрініс</translation>
    </message>
    <message>
        <source>The last event selected</source>
        <translation>Соңғы таңдалған оқиға</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Animate zoom and pan</source>
        <translation>Масштабтау мен жылжуды анимациялау</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Дерекқор файлы</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Жылжыту…</translation>
    </message>
    <message>
        <source>Copy the database to another place and use it there</source>
        <translation>Дерекқорды басқа орынға көшіріп, сол жерде пайдалану</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Тақы&amp;рып:</translation>
    </message>
    <message>
        <source>&amp;Detail text size:</source>
        <translation>&amp;Мәліметтер мәтінінің өлшемі:</translation>
    </message>
    <message>
        <source>At &amp;start show:</source>
        <translation>Іске қосқанда &amp;көрсету:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>Move… applies to local files only: a server store is moved by its administrator (pg_dump).</source>
        <translation>«Жылжыту…» тек жергілікті файлдарға қолданылады: сервердегі дерекқорды оның әкімшісі жылжытады (pg_dump).</translation>
    </message>
    <message>
        <source>Moved. The database is now {path}.</source>
        <translation>Жылжытылды. Дерекқор енді мына жерде: {path}.</translation>
    </message>
    <message>
        <source>Move the Database To</source>
        <translation>Дерекқордың жаңа орны</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>SQLite дерекқорлары (*.sqlite3 *.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>ReaderLocale</name>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>Qt date format of a moment: d day, MMM short month name, yyyy year, HH:mm time</comment>
        <translation>d MMM yyyy &apos;ж&apos;. HH:mm</translation>
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
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>The file {path} has not been changed.</source>
        <translation>{path} файлы өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Restoring a backup or starting fresh renames it to {name}.damaged-&lt;date&gt;, next to it, so nothing is lost.</source>
        <translation>Сақтық көшірмені қалпына келтіргенде немесе басынан бастағанда файл сол жерде {name}.damaged-&lt;date&gt; деп қайта аталады, сондықтан ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <source>Backups (newest first):</source>
        <translation>Сақтық көшірмелер (ең жаңасы басында):</translation>
    </message>
    <message>
        <source>There is no backup that can be restored.</source>
        <translation>Қалпына келтіруге болатын сақтық көшірме жоқ.</translation>
    </message>
    <message>
        <source>Restore Selected Backup</source>
        <translation>Таңдалған сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>Start Fresh</source>
        <translation>Басынан бастау</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
</context>
<context>
    <name>RemovedEventNotesDialog</name>
    <message>
        <source>Notes on Removed Events</source>
        <extracomment>the user&apos;s name as an author: a teammate&apos;s notes are signed, the user&apos;s are not</extracomment>
        <translation>Жойылған оқиғалардың жазбалары</translation>
    </message>
    <message>
        <source>on event “{event}” · {time}</source>
        <translation>«{event}» оқиғасы туралы · {time}</translation>
    </message>
    <message>
        <source>These notes were written on events that a later version of the bundled data no longer contains. They are kept, and they are included in File ▸ Export Notes.</source>
        <translation>Бұл жазбалар бағдарламамен бірге келетін деректердің кейінгі нұсқасында енді жоқ оқиғалар туралы жазылған. Олар сақталған және Файл ▸ Жазбаларды экспорттау арқылы экспортталады.</translation>
    </message>
    <message>
        <source>There are no notes on removed events.</source>
        <translation>Жойылған оқиғалар туралы жазбалар жоқ.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <extracomment>Typing pauses this long before the search runs. str: the text to search for (&apos;&apos; when cleared) Enter was pressed: choose the first result ↓ was pressed: move into the results</extracomment>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Search events, places, people, sources, notes… (Ctrl+F)</source>
        <translation>Оқиғалар, жерлер, адамдар, дереккөздер, жазбалар бойынша іздеу… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Type in the search box to find events and notes.</source>
        <translation>Оқиғалар мен жазбаларды табу үшін іздеу өрісіне мәтін теріңіз.</translation>
    </message>
    <message>
        <source>More than {limit} matches; {count} of those found first are listed, by date. Type more words to narrow the search.</source>
        <translation>Сәйкес нәтижелер саны {limit} шегінен асады; алғаш табылғандардың ішінен {count} нәтиже күні бойынша тізімделген. Іздеуді нақтылау үшін тағы сөз теріңіз.</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>«{text}» бойынша ештеңе табылмады.</translation>
    </message>
</context>
<context>
    <name>SearchResultsList</name>
    <message>
        <source>in your notes: {snippet}</source>
        <extracomment>Space above and below each result&apos;s text, so a selected row does not touch the next date. Narrowest width text is laid out at (a list squeezed to nothing still gets readable rows).</extracomment>
        <translation>жазбаларыңызда: {snippet}</translation>
    </message>
    <message>
        <source>also in your notes</source>
        <translation>жазбаларыңызда да бар</translation>
    </message>
    <message>
        <source>Search results</source>
        <extracomment>str: id of the event the user chose Esc was pressed in the list</extracomment>
        <translation>Іздеу нәтижелері</translation>
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
        <translation>«{note}» жазбасын жеке ету</translation>
    </message>
    <message>
        <source>Share Note “{note}”</source>
        <translation>«{note}» жазбасын ортақ ету</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Пернетақта жарлықтары</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Type to filter: a command, a key or a menu</source>
        <translation>Сүзу үшін теріңіз: команда, перне немесе мәзір</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Filter by publisher, title, date or link…</source>
        <translation>Жариялаушы, атау, күн немесе сілтеме бойынша сүзу…</translation>
    </message>
    <message>
        <source>Double-click a row to open its link.</source>
        <translation>Сілтемесін ашу үшін жолды екі рет басыңыз.</translation>
    </message>
</context>
<context>
    <name>SourcesTableModel</name>
    <message>
        <source>Publisher</source>
        <extracomment>Sort key role: dates sort as dates, counts as numbers.</extracomment>
        <translation>Жариялаушы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланған күні</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
</context>
<context>
    <name>StorageAlert</name>
    <message>
        <source>Repair…</source>
        <extracomment>the user asked to repair the database (restore a backup or start afresh) the server store whose connection is lost (&quot;&quot; when none is) failures reported since the banner was last shown (the first included)</extracomment>
        <translation>Жөндеу…</translation>
    </message>
    <message>
        <source>Restore the latest backup or start afresh; the damaged file is kept aside.</source>
        <translation>Соңғы сақтық көшірмені қалпына келтіріңіз немесе басынан бастаңыз; бүлінген файл бөлек сақталады.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>The store {path} could not be read or written: {reason}
What is on screen stays usable, and notes you type are kept in memory and tried again. If this goes on, tell the store&apos;s administrator.</source>
        <translation>{path} дерекқорын оқу не оған жазу мүмкін болмады: {reason}
Экрандағы деректерді пайдалана беруге болады, ал терген жазбаларыңыз жадта сақталып, қайта жазылып көріледі. Бұл қайталана берсе, дерекқор әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The database {path} could not be read or written: {reason}
What is on screen stays usable, and notes you type are kept in memory. Choose Repair… to restore the latest backup or start afresh (the damaged file is kept aside, not deleted).</source>
        <translation>{path} дерекқорын оқу не оған жазу мүмкін болмады: {reason}
Экрандағы деректерді пайдалана беруге болады, ал терген жазбаларыңыз жадта сақталады. Соңғы сақтық көшірмені қалпына келтіру немесе басынан бастау үшін «Жөндеу…» батырмасын басыңыз (бүлінген файл жойылмайды, бөлек сақталады).</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: see the message above.</source>
        <translation>{path} дерекқорын пайдалану мүмкін емес: жоғарыдағы хабарламаны қараңыз.</translation>
    </message>
    <message>
        <source>Lost the connection to {store}; retrying. Your text is kept until it can be saved.</source>
        <translation>{store} дерекқорымен байланыс үзілді; қайта қосылу әрекеті жасалуда. Мәтініңіз сақталғанша жадта тұрады.</translation>
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
        <translation>Алдыңғы / келесі оқиға</translation>
    </message>
    <message>
        <source>Previous / next event in the same category</source>
        <translation>Сол санаттағы алдыңғы / келесі оқиға</translation>
    </message>
    <message>
        <source>Move along the years (a tenth of the view)</source>
        <translation>Жылдар бойымен жылжу (көріністің оннан бірі)</translation>
    </message>
    <message>
        <source>Move along the years (a page)</source>
        <translation>Жылдар бойымен жылжу (бір бет)</translation>
    </message>
    <message>
        <source>Back / forward through visited events and views</source>
        <translation>Қаралған оқиғалар мен көріністер бойынша артқа / алға</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>Бүкіл кезеңді көрсету</translation>
    </message>
    <message>
        <source>First / last event</source>
        <translation>Бірінші / соңғы оқиға</translation>
    </message>
    <message>
        <source>Read the selected event&apos;s details</source>
        <translation>Таңдалған оқиғаның мәліметтерін оқу</translation>
    </message>
    <message>
        <source>Write a note on the selected event</source>
        <translation>Таңдалған оқиғаға жазба жазу</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <extracomment>str: id of the event that became selected emitted after every change of the visible window Enter was pressed: the user wants to read the selected event N was pressed: the user wants to write a note on the selected event int: Alt+Left (-1) or Alt+Right (+1): go back or forward in the history the selection was cleared StorageError: reading titles or ids failed (the view goes on with what it knows)</extracomment>
        <translation>Уақыт шкаласы</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This is a timeline of cultural relations between Kazakhstan and China since 1992, with the sources of every event and your team&apos;s notes, kept on its shared server. Three things to try: &lt;b&gt;1.&lt;/b&gt; turn the mouse wheel over the timeline to zoom from decades to days; &lt;b&gt;2.&lt;/b&gt; press Ctrl+F and type a name, such as &lt;i&gt;Astana&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; select an event and press N to write a note. Help ▸ User Guide explains the rest.</source>
        <translation>&lt;b&gt;Қош келдіңіз.&lt;/b&gt; Бұл — 1992 жылдан бергі Қазақстан мен Қытай арасындағы мәдени байланыстардың уақыт шкаласы: әр оқиғаның дереккөздері және тобыңыздың ортақ серверінде сақталатын жазбалары осында. Мына үш нәрсені байқап көріңіз: &lt;b&gt;1.&lt;/b&gt; онжылдықтардан күндерге дейін масштабтау үшін уақыт шкаласының үстінде тінтуір дөңгелегін айналдырыңыз; &lt;b&gt;2.&lt;/b&gt; Ctrl+F басып, атау теріңіз, мысалы, &lt;i&gt;Астана&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; оқиғаны таңдап, жазба жазу үшін N басыңыз. Қалғанын Анықтама ▸ Пайдаланушы нұсқаулығы түсіндіреді.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This is a timeline of cultural relations between Kazakhstan and China since 1992, with the sources of every event and your own notes, kept only on this computer. Three things to try: &lt;b&gt;1.&lt;/b&gt; turn the mouse wheel over the timeline to zoom from decades to days; &lt;b&gt;2.&lt;/b&gt; press Ctrl+F and type a name, such as &lt;i&gt;Astana&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; select an event and press N to write a note. Help ▸ User Guide explains the rest.</source>
        <translation>&lt;b&gt;Қош келдіңіз.&lt;/b&gt; Бұл — 1992 жылдан бергі Қазақстан мен Қытай арасындағы мәдени байланыстардың уақыт шкаласы: әр оқиғаның дереккөздері және тек осы компьютерде сақталатын өз жазбаларыңыз осында. Мына үш нәрсені байқап көріңіз: &lt;b&gt;1.&lt;/b&gt; онжылдықтардан күндерге дейін масштабтау үшін уақыт шкаласының үстінде тінтуір дөңгелегін айналдырыңыз; &lt;b&gt;2.&lt;/b&gt; Ctrl+F басып, атау теріңіз, мысалы, &lt;i&gt;Астана&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; оқиғаны таңдап, жазба жазу үшін N басыңыз. Қалғанын Анықтама ▸ Пайдаланушы нұсқаулығы түсіндіреді.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Close this welcome; it will not be shown again.</source>
        <translation>Бұл сәлемдесу хабарын жабу; ол қайта көрсетілмейді.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Бағдарламадан шығу</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Every note, grouped by event, as Markdown</source>
        <translation>Барлық жазбаларды оқиғалар бойынша топтап, Markdown форматында экспорттау</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Every note as JSON (can be imported again)</source>
        <translation>Барлық жазбаларды JSON форматында экспорттау (кейін қайта импорттауға болады)</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Every note as a spreadsheet</source>
        <translation>Барлық жазбаларды электрондық кесте ретінде экспорттау</translation>
    </message>
    <message>
        <source>&amp;Import Notes from JSON…</source>
        <translation>Жазбаларды JSON-нан &amp;импорттау…</translation>
    </message>
    <message>
        <source>Merge notes from a JSON export</source>
        <translation>JSON экспортындағы жазбаларды біріктіру</translation>
    </message>
    <message>
        <source>Notes on &amp;Removed Events…</source>
        <translation>&amp;Жойылған оқиғалардың жазбалары…</translation>
    </message>
    <message>
        <source>Notes whose event left the bundled data</source>
        <translation>Оқиғасы бағдарлама деректерінен алынып тасталған жазбаларды көрсету</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>Where the app writes its log</source>
        <translation>Бағдарлама журналы жазылатын қалтаны ашу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Undo the last note change</source>
        <translation>Жазбаның соңғы өзгерісін болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Барлығынан іздеу</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>Жаңа &amp;жазба</translation>
    </message>
    <message>
        <source>Write a note on the selected event</source>
        <translation>Таңдалған оқиғаға жазба жазу</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Барлығын көрсету</translation>
    </message>
    <message>
        <source>Show the whole period, {period}</source>
        <translation>Бүкіл кезеңді көрсету: {period}</translation>
    </message>
    <message>
        <source>&amp;Animate Transitions</source>
        <translation>Ауысуларды &amp;анимациялау</translation>
    </message>
    <message>
        <source>Smooth zoom and pan transitions</source>
        <translation>Масштабтау мен жылжуды біркелкі анимациямен көрсету</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;Жүйе бойынша</translation>
    </message>
    <message>
        <source>Light or dark as the system</source>
        <translation>Жүйедегідей ашық немесе қараңғы тақырып</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Әрқашан ашық тақырып</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Әрқашан қараңғы тақырып</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>Back to the previous view</source>
        <translation>Алдыңғы көрініске оралу</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>А&amp;лға</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>Қайтадан алға өту</translation>
    </message>
    <message>
        <source>F&amp;irst Event</source>
        <translation>&amp;Бірінші оқиға</translation>
    </message>
    <message>
        <source>Select the earliest event</source>
        <translation>Ең ерте оқиғаны таңдау</translation>
    </message>
    <message>
        <source>&amp;Last Event</source>
        <translation>&amp;Соңғы оқиға</translation>
    </message>
    <message>
        <source>Select the latest event</source>
        <translation>Ең кейінгі оқиғаны таңдау</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>Ал&amp;дыңғы оқиға</translation>
    </message>
    <message>
        <source>Select the previous event</source>
        <translation>Алдыңғы оқиғаны таңдау</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Келесі оқиға</translation>
    </message>
    <message>
        <source>Select the next event</source>
        <translation>Келесі оқиғаны таңдау</translation>
    </message>
    <message>
        <source>Go to &amp;Date…</source>
        <translation>Күнге ө&amp;ту…</translation>
    </message>
    <message>
        <source>Show a year, month or day</source>
        <translation>Жылды, айды немесе күнді көрсету</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Дереккөздер</translation>
    </message>
    <message>
        <source>Every source, with how many events cite it</source>
        <translation>Барлық дереккөздерді және әрқайсысына сілтеме жасайтын оқиғалар санын көрсету</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>What the marks mean, and how to zoom, search, filter and keep notes</source>
        <translation>Белгілердің мағынасы; масштабтау, іздеу, сүзу және жазба жүргізу жолдары</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пернетақта жарлықтары</translation>
    </message>
    <message>
        <source>Every shortcut, searchable</source>
        <translation>Барлық жарлықтардың тізімі, іздеуге болады</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <source>About this app and its data sources</source>
        <translation>Бағдарлама және оның дереккөздері туралы ақпарат</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ба&amp;птаулар…</translation>
    </message>
    <message>
        <source>Theme, text size, language, what to show at start, where the database lives</source>
        <translation>Тақырыпты, мәтін өлшемін, тілді, іске қосқанда не көрсетілетінін және дерекқордың орнын баптау</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export Notes</source>
        <translation>Жазбаларды &amp;экспорттау</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Сыртқы түрі</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>View ▸ Language: one action per language code, named in its own language the menus by name: file, export, edit, view, appearance, language, go, help what Undo and Redo would do now (&quot;Delete Note&quot;; &quot;&quot; for nothing), from the undo stack the window&apos;s undo stack (connect_undo_stack): its entries are named again on a switch</extracomment>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Болдырмау: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>Қа&amp;йталау: {what}</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Бұл орнатылымда пайдаланушы нұсқаулығы жоқ.</translation>
    </message>
    <message>
        <source>Note text not saved</source>
        <translation>Жазба мәтіні сақталмады</translation>
    </message>
    <message>
        <source>Some note text could not be saved:
{error}

If you quit now it will be lost. Quit anyway?</source>
        <translation>Жазба мәтінінің бір бөлігін сақтау мүмкін болмады:
{error}

Қазір шықсаңыз, ол жоғалады. Бәрібір шығу керек пе?</translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <source>The database is not open yet.</source>
        <extracomment>Move…: moves the database to a file; None, or why not (app.py sets it at attach)</extracomment>
        <translation>Дерекқор әлі ашылмаған.</translation>
    </message>
</context>
</TS>
