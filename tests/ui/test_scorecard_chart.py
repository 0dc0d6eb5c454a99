"""Scorecard view: vendor named once, channel rows indented, and the QPainter chart."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
from complaint_desk.ui import palette
from complaint_desk.ui.widgets.response_chart import axis_fraction
from tests.ui.conftest import T0

M = timedelta(minutes=1)


def _log(desk, name, channel, reply_after):
    v = desk.records.save_vendor(Vendor(None, name))
    case = desk.records.save_case(Case(None, v.id, "Problem", T0))
    desk.records.log_contact(Contact(None, case.id, channel, T0))
    desk.records.log_response(
        Response(None, case.id, T0 + reply_after, channel, Outcome.ACKNOWLEDGED)
    )


def test_scorecard_table_and_chart(qtbot, window, desk, clock):
    window.show_view("scorecard")
    view = window.scorecard_view
    assert view.empty.isVisible() and not view.chart.isVisible()
    _log(desk, "Acme", Channel.SOCIAL, 5 * M)
    _log(desk, "Globex", Channel.EMAIL, 4 * 24 * 60 * M)
    clock.advance(timedelta(days=5))
    view.reload()
    shown = [
        (view.model.data(view.model.index(r, 0)), view.model.data(view.model.index(r, 1)))
        for r in range(view.model.rowCount())
    ]
    assert shown == [
        ("Acme", "All channels"),
        ("", "   Social post"),
        ("Globex", "All channels"),
        ("", "   Email"),
    ]
    assert view.chart.isVisible()
    assert [r.channel for r in view.chart.channel_rows] == [Channel.EMAIL, Channel.SOCIAL]
    assert [name for name, _rows in view.chart.vendor_rows] == ["Acme", "Globex"]
    assert "Social post: 5 min" in view.chart.summary()

    image = QImage(view.chart.size(), QImage.Format.Format_ARGB32)
    view.chart.render(image)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(0, image.height(), 3)
    }
    assert palette.reply_bar("green").name() in colours  # social in 5 min: excellent, green
    assert palette.reply_bar("orange").name() in colours  # email in 4 days: slow, orange


def test_log_axis_places_the_ticks_in_order():
    marks = [axis_fraction(timedelta(seconds=s)) for s in (30, 300, 3600, 86400, 604800, 10**8)]
    assert marks[0] == 0.0 and marks[-1] == 1.0
    assert marks == sorted(marks)


def test_a_post_still_within_its_reply_time_shows_as_waiting_beside_the_rate(
    qtbot, window, desk, clock
):
    from datetime import timedelta

    from complaint_desk.core.models import Case, Channel, Contact, Outcome, Response, Vendor
    from tests.ui.conftest import T0

    vendor = desk.records.save_vendor(Vendor(None, "Acme"))
    case = desk.records.save_case(Case(None, vendor.id, "Late parcel", T0))
    desk.records.log_contact(Contact(None, case.id, Channel.EMAIL, T0))
    desk.records.log_response(
        Response(None, case.id, T0 + timedelta(hours=2), Channel.EMAIL, Outcome.ACKNOWLEDGED)
    )
    desk.records.log_contact(Contact(None, case.id, Channel.SOCIAL, T0 + timedelta(hours=3)))
    clock.advance(timedelta(hours=5))
    window.show_view("scorecard")
    model = window.scorecard_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    shown = {
        model.data(model.index(r, model.CHANNEL)).strip(): model.data(model.index(r, model.REPLY))
        for r in range(model.rowCount())
    }
    assert shown == {
        "All channels": "100% · 1 waiting",
        "Email": "100%",
        "Social post": "1 waiting",
    }


def test_channel_tags_that_would_overlap_are_merged_and_none_touch():
    from complaint_desk.ui.widgets.response_chart import TAG_GAP, merged_tags

    def width(text: str) -> float:
        return 6.0 * len(text)

    apart = merged_tags([(10.0, "Phone"), (200.0, "Email")], width)
    assert apart == [(10.0, "Phone"), (200.0, "Email")]  # room enough: left as they are
    two = merged_tags([(100.0, "Phone"), (104.0, "Chat")], width)
    assert two == [(102.0, "Phone · Chat")]
    many = merged_tags([(100.0, "Phone"), (103.0, "Chat"), (106.0, "In"), (300.0, "Letter")], width)
    assert many == [(103.0, "Phone +2"), (300.0, "Letter")]
    # Whatever the positions, no two tags drawn touch.
    spots = [(5.0, "a"), (40.0, "b"), (48.0, "c"), (90.0, "d"), (95.0, "e"), (99.0, "f")]
    placed = merged_tags([(x, name * 5) for x, name in spots], width)
    for (xa, ta), (xb, tb) in zip(placed, placed[1:], strict=False):
        assert xa + width(ta) / 2 + TAG_GAP <= xb - width(tb) / 2


def test_hovering_a_vendors_row_names_each_channel_and_its_median(qtbot, window, desk, clock):
    window.show_view("scorecard")
    view = window.scorecard_view
    acme = desk.records.save_vendor(Vendor(None, "Acme"))
    for channel, after in ((Channel.SOCIAL, 5 * M), (Channel.EMAIL, 3 * 60 * M)):
        case = desk.records.save_case(Case(None, acme.id, f"Problem by {channel.label}", T0))
        desk.records.log_contact(Contact(None, case.id, channel, T0))
        desk.records.log_response(Response(None, case.id, T0 + after, channel, Outcome.OFFERED))
    _log(desk, "Globex", Channel.EMAIL, 4 * 24 * 60 * M)
    clock.advance(timedelta(days=5))
    view.reload()
    chart = view.chart
    assert [name for name, _rows in chart.vendor_rows] == ["Acme", "Globex"]
    plot = chart._vendors_plot()
    step = plot.top() + 11  # the middle of the first vendor's row
    first = chart.tip_at(QPointF(plot.center().x(), step))
    assert first == "Acme, median first reply: Social post 5 min, Email 3 h"
    second = chart.tip_at(QPointF(plot.center().x(), step + 28))
    assert second.startswith("Globex, median first reply: Email ")
    assert chart.tip_at(QPointF(plot.center().x(), plot.top() - 5)) == chart.summary()
