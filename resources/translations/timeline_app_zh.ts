<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n events of cultural relations between Kazakhstan and China, {period}.</source>
        <translation>
            <numerusform>{period}年间哈萨克斯坦与中国文化关系方面的%n个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents from {publishers}.</source>
        <translation>
            <numerusform>共%n份文献，来自：{publishers}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes can still be read from it; they are added to whichever you choose.</source>
        <translation>
            <numerusform>仍可从中读取%n条笔记；无论您选择哪一项，这些笔记都会添加进去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cited %n times.</source>
        <translation>
            <numerusform>，共被引用%n次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events match “{query}”</source>
        <translation>
            <numerusform>%n个事件匹配“{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more hidden by filters)</source>
        <translation>
            <numerusform>（另有%n个被筛选器隐藏）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are listed, by date</source>
        <translation>
            <numerusform>按日期列出了%n个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events · notes are stored in {path}</source>
        <translation>
            <numerusform>%Ln个事件 · 笔记保存在 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>显示{shown}个，共%Ln个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes exported to {file}.</source>
        <translation>
            <numerusform>已将%Ln条笔记导出到 {file}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>新增%Ln条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>更新%Ln条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation>
            <numerusform>已存在%Ln条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>跳过%Ln条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings, listed in the log (Help ▸ Open Log Folder)</source>
        <translation>
            <numerusform>%Ln条警告（已记入日志，见“帮助 ▸ 打开日志文件夹”）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>未更改%Ln条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The updated notes take the newer text from the file (see Show Details).</source>
        <translation>
            <numerusform>更新的笔记将采用文件中较新的文本（参见“显示详情”）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other drafts for this event; the newest is from {time} (%n in all):</source>
        <translation>
            <numerusform>此事件还有其他草稿，共%n份；最新的一份保存于{time}：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%Ln)</source>
        <translation>
            <numerusform>笔记（%Ln）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results — ↓ and Enter to open</source>
        <translation>
            <numerusform>%n个结果，按 ↓ 和 Enter 打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more events start here: click to zoom in</source>
        <extracomment>Texts kept in memory; beyond this the caches start over (a few MB at most). A title of typical letters, to start the width-per-character estimate in a new font. Layouts kept: a transition passes through many zoom levels. called with each storage failure (after it was logged) shaped titles: measuring and drawing share one shaping per title titles a paint needed but could not read; read by ``fetch_missing`` titles whose read failed: not asked for again until a read succeeds</extracomment>
        <translation>
            <numerusform>此处另有%Ln个事件开始，点击即可放大查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the filters show (%Ln events)</source>
        <translation>
            <numerusform>筛选器显示的事件（%Ln个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The curated chronology (%Ln events)</source>
        <translation>
            <numerusform>精选年表（%Ln个事件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln events)</source>
        <translation>
            <numerusform>{name}（%Ln个事件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every event (%Ln events)</source>
        <translation>
            <numerusform>所有事件（%Ln个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the %Ln events of {name}</source>
        <translation>
            <numerusform>替换“{name}”中的%Ln个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln条被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rows are not listed.</source>
        <translation>
            <numerusform>另有%Ln行未列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events imported into {name}.</source>
        <translation>
            <numerusform>已将%Ln个事件导入“{name}”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events exported to {file}.</source>
        <translation>
            <numerusform>已将%Ln个事件导出到 {file}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the collection “{collection}” and its %Ln events?</source>
        <translation>
            <numerusform>要移除集合“{collection}”及其%Ln个事件吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citation of %n sources copied.</source>
        <translation>
            <numerusform>已复制%n个来源的引文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources written to {file} ({format}).</source>
        <translation>
            <numerusform>已将%n个来源写入 {file}（{format}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline pages</source>
        <translation>
            <numerusform>时间轴共%n页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {file} ({format}, %n pages).</source>
        <translation>
            <numerusform>已导出 {file}（{format}，共%n页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Every event cites its sources; dates are shown with the precision the sources give.</source>
        <translation>每个事件都注明了来源；日期按来源给出的精度显示。</translation>
    </message>
    <message>
        <source>Seed articles</source>
        <translation>基础文章</translation>
    </message>
    <message>
        <source>Further sources</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>Help ▸ Sources lists each of them with the number of events that cite it.</source>
        <translation>“帮助 ▸ 来源”列出了每个来源及引用它的事件数。</translation>
    </message>
    <message>
        <source>Your notes are kept in the database this window opened: a file on this computer, unless you opened your team&apos;s shared store on a server (named in the window&apos;s title).</source>
        <translation>您的笔记保存在此窗口所打开的数据库中：即这台电脑上的一个文件，除非您打开的是团队在服务器上的共享数据库（其名称显示在窗口标题中）。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于{app}</translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <translation>哈萨克斯坦–中国文化年表</translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Add Note “{note}”</source>
        <translation>添加笔记“{note}”</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No event with id {id}.</source>
        <translation>没有 ID 为 {id} 的事件。</translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <extracomment>The interface languages, English first (the source language of every text). Each language named in itself, as the language list shows it (never translated). QSettings key of the language the user picked. The locale each language&apos;s dates and numbers follow (Chinese: Simplified, mainland). Fonts tried, in order, for Chinese characters when Chinese is shown: Simplified forms first, so Han characters do not take a Japanese or Traditional font&apos;s shapes (fontconfig, Windows, macOS names). Kazakh&apos;s letters are in every common Cyrillic font (DejaVu, Noto, Segoe UI). Qt&apos;s own catalogue for each language (in Qt&apos;s translations folder).</extracomment>
        <translation>哈萨克斯坦–中国文化年表</translation>
    </message>
    <message>
        <source>The bundled data files are broken: {problem}</source>
        <translation>内置数据文件已损坏：{problem}</translation>
    </message>
    <message>
        <source>{path} is open read-only, so it cannot be moved.</source>
        <translation>{path} 以只读方式打开，因此无法移动。</translation>
    </message>
    <message>
        <source>Move… applies to local files only: a server store is moved by its administrator (pg_dump).</source>
        <translation>“移动…”仅适用于本地文件：服务器上的数据库由其管理员迁移（pg_dump）。</translation>
    </message>
    <message>
        <source>The copy at {copy} could not be opened ({problem}). The database stays at {path}.</source>
        <translation>无法打开位于 {copy} 的副本（{problem}）。数据库仍位于 {path}。</translation>
    </message>
    <message>
        <source>The database is now {path}.</source>
        <translation>数据库现在位于 {path}。</translation>
    </message>
    <message>
        <source>The database is now {path}; start with --db {path} to open it next time.</source>
        <translation>数据库现在位于 {path}；下次启动时请使用 --db {path} 打开它。</translation>
    </message>
    <message>
        <source>{path} could not be read or written while the app was open.</source>
        <translation>程序运行期间无法读取或写入 {path}。</translation>
    </message>
    <message>
        <source>{problem}

The damaged file is kept as {aside}.</source>
        <translation>{problem}

损坏的文件已保留为 {aside}。</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}

Your notes are safe. Details were written to the log in {folder}.</source>
        <translation>出现错误：{problem}

您的笔记是安全的。详细信息已写入 {folder} 中的日志。</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>{text}.</source>
        <translation>{text}。</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>“{title}.”</source>
        <translation>“{title}”。</translation>
    </message>
    <message>
        <source>Accessed {date}.</source>
        <translation>访问日期：{date}。</translation>
    </message>
</context>
<context>
    <name>CitationActions</name>
    <message>
        <source>This event cites no source.</source>
        <extracomment>The file dialog&apos;s filters, one per format (the format names stay as they are).</extracomment>
        <translation>此事件未引用任何来源。</translation>
    </message>
    <message>
        <source>Export Sources</source>
        <translation>导出来源</translation>
    </message>
    <message>
        <source>Export Bibliography</source>
        <translation>导出参考文献</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>复制引文(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the selected event&apos;s sources as a citation</source>
        <translation>将所选事件的来源复制为引文</translation>
    </message>
    <message>
        <source>Export &amp;Sources…</source>
        <translation>导出来源(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the selected event&apos;s sources as CSL-JSON, BibTeX or RIS</source>
        <translation>将所选事件的来源导出为 CSL-JSON、BibTeX 或 RIS</translation>
    </message>
    <message>
        <source>Export &amp;Bibliography…</source>
        <translation>导出参考文献(&amp;B)…</translation>
    </message>
    <message>
        <source>Write every source as CSL-JSON, BibTeX or RIS</source>
        <translation>将所有来源导出为 CSL-JSON、BibTeX 或 RIS</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections:</source>
        <extracomment>the ticks changed (int, str): rename the collection with this id to this name int: remove the collection with this id (the user confirmed)</extracomment>
        <translation>集合：</translation>
    </message>
    <message>
        <source>Right-click, F2 or Delete to rename or remove it</source>
        <translation>右键单击，或按 F2 或 Delete 键，可重命名或移除此集合</translation>
    </message>
    <message>
        <source>Curated chronology</source>
        <translation>精选年表</translation>
    </message>
    <message>
        <source>{collection} ({count})</source>
        <translation>{collection}（{count}）</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>重命名集合</translation>
    </message>
    <message>
        <source>New name for “{collection}”:</source>
        <translation>“{collection}”的新名称：</translation>
    </message>
    <message>
        <source>Remove Collection</source>
        <translation>移除集合</translation>
    </message>
    <message>
        <source>Your notes on its events are kept. Edit ▸ Undo brings it back.</source>
        <translation>您为其中事件写的笔记将会保留。“编辑 ▸ 撤销”可将其恢复。</translation>
    </message>
</context>
<context>
    <name>CollectionsController</name>
    <message>
        <source>Rename Collection</source>
        <translation>重命名集合</translation>
    </message>
    <message>
        <source>Another collection is named “{name}”: choose another name.</source>
        <translation>已有名为“{name}”的集合：请另选一个名称。</translation>
    </message>
    <message>
        <source>Rename collection {name}</source>
        <translation>重命名集合“{name}”</translation>
    </message>
    <message>
        <source>Remove collection {name}</source>
        <translation>移除集合“{name}”</translation>
    </message>
</context>
<context>
    <name>DeleteNoteCommand</name>
    <message>
        <source>Delete Note “{note}”</source>
        <translation>删除笔记“{note}”</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>leads to</source>
        <extracomment>Links of the &quot;yours&quot; line: edit or delete the user&apos;s event shown. The link beside the Sources heading: copy the event&apos;s sources as a citation. Untranslated; shown through QCoreApplication.translate(&quot;DetailPane&quot;, …).</extracomment>
        <translation>引出</translation>
    </message>
    <message>
        <source>follows from</source>
        <translation>源于</translation>
    </message>
    <message>
        <source>see also</source>
        <translation>另见</translation>
    </message>
    <message>
        <source>context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>gives context to</source>
        <translation>为以下事件提供背景</translation>
    </message>
    <message>
        <source>conflicts with</source>
        <translation>相互矛盾</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>The data&apos;s precision and confidence words (DatePrecision, Confidence values), untranslated.</extracomment>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>(then {place})</source>
        <translation>（当时称{place}）</translation>
    </message>
    <message>
        <source>(today {place})</source>
        <translation>（今{place}）</translation>
    </message>
    <message>
        <source>source: {publisher}</source>
        <translation>来源：{publisher}</translation>
    </message>
    <message>
        <source>A seed article of this timeline</source>
        <translation>本时间轴的基础文章之一</translation>
    </message>
    <message>
        <source>Quote: “{quote}”</source>
        <translation>原文摘录：“{quote}”</translation>
    </message>
    <message>
        <source>Your event</source>
        <translation>您的事件</translation>
    </message>
    <message>
        <source>From collection {name}</source>
        <translation>来自集合“{name}”</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>date precision: {precision} (approximate) · confidence: {confidence}</source>
        <translation>日期精度：{precision}（近似）· 可信度：{confidence}</translation>
    </message>
    <message>
        <source>date precision: {precision} · confidence: {confidence}</source>
        <translation>日期精度：{precision} · 可信度：{confidence}</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>人物和组织</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>相关事件</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <source>Click an event on the timeline, or press → / ← in the timeline to step through events in time. Zoom with the mouse wheel or + and −; drag to move along the years.</source>
        <translation>点击时间轴上的事件，或在时间轴中按 → / ← 按时间顺序逐个浏览事件。用鼠标滚轮或 + 和 − 缩放；拖动可沿年份移动。</translation>
    </message>
    <message>
        <source>English original</source>
        <extracomment>Links of the line below a translated title: show the English, or the translation again.</extracomment>
        <translation>英文原文</translation>
    </message>
    <message>
        <source>Show translation</source>
        <translation>显示译文</translation>
    </message>
    <message>
        <source>Translated from English</source>
        <translation>译自英文</translation>
    </message>
    <message>
        <source>Show English</source>
        <translation>显示英文</translation>
    </message>
    <message>
        <source>Event details</source>
        <extracomment>str: id of a related event whose link was clicked str: id of the user&apos;s event shown, whose Edit… link was clicked str: id of the user&apos;s event shown, whose Delete link was clicked str: id of the event shown, whose Copy citation link (by Sources) was clicked</extracomment>
        <translation>事件详细信息</translation>
    </message>
</context>
<context>
    <name>EditNoteCommand</name>
    <message>
        <source>Edit Note “{note}”</source>
        <translation>编辑笔记“{note}”</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit Event</source>
        <extracomment>what OK kept (None until the form was accepted)</extracomment>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start / end:</source>
        <translation>开始 / 结束(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>New category:</source>
        <translation>新类别：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>来源网址(&amp;U)：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>日期精度</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End (optional)</source>
        <translation>结束日期（可选）</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Approximate</source>
        <translation>近似(&amp;A)</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>新建类别…</translation>
    </message>
    <message>
        <source>Name of the new category</source>
        <translation>新类别的名称</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>颜色(&amp;O)…</translation>
    </message>
    <message>
        <source>Colour of the new category</source>
        <translation>新类别的颜色</translation>
    </message>
    <message>
        <source>Places (optional)</source>
        <translation>地点（可选）</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Title: an event needs a title.</source>
        <translation>标题：事件必须有标题。</translation>
    </message>
    <message>
        <source>Start: an event needs a start date.</source>
        <translation>开始日期：事件必须有开始日期。</translation>
    </message>
    <message>
        <source>End: the end is before the start.</source>
        <translation>结束日期：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Category: the new category needs a name.</source>
        <translation>类别：新类别必须有名称。</translation>
    </message>
    <message>
        <source>Source URL: give a web address starting with http:// or https://.</source>
        <translation>来源网址：请输入以 http:// 或 https:// 开头的网址。</translation>
    </message>
    <message>
        <source>{field}: write the date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <extracomment>How much detail each precision needs: year alone (1), with month (2), with day (3).</extracomment>
        <translation>{field}：请按 YYYY、YYYY-MM 或 YYYY-MM-DD 格式填写日期。</translation>
    </message>
    <message>
        <source>{field}: the year must be between 1 and 9999.</source>
        <translation>{field}：年份必须在 1 到 9999 之间。</translation>
    </message>
    <message>
        <source>{field}: give the day (YYYY-MM-DD), or choose a coarser precision.</source>
        <translation>{field}：请填写日（YYYY-MM-DD），或选择较低的精度。</translation>
    </message>
    <message>
        <source>{field}: give the month (YYYY-MM), or choose the precision Year.</source>
        <translation>{field}：请填写月（YYYY-MM），或选择精度“年”。</translation>
    </message>
    <message>
        <source>{field}: there is no such date ({date}).</source>
        <translation>{field}：不存在该日期（{date}）。</translation>
    </message>
</context>
<context>
    <name>EventFiles</name>
    <message>
        <source>Import Events</source>
        <extracomment>ImportWritten: a collection was imported (the window shows it) str: what was done, for the status bar</extracomment>
        <translation>导入事件</translation>
    </message>
    <message>
        <source>Timelines (*.json *.csv *.timeline);;TimelineJS JSON (*.json);;CSV (*.csv);;The Timeline Project (*.timeline)</source>
        <translation>时间轴文件 (*.json *.csv *.timeline);;TimelineJS JSON (*.json);;CSV (*.csv);;The Timeline Project (*.timeline)</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>未从 {file} 导入任何内容。</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.json);;TimelineJS spreadsheet CSV (*.csv)</source>
        <translation>TimelineJS JSON (*.json);;TimelineJS 电子表格 CSV (*.csv)</translation>
    </message>
    <message>
        <source>I&amp;mport Events…</source>
        <translation>导入事件(&amp;M)…</translation>
    </message>
    <message>
        <source>Add a TimelineJS, CSV or Timeline file as a collection</source>
        <translation>将 TimelineJS、CSV 或 Timeline 文件添加为集合</translation>
    </message>
    <message>
        <source>Export E&amp;vents…</source>
        <translation>导出事件(&amp;V)…</translation>
    </message>
    <message>
        <source>Write events as TimelineJS JSON or CSV</source>
        <translation>将事件导出为 TimelineJS JSON 或 CSV</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>The selected event is hidden by the filters.</source>
        <extracomment>str: a message for the status bar (&apos;&apos; clears the search&apos;s message when it ends) emitted after the set of shown events changed EventColumns: every event, newly given (setEvents), before the filters are applied the events that pass the filters</extracomment>
        <translation>所选事件已被筛选器隐藏。</translation>
    </message>
    <message>
        <source>More than {limit} events match “{query}”; of the first {found} found, </source>
        <translation>超过{limit}个事件匹配“{query}”；在最先找到的{found}个中，</translation>
    </message>
    <message>
        <source> (the others are hidden by filters)</source>
        <translation>（其余的被筛选器隐藏）</translation>
    </message>
</context>
<context>
    <name>ExportEventsDialog</name>
    <message>
        <source>Export Events</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出(&amp;E)：</translation>
    </message>
    <message>
        <source>The events are written as TimelineJS JSON (.json) or as a TimelineJS spreadsheet CSV (.csv), by the file&apos;s extension.</source>
        <translation>事件将根据文件扩展名写为 TimelineJS JSON（.json）或 TimelineJS 电子表格 CSV（.csv）。</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>Export Timeline Image</source>
        <extracomment>The page sizes offered, by the name FigureOptions takes. (FigureFormat, FigureOptions): Export… was pressed with valid fields</extracomment>
        <translation>导出时间轴图像</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG 图像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>开始日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>方向(&amp;O)：</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>纸张大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>The &amp;visible range, {first} – {last}</source>
        <translation>当前显示的范围(&amp;V)：{first} – {last}</translation>
    </message>
    <message>
        <source>From one date to a&amp;nother:</source>
        <translation>指定日期范围(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 2010, May 2010 or 31.08.2015</source>
        <translation>例如 2010、2010年5月或 31.08.2015</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The picture&apos;s width; for a PDF, the width each page is laid out at (wider puts more on a page, in smaller print).</source>
        <translation>图像的宽度；对于 PDF，则是每页排版所用的宽度（越宽，每页容纳的内容越多，字也越小）。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>To: {last} is before the first day, {first}.</source>
        <translation>结束日期：{last}早于开始日期（{first}）。</translation>
    </message>
    <message>
        <source>{pages}, then the list of sources</source>
        <translation>{pages}，随后是来源列表</translation>
    </message>
</context>
<context>
    <name>ExternalLinks</name>
    <message>
        <source>Cannot Open Folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <source>No file manager could open this folder. Copy its path to open it yourself:</source>
        <translation>没有文件管理器能打开此文件夹。请复制其路径，自行打开：</translation>
    </message>
    <message>
        <source>Cannot Open Link</source>
        <translation>无法打开链接</translation>
    </message>
    <message>
        <source>No web browser could open this link. Copy it to open it in a browser yourself:</source>
        <translation>没有网页浏览器能打开此链接。请复制链接，自行在浏览器中打开：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>exact day</source>
        <extracomment>The legend takes at most this many lines; the key of the marks only when it fits in them.</extracomment>
        <translation>确切日期</translation>
    </message>
    <message>
        <source>month, year or approximate</source>
        <translation>月份、年份或近似日期</translation>
    </message>
    <message>
        <source>period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>more events without room</source>
        <translation>因空间不足未显示的事件</translation>
    </message>
    <message>
        <source>Sources of the events shown</source>
        <extracomment>the sources pages&apos; frame: laid out DEFAULT_WIDTH wide whatever the timeline&apos;s width, so the list reads at the same size on paper</extracomment>
        <translation>所示事件的来源</translation>
    </message>
    <message>
        <source>{app}, data version {version}</source>
        <translation>{app}，数据版本 {version}</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>第{number}页，共{total}页</translation>
    </message>
</context>
<context>
    <name>FigureFiles</name>
    <message>
        <source>Export Timeline Image</source>
        <extracomment>The file name filter of each format (format names stay as they are in every language). str: what was done, for the status bar QProgressDialog: an export started writing (tests press its Cancel)</extracomment>
        <translation>导出时间轴图像</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; {file} was not written.</source>
        <translation>导出已取消；未写入 {file}。</translation>
    </message>
    <message>
        <source>{file} could not be written: {problem}</source>
        <translation>无法写入 {file}：{problem}</translation>
    </message>
    <message>
        <source>Exported {file} ({format}).</source>
        <translation>已导出 {file}（{format}）。</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>打印时间轴</translation>
    </message>
    <message>
        <source>The timeline could not be printed: {problem}</source>
        <translation>无法打印时间轴：{problem}</translation>
    </message>
    <message>
        <source>Export &amp;Timeline Image…</source>
        <translation>导出时间轴图像(&amp;T)…</translation>
    </message>
    <message>
        <source>Save what the timeline shows as a PNG or SVG picture or a PDF</source>
        <translation>将时间轴显示的内容保存为 PNG 或 SVG 图像或 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print what the timeline shows, after a preview</source>
        <translation>预览后打印时间轴显示的内容</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Any (low and up)</source>
        <translation>任意（低及以上）</translation>
    </message>
    <message>
        <source>Medium and high</source>
        <translation>中及以上</translation>
    </message>
    <message>
        <source>High only</source>
        <translation>仅高</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>EventFilter: the filter now chosen the curated chronology and the user&apos;s collections (shown when there are any)</extracomment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Filters and legend</source>
        <translation>筛选器和图例</translation>
    </message>
    <message>
        <source>Only events with my notes</source>
        <translation>仅显示有我的笔记的事件</translation>
    </message>
    <message>
        <source>Exact dates only</source>
        <translation>仅显示日期确切的事件</translation>
    </message>
    <message>
        <source>Hide events known only to the month or year, or approximately</source>
        <translation>隐藏日期仅精确到月或年或者为近似值的事件</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>可信度：</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示所有事件</translation>
    </message>
    <message>
        <source>{category} ({count})</source>
        <translation>{category}（{count}）</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <extracomment>(date, date): the days to show the problem shown under the text (None: none)</extracomment>
        <translation>转到日期</translation>
    </message>
    <message>
        <source>A year, a month or a day between {first} and {last}, for example 2015, 2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015 (day first):</source>
        <translation>输入{first}年至{last}年之间的年、月或日，例如 2015、2015-08、08.2015、2015年8月、2015-08-31、31.08.2015 或 31/08/2015（日在前）：</translation>
    </message>
    <message>
        <source>e.g. 31.08.2015</source>
        <translation>例如 31.08.2015</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Type a year, a month or a day, for example 2015, 08.2015 or 31.08.2015.</source>
        <translation>请输入年、月或日，例如 2015、08.2015 或 31.08.2015。</translation>
    </message>
    <message>
        <source>{text}: “{word}” is not a month name.</source>
        <translation>{text}：“{word}”不是月份名称。</translation>
    </message>
    <message>
        <source>{text}: there is no month {month}; months go from 1 to 12.</source>
        <translation>{text}：没有{month}月；月份应为 1 到 12。</translation>
    </message>
    <message>
        <source>{text}: {month} has no day {day}.</source>
        <translation>{text}：{month}没有{day}日。</translation>
    </message>
    <message>
        <source>{text}: {year} is outside the timeline ({first}–{last}).</source>
        <translation>{text}：{year}年不在时间轴范围内（{first}–{last}）。</translation>
    </message>
    <message>
        <source>“{text}” is not a date I understand. Try 2015, 2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015.</source>
        <translation>无法识别日期“{text}”。请尝试 2015、2015-08、08.2015、2015年8月、2015-08-31、31.08.2015 或 31/08/2015。</translation>
    </message>
</context>
<context>
    <name>ImportEventsDialog</name>
    <message>
        <source>Refused: {reason}</source>
        <extracomment>tasks replaced while running (kept until they end: the pool&apos;s thread uses them)</extracomment>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <source>This file cannot be imported: {problem}</source>
        <translation>无法导入此文件：{problem}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{events} will come in, {refused}.</source>
        <translation>将导入{events}，{refused}。</translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>导入事件</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>来自 {file}</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>集合(&amp;C)：</translation>
    </message>
    <message>
        <source>Columns of the CSV file</source>
        <translation>CSV 文件的列</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title / reason</source>
        <translation>标题 / 原因</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>no headline, text, media caption or credit to name it</source>
        <translation>没有可用作名称的标题、正文、媒体说明或署名</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <source>a date that cannot be read</source>
        <translation>日期无法识别</translation>
    </message>
    <message>
        <source>a date outside the years 1–9999</source>
        <translation>日期不在 1–9999 年之间</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <source>not an event</source>
        <translation>不是事件</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Source credit</source>
        <translation>来源署名</translation>
    </message>
    <message>
        <source>Source caption</source>
        <translation>来源说明</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>近似</translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <source>Import Notes from {file}</source>
        <translation>从 {file} 导入笔记</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>{added}, {updated}, {unchanged}</source>
        <translation>{added}，{updated}，{unchanged}</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>Import the notes of {file}?</source>
        <translation>要导入 {file} 中的笔记吗？</translation>
    </message>
    <message>
        <source>{counts}.</source>
        <translation>{counts}。</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>“编辑 ▸ 撤销”可撤回整个导入。</translation>
    </message>
    <message>
        <source>On {event}: {before} becomes {after}</source>
        <translation>事件 {event}：{before} 将变为 {after}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Reconnected to {store}.</source>
        <extracomment>How long a burst of notifications is gathered before the window is refreshed once. How long &quot;Reconnected to …&quot; stays in the status bar. RemoteChanges (from any thread): what another client changed str (from any thread): the connection to the store was lost, and why bool (from any thread): changes are listened to (True: again, after a lost connection) RemoteChanges: a gathered burst was applied to the window</extracomment>
        <translation>已重新连接到 {store}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {path}…</source>
        <extracomment>why a read-only database is shown from a private copy (None: the file itself) the database&apos;s services were attached and its events loaded called after the window has closed (e.g. to release the database file)</extracomment>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <source>{date}: {title}</source>
        <translation>{date}：{title}</translation>
    </message>
    <message>
        <source>That event is hidden by the filters: choose Show all.</source>
        <translation>该事件已被筛选器隐藏：请选择“显示所有事件”。</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Kazakhstan–China Cultural Timeline</source>
        <translation>哈萨克斯坦–中国文化年表</translation>
    </message>
    <message>
        <source>Its latest changes could not be read in place, so a private copy is shown; the file is left as it is.</source>
        <extracomment>by the name their state is remembered under</extracomment>
        <translation>无法直接读取该文件的最新更改，因此显示的是私有副本；文件本身保持不变。</translation>
    </message>
    <message>
        <source>It comes from an older version of the app: an upgraded private copy is shown; the file is left as it is.</source>
        <translation>该文件来自旧版本的程序：显示的是升级后的私有副本；文件本身保持不变。</translation>
    </message>
    <message>
        <source>Read-only: a private copy of {path} is shown, with its latest changes.</source>
        <translation>只读：显示的是 {path} 的私有副本，包含其最新更改。</translation>
    </message>
    <message>
        <source>Read-only: an upgraded private copy of {path} (older version) is shown.</source>
        <translation>只读：{path} 来自旧版本，显示的是其升级后的私有副本。</translation>
    </message>
    <message>
        <source>Read-only: {path} cannot be written, so notes cannot be changed.</source>
        <translation>只读：无法写入 {path}，因此不能修改笔记。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>{path} cannot be written: notes can be read, not changed.</source>
        <translation>无法写入 {path}：笔记只能查看，不能修改。</translation>
    </message>
</context>
<context>
    <name>NoteAuthorFilter</name>
    <message>
        <source>Show the notes of</source>
        <extracomment>The item data of &quot;All authors&quot; (every other item holds an author&apos;s name). the choice changed (no payload: ask ``accepts``)</extracomment>
        <translation>按作者显示笔记</translation>
    </message>
    <message>
        <source>Notes by</source>
        <translation>笔记作者</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>全部作者</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>未知作者</translation>
    </message>
</context>
<context>
    <name>NoteEditorController</name>
    <message>
        <source>An empty note is not saved: use Delete.</source>
        <translation>空笔记不会保存：请使用“删除”。</translation>
    </message>
    <message>
        <source>Your text was kept as a new note.</source>
        <translation>您的文本已保存为一条新笔记。</translation>
    </message>
    <message>
        <source>Editing the selected note; changes are saved as you type. Esc to finish.</source>
        <translation>正在编辑所选笔记；更改会在输入时自动保存。按 Esc 结束编辑。</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>更改已保存。</translation>
    </message>
    <message>
        <source>This note was changed in another window after you opened it. Both texts are kept: yours is saved as a new note.</source>
        <translation>您打开此笔记后，它已在另一个窗口中被修改。两份文本均已保留：您的文本已另存为一条新笔记。</translation>
    </message>
    <message>
        <source>The note you were editing was deleted in another window. Your text is kept here.</source>
        <translation>您正在编辑的笔记已在另一个窗口中被删除。您的文本仍保留在此处。</translation>
    </message>
    <message>
        <source>Not saved yet: {error} Your text is kept and will be retried.</source>
        <translation>尚未保存：{error} 您的文本已保留，稍后将重试。</translation>
    </message>
    <message>
        <source>{error} Your text is still in the editor.</source>
        <translation>{error} 您的文本仍在编辑器中。</translation>
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
        <translation>用于电子表格的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Notes as {format}</source>
        <extracomment>str: a message for the status bar Changes: notes changed by an import</extracomment>
        <translation>将笔记导出为 {format}</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Import Notes from JSON</source>
        <translation>从 JSON 导入笔记</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>未从 {file} 导入任何内容。</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

未导入任何内容。</translation>
    </message>
    <message>
        <source>{added}, {updated}, {unchanged}</source>
        <translation>{added}，{updated}，{unchanged}</translation>
    </message>
    <message>
        <source>{counts}, {more}</source>
        <translation>{counts}，{more}</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>已导入 {file}：{counts}。</translation>
    </message>
</context>
<context>
    <name>NoteItemDelegate</name>
    <message>
        <source>{created} · edited {edited}</source>
        <extracomment>Item data roles carrying the note&apos;s id and its pre-formatted timestamp line. A note longer than this many lines is shown cut, with the full text in its tooltip.</extracomment>
        <translation>{created} · 编辑于{edited}</translation>
    </message>
</context>
<context>
    <name>NotePrivacy</name>
    <message>
        <source>Private note</source>
        <extracomment>Changes: a note was made private or shared</extracomment>
        <translation>私密笔记</translation>
    </message>
    <message>
        <source>Only you can read a private note on a shared store; your team sees the others. On a file on this computer it is a mark that exports carry.</source>
        <translation>在共享数据库中，私密笔记只有您自己能看到；团队成员能看到其他笔记。如果数据库是这台电脑上的文件，“私密”只是一个标记，导出时会一并保留。</translation>
    </message>
    <message>
        <source>The note is private now.</source>
        <translation>此笔记已设为私密。</translation>
    </message>
    <message>
        <source>The note is shared now.</source>
        <translation>此笔记已设为共享。</translation>
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
        <translation>私密 · {line}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes on this event</source>
        <extracomment>Changes: what a write here changed (for other panes) the event and text of an Add that failed on storage (retried on reconnection) text that could not be written yet, held until it can</extracomment>
        <translation>此事件的笔记</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>笔记文本</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>添加笔记（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Done editing</source>
        <translation>完成编辑</translation>
    </message>
    <message>
        <source>Not saved yet ({error}); retrying. Your text is kept.</source>
        <translation>尚未保存（{error}）；正在重试。您的文本已保留。</translation>
    </message>
    <message>
        <source>This database is read-only: notes can be read but not changed.</source>
        <translation>此数据库为只读：笔记只能查看，不能修改。</translation>
    </message>
    <message>
        <source>Write a note about this event… (Ctrl+Enter adds it)</source>
        <translation>为此事件写一条笔记…（按 Ctrl+Enter 添加）</translation>
    </message>
    <message>
        <source>Select an event to write notes about it.</source>
        <translation>选择一个事件即可为其写笔记。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>笔记已添加。</translation>
    </message>
    <message>
        <source>That note was deleted in another window.</source>
        <translation>该笔记已在另一个窗口中被删除。</translation>
    </message>
    <message>
        <source>Note deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>笔记已删除。“编辑 ▸ 撤销”（Ctrl+Z）可将其恢复。</translation>
    </message>
    <message>
        <source>Your text has been saved.</source>
        <translation>您的文本已保存。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>The note you were editing was deleted in another window.</source>
        <translation>您正在编辑的笔记已在另一个窗口中被删除。</translation>
    </message>
    <message>
        <source>Keep my text as a new note</source>
        <translation>将我的文本保留为新笔记</translation>
    </message>
    <message>
        <source>Discard my text</source>
        <translation>放弃我的文本</translation>
    </message>
    <message>
        <source>Another draft for this event, from {time}:</source>
        <translation>此事件的另一份草稿，保存于{time}：</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使用该草稿</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>两份都保留</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>放弃该草稿</translation>
    </message>
</context>
<context>
    <name>OverviewBand</name>
    <message>
        <source>Overview of {period}</source>
        <extracomment>(float, float): new window start and end, as day numbers</extracomment>
        <translation>{period}年概览</translation>
    </message>
</context>
<context>
    <name>OwnEventCommand</name>
    <message>
        <source>Add Event “{title}”</source>
        <translation>添加事件“{title}”</translation>
    </message>
    <message>
        <source>Delete Event “{title}”</source>
        <translation>删除事件“{title}”</translation>
    </message>
    <message>
        <source>Edit Event “{title}”</source>
        <translation>编辑事件“{title}”</translation>
    </message>
</context>
<context>
    <name>OwnEventsController</name>
    <message>
        <source>New &amp;Event…</source>
        <extracomment>A double-click this near a &quot;+N&quot; badge zooms into it rather than making an event. Visible spans (days) up to which a double-click gives a day, then a month, else a year. the database&apos;s services were attached (read-only or not) the editor open now (None when none is)</extracomment>
        <translation>新建事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Add an event of your own to the timeline</source>
        <translation>在时间轴上添加您自己的事件</translation>
    </message>
    <message>
        <source>Edit Even&amp;t…</source>
        <translation>编辑事件(&amp;T)…</translation>
    </message>
    <message>
        <source>Change the selected event of yours</source>
        <translation>修改您创建的所选事件</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>删除事件(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected event of yours (notes stay)</source>
        <translation>删除您创建的所选事件（笔记会保留）</translation>
    </message>
    <message>
        <source>Your event is saved; the filters hide it.</source>
        <translation>您的事件已保存，但已被筛选器隐藏。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>The file, or a server store&apos;s URL (password masked) False for a database opened read-only: it is shown, never moved Appearance: the theme chosen TextSize: the detail pane&apos;s text size chosen StartView: what to show at the next start bool: animations on or off str: the interface language chosen (a code of LANGUAGES) where Move… last put the database (None: not moved)</extracomment>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>更大</translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation>整个时期</translation>
    </message>
    <message>
        <source>The last view</source>
        <translation>上次的视图</translation>
    </message>
    <message>
        <source>The last event selected</source>
        <translation>上次选中的事件</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Animate zoom and pan</source>
        <translation>缩放和平移时显示动画</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <source>Copy the database to another place and use it there</source>
        <translation>将数据库复制到其他位置并在那里使用</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Detail text size:</source>
        <translation>详细信息文字大小(&amp;D)：</translation>
    </message>
    <message>
        <source>At &amp;start show:</source>
        <translation>启动时显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Move… applies to local files only: a server store is moved by its administrator (pg_dump).</source>
        <translation>“移动…”仅适用于本地文件：服务器上的数据库由其管理员迁移（pg_dump）。</translation>
    </message>
    <message>
        <source>Moved. The database is now {path}.</source>
        <translation>已移动。数据库现在位于 {path}。</translation>
    </message>
    <message>
        <source>Move the Database To</source>
        <translation>将数据库移动到</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>ReaderLocale</name>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>Qt date format of a moment: d day, MMM short month name, yyyy year, HH:mm time</comment>
        <translation>yyyy年M月d日 HH:mm</translation>
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
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The file {path} has not been changed.</source>
        <translation>文件 {path} 未被更改。</translation>
    </message>
    <message>
        <source>Restoring a backup or starting fresh renames it to {name}.damaged-&lt;date&gt;, next to it, so nothing is lost.</source>
        <translation>恢复备份或重新开始时，该文件会在原位置被重命名为 {name}.damaged-&lt;date&gt;，因此不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Backups (newest first):</source>
        <translation>备份（最新的在前）：</translation>
    </message>
    <message>
        <source>There is no backup that can be restored.</source>
        <translation>没有可以恢复的备份。</translation>
    </message>
    <message>
        <source>Restore Selected Backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Start Fresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>RemovedEventNotesDialog</name>
    <message>
        <source>Notes on Removed Events</source>
        <extracomment>the user&apos;s name as an author: a teammate&apos;s notes are signed, the user&apos;s are not</extracomment>
        <translation>已移除事件的笔记</translation>
    </message>
    <message>
        <source>on event “{event}” · {time}</source>
        <translation>关于事件“{event}” · {time}</translation>
    </message>
    <message>
        <source>These notes were written on events that a later version of the bundled data no longer contains. They are kept, and they are included in File ▸ Export Notes.</source>
        <translation>这些笔记所属的事件已不在较新版本的内置数据中。这些笔记会被保留，并包含在“文件 ▸ 导出笔记”中。</translation>
    </message>
    <message>
        <source>There are no notes on removed events.</source>
        <translation>没有已移除事件的笔记。</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <extracomment>Typing pauses this long before the search runs. str: the text to search for (&apos;&apos; when cleared) Enter was pressed: choose the first result ↓ was pressed: move into the results</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search events, places, people, sources, notes… (Ctrl+F)</source>
        <translation>搜索事件、地点、人物、来源、笔记…（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Type in the search box to find events and notes.</source>
        <translation>在搜索框中输入内容即可查找事件和笔记。</translation>
    </message>
    <message>
        <source>More than {limit} matches; {count} of those found first are listed, by date. Type more words to narrow the search.</source>
        <translation>匹配结果超过{limit}个；按日期列出了其中最先找到的{count}个。输入更多词语可缩小搜索范围。</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>没有与“{text}”匹配的结果。</translation>
    </message>
</context>
<context>
    <name>SearchResultsList</name>
    <message>
        <source>in your notes: {snippet}</source>
        <extracomment>Space above and below each result&apos;s text, so a selected row does not touch the next date. Narrowest width text is laid out at (a list squeezed to nothing still gets readable rows).</extracomment>
        <translation>在您的笔记中：{snippet}</translation>
    </message>
    <message>
        <source>also in your notes</source>
        <translation>您的笔记中也有</translation>
    </message>
    <message>
        <source>Search results</source>
        <extracomment>str: id of the event the user chose Esc was pressed in the list</extracomment>
        <translation>搜索结果</translation>
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
        <translation>将笔记“{note}”设为私密</translation>
    </message>
    <message>
        <source>Share Note “{note}”</source>
        <translation>共享笔记“{note}”</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Type to filter: a command, a key or a menu</source>
        <translation>输入内容以筛选：命令、按键或菜单</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Filter by publisher, title, date or link…</source>
        <translation>按发布者、标题、日期或链接筛选…</translation>
    </message>
    <message>
        <source>Double-click a row to open its link.</source>
        <translation>双击某行即可打开其链接。</translation>
    </message>
</context>
<context>
    <name>SourcesTableModel</name>
    <message>
        <source>Publisher</source>
        <extracomment>Sort key role: dates sort as dates, counts as numbers.</extracomment>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>StorageAlert</name>
    <message>
        <source>Repair…</source>
        <extracomment>the user asked to repair the database (restore a backup or start afresh) the server store whose connection is lost (&quot;&quot; when none is) failures reported since the banner was last shown (the first included)</extracomment>
        <translation>修复…</translation>
    </message>
    <message>
        <source>Restore the latest backup or start afresh; the damaged file is kept aside.</source>
        <translation>恢复最新的备份或重新开始；损坏的文件会另行保留。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>The store {path} could not be read or written: {reason}
What is on screen stays usable, and notes you type are kept in memory and tried again. If this goes on, tell the store&apos;s administrator.</source>
        <translation>无法读取或写入数据库 {path}：{reason}
屏幕上的内容仍可使用，您输入的笔记会保留在内存中并重新尝试保存。如果问题持续存在，请告知该数据库的管理员。</translation>
    </message>
    <message>
        <source>The database {path} could not be read or written: {reason}
What is on screen stays usable, and notes you type are kept in memory. Choose Repair… to restore the latest backup or start afresh (the damaged file is kept aside, not deleted).</source>
        <translation>无法读取或写入数据库 {path}：{reason}
屏幕上的内容仍可使用，您输入的笔记会保留在内存中。选择“修复…”可恢复最新的备份或重新开始（损坏的文件会另行保留，不会被删除）。</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: see the message above.</source>
        <translation>无法使用数据库 {path}：请参阅上方的消息。</translation>
    </message>
    <message>
        <source>Lost the connection to {store}; retrying. Your text is kept until it can be saved.</source>
        <translation>与 {store} 的连接已断开；正在重试。您的文本会一直保留，直到可以保存为止。</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message>
        <source>{date}: {title}</source>
        <translation>{date}：{title}</translation>
    </message>
</context>
<context>
    <name>TimelineKeys</name>
    <message>
        <source>Previous / next event</source>
        <extracomment>One wheel notch (120 eighths of a degree) zooms by this factor. A horizontal wheel notch pans by this many pixels. Shift+arrow pans by this fraction of the visible window; Page Up/Down by this one. QKeySequence portable strings, each one key press untranslated; shown through QCoreApplication.translate(&quot;TimelineKeys&quot;, …)</extracomment>
        <translation>上一个 / 下一个事件</translation>
    </message>
    <message>
        <source>Previous / next event in the same category</source>
        <translation>同一类别中的上一个 / 下一个事件</translation>
    </message>
    <message>
        <source>Move along the years (a tenth of the view)</source>
        <translation>沿年份移动（视图宽度的十分之一）</translation>
    </message>
    <message>
        <source>Move along the years (a page)</source>
        <translation>沿年份移动（一页）</translation>
    </message>
    <message>
        <source>Back / forward through visited events and views</source>
        <translation>在访问过的事件和视图之间后退 / 前进</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>显示整个时期</translation>
    </message>
    <message>
        <source>First / last event</source>
        <translation>第一个 / 最后一个事件</translation>
    </message>
    <message>
        <source>Read the selected event&apos;s details</source>
        <translation>阅读所选事件的详细信息</translation>
    </message>
    <message>
        <source>Write a note on the selected event</source>
        <translation>为所选事件写笔记</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <extracomment>str: id of the event that became selected emitted after every change of the visible window Enter was pressed: the user wants to read the selected event N was pressed: the user wants to write a note on the selected event int: Alt+Left (-1) or Alt+Right (+1): go back or forward in the history the selection was cleared StorageError: reading titles or ids failed (the view goes on with what it knows)</extracomment>
        <translation>时间轴</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This is a timeline of cultural relations between Kazakhstan and China since 1992, with the sources of every event and your team&apos;s notes, kept on its shared server. Three things to try: &lt;b&gt;1.&lt;/b&gt; turn the mouse wheel over the timeline to zoom from decades to days; &lt;b&gt;2.&lt;/b&gt; press Ctrl+F and type a name, such as &lt;i&gt;Astana&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; select an event and press N to write a note. Help ▸ User Guide explains the rest.</source>
        <translation>&lt;b&gt;欢迎。&lt;/b&gt;这是一条自1992年以来哈萨克斯坦与中国文化关系的时间轴，附有每个事件的来源以及您团队的笔记，笔记保存在团队的共享服务器上。可以先试试这三件事：&lt;b&gt;1.&lt;/b&gt; 在时间轴上滚动鼠标滚轮，从几十年一直放大到具体某一天；&lt;b&gt;2.&lt;/b&gt; 按 Ctrl+F 并输入一个名称，例如 &lt;i&gt;阿斯塔纳&lt;/i&gt;；&lt;b&gt;3.&lt;/b&gt; 选择一个事件并按 N 写一条笔记。其余功能请参阅“帮助 ▸ 用户指南”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This is a timeline of cultural relations between Kazakhstan and China since 1992, with the sources of every event and your own notes, kept only on this computer. Three things to try: &lt;b&gt;1.&lt;/b&gt; turn the mouse wheel over the timeline to zoom from decades to days; &lt;b&gt;2.&lt;/b&gt; press Ctrl+F and type a name, such as &lt;i&gt;Astana&lt;/i&gt;; &lt;b&gt;3.&lt;/b&gt; select an event and press N to write a note. Help ▸ User Guide explains the rest.</source>
        <translation>&lt;b&gt;欢迎。&lt;/b&gt;这是一条自1992年以来哈萨克斯坦与中国文化关系的时间轴，附有每个事件的来源以及您自己的笔记，笔记只保存在这台电脑上。可以先试试这三件事：&lt;b&gt;1.&lt;/b&gt; 在时间轴上滚动鼠标滚轮，从几十年一直放大到具体某一天；&lt;b&gt;2.&lt;/b&gt; 按 Ctrl+F 并输入一个名称，例如 &lt;i&gt;阿斯塔纳&lt;/i&gt;；&lt;b&gt;3.&lt;/b&gt; 选择一个事件并按 N 写一条笔记。其余功能请参阅“帮助 ▸ 用户指南”。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this welcome; it will not be shown again.</source>
        <translation>关闭此欢迎信息；以后将不再显示。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Every note, grouped by event, as Markdown</source>
        <translation>将所有笔记按事件分组导出为 Markdown</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Every note as JSON (can be imported again)</source>
        <translation>将所有笔记导出为 JSON（可再次导入）</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Every note as a spreadsheet</source>
        <translation>将所有笔记导出为电子表格</translation>
    </message>
    <message>
        <source>&amp;Import Notes from JSON…</source>
        <translation>从 JSON 导入笔记(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge notes from a JSON export</source>
        <translation>合并 JSON 导出文件中的笔记</translation>
    </message>
    <message>
        <source>Notes on &amp;Removed Events…</source>
        <translation>已移除事件的笔记(&amp;R)…</translation>
    </message>
    <message>
        <source>Notes whose event left the bundled data</source>
        <translation>所属事件已不在内置数据中的笔记</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Where the app writes its log</source>
        <translation>打开程序写入日志的文件夹</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last note change</source>
        <translation>撤销上一次笔记更改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>搜索全部内容</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>新建笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note on the selected event</source>
        <translation>为所选事件写笔记</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>显示全部(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole period, {period}</source>
        <translation>显示整个时期（{period}年）</translation>
    </message>
    <message>
        <source>&amp;Animate Transitions</source>
        <translation>动画过渡(&amp;A)</translation>
    </message>
    <message>
        <source>Smooth zoom and pan transitions</source>
        <translation>缩放和平移时平滑过渡</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Light or dark as the system</source>
        <translation>与系统一致，使用浅色或深色</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>始终使用浅色</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>始终使用深色</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous view</source>
        <translation>返回上一个视图</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>再次前进</translation>
    </message>
    <message>
        <source>F&amp;irst Event</source>
        <translation>第一个事件(&amp;I)</translation>
    </message>
    <message>
        <source>Select the earliest event</source>
        <translation>选择最早的事件</translation>
    </message>
    <message>
        <source>&amp;Last Event</source>
        <translation>最后一个事件(&amp;L)</translation>
    </message>
    <message>
        <source>Select the latest event</source>
        <translation>选择最晚的事件</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>上一个事件(&amp;P)</translation>
    </message>
    <message>
        <source>Select the previous event</source>
        <translation>选择上一个事件</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>下一个事件(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next event</source>
        <translation>选择下一个事件</translation>
    </message>
    <message>
        <source>Go to &amp;Date…</source>
        <translation>转到日期(&amp;D)…</translation>
    </message>
    <message>
        <source>Show a year, month or day</source>
        <translation>显示某一年、某个月或某一天</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Every source, with how many events cite it</source>
        <translation>所有来源，以及引用每个来源的事件数</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>What the marks mean, and how to zoom, search, filter and keep notes</source>
        <translation>标记的含义，以及如何缩放、搜索、筛选和记笔记</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every shortcut, searchable</source>
        <translation>所有快捷键，可搜索</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About this app and its data sources</source>
        <translation>关于本程序及其数据来源</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Theme, text size, language, what to show at start, where the database lives</source>
        <translation>主题、文字大小、语言、启动时显示的内容以及数据库的存放位置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Notes</source>
        <translation>导出笔记(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外观(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>{tip} ({shortcut})</source>
        <translation>{tip}（{shortcut}）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>View ▸ Language: one action per language code, named in its own language the menus by name: file, export, edit, view, appearance, language, go, help what Undo and Redo would do now (&quot;Delete Note&quot;; &quot;&quot; for nothing), from the undo stack the window&apos;s undo stack (connect_undo_stack): its entries are named again on a switch</extracomment>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>此安装中缺少用户指南。</translation>
    </message>
    <message>
        <source>Note text not saved</source>
        <translation>笔记文本未保存</translation>
    </message>
    <message>
        <source>Some note text could not be saved:
{error}

If you quit now it will be lost. Quit anyway?</source>
        <translation>部分笔记文本无法保存：
{error}

如果现在退出，这些文本将会丢失。仍要退出吗？</translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <source>The database is not open yet.</source>
        <extracomment>Move…: moves the database to a file; None, or why not (app.py sets it at attach)</extracomment>
        <translation>数据库尚未打开。</translation>
    </message>
</context>
</TS>
