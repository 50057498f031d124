"""HTML to plain text and back: paragraphs, line breaks, entities, links kept as 'words (url)',
and the quick tokenizer agreeing with the HTML parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.interchange.html_text import (
    html_to_line,
    html_to_plain,
    normalise_plain,
    parsed_to_plain,
    plain_to_html,
)


@pytest.mark.parametrize(
    ("markup", "plain"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("a<br>b<BR/>c", "a\nb\nc"),
        ("  spaced \n out\ttext ", "spaced out text"),
        ("&lt;b&gt; &amp; &eacute;&#233;&nbsp;x", "<b> & éé x"),
        ('<a href="https://a.org/x">words</a>', "words (https://a.org/x)"),
        ("<a href='https://a.org'>https://a.org</a>", "https://a.org"),
        ('<a href="https://a.org"></a>', "https://a.org"),
        ('<a href="#make">local</a> and <a href="page.html">relative</a>', "local and relative"),
        ('<a href="javascript:alert(1)">bad</a>', "bad"),
        ('<a href="mailto:x@y.org">write</a>', "write (mailto:x@y.org)"),
        ('<a href="https://a.org?x=1&amp;y=2">q</a>', "q (https://a.org?x=1&y=2)"),
        ("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"),
        ("<p>kept</p><script>var x = '<p>';</script><style>p {}</style>", "kept"),
        ("<!-- a comment --><p>after</p>", "after"),
        ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
        ('<span class="tl-note">note</span>', "note"),
        ('<a title="a > b" href="https://a.org">t</a>', "t (https://a.org)"),
    ],
)
def test_html_to_plain(markup: str, plain: str) -> None:
    assert html_to_plain(markup) == plain
    assert parsed_to_plain(markup) == plain


def test_without_links_and_on_one_line() -> None:
    markup = '<p>See <a href="https://a.org">this</a></p><p>and that</p>'
    assert html_to_plain(markup, keep_links=False) == "See this\n\nand that"
    assert html_to_line(markup) == "See this and that"


def test_plain_to_html_makes_urls_links_and_escapes() -> None:
    assert plain_to_html("a < b & c\nnext\n\n\n\nhttps://a.org/x_(y).") == (
        "<p>a &lt; b &amp; c<br>next</p>"
        '<p><a href="https://a.org/x_(y)">https://a.org/x_(y)</a>.</p>'
    )
    assert plain_to_html("one\n\ntwo", paragraphs=False) == "one<br><br>two"
    assert plain_to_html("(see https://a.org)") == (
        '<p>(see <a href="https://a.org">https://a.org</a>)</p>'
    )


def test_normalise_plain() -> None:
    assert normalise_plain("  a  b \r\n c\n\n\n\n d \n") == "a b\nc\n\nd"
    assert normalise_plain("\n \n") == ""


_PIECES = st.sampled_from(
    ["<p>", "</p>", "<br>", "<br/>", "<BR />", "<a href='https://x.org/a'>", '<a href="#m">',
     "<a href=https://y.org>", "</a>", "</a >", "<b>", "</b>", "<div class=\"c\">", "</div>",
     "<h1-x>", "<o:p>", "<li>", "&amp;", "&lt;", "&#233;", "&nbsp;", "&bogus;", "<", ">", "'",
     '"', " ", "\n", "text", "https://z.org", "<script>", "</script>", "<!-- c -->", "<p/>",
     "<a title='>' href='https://q.org'>", "<a href>"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=4), max_size=14).map("".join), st.booleans())
def test_the_quick_way_reads_as_the_parser_does(markup: str, keep_links: bool) -> None:
    assert html_to_plain(markup, keep_links=keep_links) == parsed_to_plain(
        markup, keep_links=keep_links
    )


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\n<>&;")))
def test_plain_text_survives_html(text: str) -> None:
    assert html_to_plain(plain_to_html(text)) == normalise_plain(text)
