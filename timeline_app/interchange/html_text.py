"""HTML (as TimelineJS files carry it) to plain text and back.

Plain text here means: paragraphs separated by one blank line, lines by a newline, single
spaces inside a line, no spaces at the ends of lines. ``normalise_plain`` brings any text to
that form; ``html_to_plain`` produces it; ``plain_to_html`` writes it so that
``html_to_plain(plain_to_html(text)) == normalise_plain(text)`` for every text.

Links are kept as ``words (url)``, or as the bare url when the words are the url; a link
without a scheme (``#make``, ``page.html``) keeps only its words. Writing makes every url
(``http``, ``https``, ``ftp``, ``mailto``) a link whose words are the url, which reads back
as the bare url, so nothing is added or lost on the way round.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
    }
)  # fmt: skip
_HIDDEN_TAGS = frozenset({"script", "style", "template", "head", "title"})
_SPACE = re.compile(r"\s+")
_SCHEME = re.compile(r"^(?:https?|ftp|mailto):", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|ftp://|mailto:)[^\s<>\"]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\u2019\u201d"


def normalise_plain(text: str) -> str:
    """``text`` in the plain form: single spaces, stripped lines, at most one blank line."""
    if "\n" not in text and "\r" not in text:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("\n".join(lines) for lines in paragraphs if lines)


class _PlainText(HTMLParser):
    def __init__(self, *, keep_links: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._keep_links = keep_links
        self._links: list[tuple[str, int]] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag == "a":
            href = next((value or "" for name, value in attrs if name == "href"), "")
            self._links.append((href.strip(), len(self.parts)))

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag == "a" and self._links:
            href, first = self._links.pop()
            if not (self._keep_links and _SCHEME.match(href)):
                return
            words = " ".join("".join(self.parts[first:]).split())
            if not words:
                self.parts.append(href)
            elif words != href:
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(_SPACE.sub(" ", data))


# The quick way through the common markup (tags with plain attributes, entities): the same
# handlers as the parser, fed by one regular expression. Anything unusual goes to the parser.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?=[\s/>])([^<>]*)>")
_HREF = re.compile(r"""(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def _quick(markup: str, parser: _PlainText) -> bool:
    """Feed ``markup`` to ``parser``'s handlers; False (having fed part) when it needs the
    parser itself (comments, scripts, a stray '<', quotes around a '>')."""
    if "<!" in markup or "<?" in markup:
        return False
    position = 0
    for match in _TAG.finditer(markup):
        text = markup[position : match.start()]
        if "<" in text:
            return False
        if text:
            parser.handle_data(html.unescape(text))
        closing, tag, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if tag in _HIDDEN_TAGS or attributes.count('"') % 2 or attributes.count("'") % 2:
            return False
        if closing:
            parser.handle_endtag(tag)
        else:
            href = _HREF.search(attributes) if tag == "a" else None
            value = (
                next((group for group in href.groups() if group is not None), "") if href else ""
            )
            parser.handle_starttag(tag, [("href", html.unescape(value))] if href else [])
            if attributes.rstrip().endswith("/"):
                parser.handle_endtag(tag)
        position = match.end()
    rest = markup[position:]
    if "<" in rest:
        return False
    if rest:
        parser.handle_data(html.unescape(rest))
    return True


def html_to_plain(markup: str, *, keep_links: bool = True) -> str:
    """The text of ``markup`` in the plain form, links kept as ``words (url)`` unless not asked."""
    if "<" not in markup and "&" not in markup:
        return normalise_plain(_SPACE.sub(" ", markup))
    parser = _PlainText(keep_links=keep_links)
    if not _quick(markup, parser):
        parser = _PlainText(keep_links=keep_links)
        parser.feed(markup)
        parser.close()
    return normalise_plain("".join(parser.parts))


def parsed_to_plain(markup: str, *, keep_links: bool = True) -> str:
    """``html_to_plain`` by the parser alone (the reference the quick way is tested against)."""
    parser = _PlainText(keep_links=keep_links)
    parser.feed(markup)
    parser.close()
    return normalise_plain("".join(parser.parts))


def html_to_line(markup: str) -> str:
    """The text of ``markup`` on one line, without link urls (for headlines and titles)."""
    return " ".join(html_to_plain(markup, keep_links=False).split())


def _url_end(url: str) -> str:
    """``url`` without the punctuation that ends the sentence around it (an unmatched ')')."""
    while url:
        if url[-1] in _TRAILING or (url[-1] == ")" and url.count(")") > url.count("(")):
            url = url[:-1]
        else:
            break
    return url


def _linked(line: str) -> str:
    """One line of plain text as HTML, every url a link whose words are the url."""
    out: list[str] = []
    position = 0
    for match in _URL.finditer(line):
        url = _url_end(match.group())
        if not url or _URL.fullmatch(url) is None:
            continue
        start = match.start()
        out.append(html.escape(line[position:start], quote=False))
        out.append(f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>')
        position = start + len(url)
    out.append(html.escape(line[position:], quote=False))
    return "".join(out)


def plain_to_html(text: str, *, paragraphs: bool = True) -> str:
    """Plain ``text`` as HTML: ``<p>`` per paragraph (or ``<br><br>`` when not ``paragraphs``),
    ``<br>`` per line break, urls as links, ``& < >`` escaped."""
    blocks = [
        "<br>".join(_linked(line) for line in block.split("\n"))
        for block in normalise_plain(text).split("\n\n")
        if block
    ]
    if not paragraphs:
        return "<br><br>".join(blocks)
    return "".join(f"<p>{block}</p>" for block in blocks)


def plain_to_line(text: str) -> str:
    """A headline as HTML: escaped, on one line."""
    return html.escape(" ".join(text.split()), quote=False)
