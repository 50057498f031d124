"""The detail pane's HTML: figures at their precision, escaping, places named as on the day,
people and places with their names in Kazakh, Russian and Chinese."""

from __future__ import annotations

from datetime import date

from timeline_app.domain.models import (
    Category,
    Citation,
    Confidence,
    DatePrecision,
    EventDetail,
    Figure,
    Person,
    Place,
    PlaceName,
    Source,
)
from timeline_app.ui.details.html import event_detail_html


def detail(**changes: object) -> EventDetail:
    values: dict[str, object] = {
        "id": "x",
        "title": "<script>alert(1)</script>",
        "start": date(2024, 1, 1),
        "end": None,
        "precision": DatePrecision.YEAR,
        "approximate": False,
        "qualifier": "",
        "category": Category("tourism", "Tourism", "#D55E00"),
        "importance": 3,
        "confidence": Confidence.HIGH,
        "summary": "S",
        "body": "",
        "citations": (Citation(Source("q", "Title", "Qazinform", "https://example.org"), ""),),
    }
    values.update(changes)
    return EventDetail(**values)  # type: ignore[arg-type]


def test_a_yearly_figure_shows_the_year_only() -> None:
    figure = Figure(
        "Chinese tourists",
        655000,
        "visitors",
        date(2024, 1, 1),
        "calendar year",
        "q",
        DatePrecision.YEAR,
    )
    html = event_detail_html(detail(figures=(figure,)))
    assert "655,000</b> visitors — Chinese tourists (as of 2024)" in html
    assert "source: Qazinform" in html


def test_text_from_the_data_is_escaped() -> None:
    html = event_detail_html(detail())
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_seed_source_is_named_by_publisher_title_and_date_not_its_file() -> None:
    seed = Source(
        "seed-000-kazinform-2024",
        "Above 3,000 Kazakh students study in China",
        "Kazinform",
        "https://en.inform.kz/news/above-3000-kazakh-students-study-in-china-9b7b3b/",
        "000_de220e67d0c1d72b.txt",
        date(2024, 6, 20),
    )
    html = event_detail_html(detail(citations=(Citation(seed, "quote"),)))
    assert ".txt" not in html and "de220e67d0c1d72b" not in html
    assert "<b>Kazinform</b>, “Above 3,000 Kazakh students study in China”, 20 June 2024" in html


def test_people_and_places_show_their_names_in_the_other_scripts() -> None:
    tokayev = Person(
        "kassym-jomart-tokayev",
        "Kassym-Jomart Tokayev",
        "person",
        "President of Kazakhstan",
        name_kk="Қасым-Жомарт Тоқаев",
        name_ru="Касым-Жомарт Токаев",
        name_zh="托卡耶夫",
    )
    abai = Person("abai", "Abai", "person", "", name_kk="Абай", name_ru="Абай")
    xian = Place(
        "xian", "Xi'an", "China", None, None, name_kk="Сиань", name_ru="Сиань", name_zh="西安"
    )
    html = event_detail_html(detail(people=(tokayev, abai), places=(xian,)))
    assert (
        "Kassym-Jomart Tokayev <span class='muted'>Қасым-Жомарт Тоқаев · Касым-Жомарт Токаев"
        " · 托卡耶夫</span> <span class='muted'>— President of Kazakhstan</span>"
    ) in html
    # A name spelt alike in Kazakh and Russian is shown once.
    assert "Abai <span class='muted'>Абай</span>" in html
    assert "Xi&#x27;an <span class='muted'>Сиань · 西安</span>, China" in html


ASTANA = Place(
    "astana",
    "Astana",
    "Kazakhstan",
    None,
    None,
    name_kk="Астана",
    name_ru="Астана",
    name_zh="阿斯塔纳",
    former_names=(PlaceName("Nur-Sultan", date(2019, 3, 23), date(2022, 9, 18)),),
    country_kk="Қазақстан",
    country_ru="Казахстан",
    country_zh="哈萨克斯坦",
)
TIANJIN = Place("tianjin", "Tianjin", "China", None, None, name_ru="Тяньцзинь", name_zh="天津")
XI = Person(
    "xi-jinping",
    "Xi Jinping",
    "person",
    "President of the People's Republic of China",
    name_kk="Си Цзиньпин",
    name_ru="Си Цзиньпин",
    name_zh="习近平",
    role_kk="Қытай Халық Республикасының Төрағасы",
    role_ru="Председатель Китайской Народной Республики",
    role_zh="中华人民共和国主席",
)


def reader_detail(language: str, day: date = date(2024, 1, 1)) -> str:
    category = Category("tourism", "Tourism", "#D55E00")
    return event_detail_html(
        detail(
            start=day,
            category=category,
            places=(ASTANA, TIANJIN),
            people=(XI,),
            reader_language=language,
        )
    )


def test_in_kazakh_names_come_first_in_kazakh_with_the_role_and_country() -> None:
    html = reader_detail("kk")
    assert "Астана <span class='muted'>Astana · 阿斯塔纳</span>, Қазақстан" in html
    assert (
        "Си Цзиньпин <span class='muted'>Xi Jinping · 习近平</span> "
        "<span class='muted'>— Қытай Халық Республикасының Төрағасы</span>"
    ) in html
    # No Kazakh name: the English first, as in English; the country is still Kazakh.
    assert "Tianjin <span class='muted'>Тяньцзинь · 天津</span>, China" in html


def test_in_chinese_and_russian_the_readers_names_come_first() -> None:
    html = reader_detail("zh")
    assert "阿斯塔纳 <span class='muted'>Astana · Астана</span>, 哈萨克斯坦" in html
    assert "天津 <span class='muted'>Tianjin · Тяньцзинь</span>, China" in html
    assert "习近平 <span class='muted'>Xi Jinping · Си Цзиньпин</span>" in html
    assert "— 中华人民共和国主席" in html
    russian = reader_detail("ru")
    assert "Астана <span class='muted'>Astana · 阿斯塔纳</span>, Казахстан" in russian
    assert "— Председатель Китайской Народной Республики" in russian


def test_a_former_name_follows_the_readers_name_as_the_english_gives_it() -> None:
    html = reader_detail("ru", date(2020, 5, 1))
    assert (
        "Астана <span class='muted'>(then Nur-Sultan)</span> "
        "<span class='muted'>Astana · 阿斯塔纳</span>, Казахстан"
    ) in html


def test_in_english_the_order_is_unchanged() -> None:
    html = reader_detail("en", date(2020, 5, 1))
    assert (
        "Nur-Sultan <span class='muted'>(today Astana)</span> "
        "<span class='muted'>Астана · 阿斯塔纳</span>, Kazakhstan"
    ) in html
    assert (
        "Xi Jinping <span class='muted'>Си Цзиньпин · 习近平</span> "
        "<span class='muted'>— President of the People&#x27;s Republic of China</span>"
    ) in html
