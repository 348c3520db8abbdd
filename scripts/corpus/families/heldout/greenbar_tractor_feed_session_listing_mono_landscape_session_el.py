"""A session attendance listing run off a line printer after a show: a
continuous-feed page with tractor holes down both edges and pale green
bands every three lines, everything in one monospace face. A run header
(report id, run date and time, page), the show's name in capitals, the
attendee's line, then fixed-width columns for each scan the attendee's
badge made in the education wing: a session id, the title, the day, scans
in and out, minutes and credit. One line earns the credit; the others are
hall and keynote scans that earn none. A footer line counts the records."""

SOURCE = (
    "edisite/ussiweb:application/modules/admin/views/pembelian/pln_postpaid_print_tes.php "
    "(fields placed on a dot-matrix printed page, 8.6 x 4.5 in continuous form); wording of "
    "convention education-desk attendance listings"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "record",
    "landscape",
    "mono",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fdfdf8 }
.holes { position:absolute; top:0; bottom:0; width:34px; background:
  radial-gradient(circle at 17px 18px, #d9d9d2 0 6px, transparent 6.5px) 0 0 / 34px 36px repeat-y }
.holes.l { left:0; border-right:1px dashed #bbb } .holes.r { right:0; border-left:1px dashed #bbb }
.bars { position:absolute; left:35px; right:35px; top:0; bottom:0;
  background: repeating-linear-gradient(180deg, ${bar} 0 54px, transparent 54px 108px) }
.t { position:absolute; left:58px; right:58px; top:30px; font: ${fs}px/18px ${mono}; color:#2a2a2a; white-space:pre }
.t b { font-weight:bold }
</style>
<div class="pg"><div class="bars"></div><div class="holes l"></div><div class="holes r"></div>
<div class="t">${head1}
${head2}
${rule}
<b>${event_line}</b>
${sub_line}
${rule}
ATTENDEE ... ${name}
${id_line}
${blank}
${cols}
${rule2}
${rows_html}${rule2}
${credit_line}
${blank}
${foot1}
${foot2}
</div></div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    width = 106

    def pad(text, n):
        text = str(text)
        return text[:n].ljust(n)

    run_day = d.completed + timedelta(days=r.randint(3, 21))
    start = d.completed - timedelta(days=d.pick([0, 1, 1]))
    end = d.completed + timedelta(days=d.pick([0, 1]))
    report = f"{d.pick(['EDU', 'CEA', 'SCN'])}{r.randrange(100, 999)}R"
    head1 = (
        f"REPORT {report}".ljust(40)
        + "EDUCATION SESSION ATTENDANCE LISTING".ljust(48)
        + "PAGE    1"
    )
    head2 = (
        f"RUN DATE {fmt_date(run_day, 'us_numeric')}  {r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}"
    ).ljust(88) + f"OPER {d.pick(['JT', 'MK', 'RLB', 'SD'])}"
    rule = "=" * width
    rule2 = "-" * width
    event = d.provider("upper")
    sub = f"{d.venue().upper()}   SHOW DATES {fmt_range(start, end, r).upper()}"
    minutes = int(round(d.credit * 60)) + d.pick([1, 3, 4, 6])
    t0 = d.pick([8 * 60, 9 * 60 + 15, 10 * 60 + 30, 13 * 60, 14 * 60 + 45])

    def clock(m):
        return f"{m // 60:02d}:{m % 60:02d}"

    cols = (
        pad("SESS ID", 9)
        + pad("TITLE", 48)
        + pad("DATE", 14)
        + pad("IN", 7)
        + pad("OUT", 7)
        + pad("MIN", 6)
        + "CREDIT"
    )
    title = d.title("upper" if d.chance(0.5) else "plain")
    date = d.date(d.pick(["us_numeric", "iso", "dd_mon_yyyy"]))
    credit = d.hours_number()
    sid = f"{d.pick(['E', 'ED', 'S'])}-{r.randrange(100, 499)}"
    main = (
        pad(sid, 9)
        + pad(title, 48)
        + pad(date, 14)
        + pad(clock(t0 - r.randrange(0, 8)), 7)
        + pad(clock(t0 + minutes), 7)
        + pad(minutes, 6)
        + credit
    )
    extra = []
    hall_day = d.completed + timedelta(days=d.pick([-1, 0, 1]))
    others = [
        ("EXHIBIT HALL ENTRY", "N/A"),
        ("GENERAL SESSION / KEYNOTE", "0.00"),
        ("NETWORKING RECEPTION", "N/A"),
    ]
    for label, cr in r.sample(others, d.pick([1, 2])):
        m0 = d.pick([11 * 60, 12 * 60 + 10, 16 * 60 + 30, 7 * 60 + 45])
        extra.append(
            pad("--", 9)
            + pad(label, 48)
            + pad(fmt_date(hall_day, "us_numeric"), 14)
            + pad(clock(m0), 7)
            + pad("--:--", 7)
            + pad("", 6)
            + cr
        )
    lines = extra[:1] + [main] + extra[1:]
    rows_html = "".join(html.escape(x) + "\n" for x in lines)
    cert = r.randrange(10000, 999999)
    return {
        "bar": d.pick(["#e3f1e1", "#e6f2e4", "#e4efe8"]),
        "fs": 11.5,
        "head1": head1,
        "head2": head2,
        "rule": rule,
        "rule2": rule2,
        "event_line": event,
        "sub_line": sub,
        "name": d.name(d.pick(["last_first", "upper"])),
        "id_line": f"BADGE ... {r.randrange(1000000, 9999999)}   IICRC CERT NO ... {cert}   "
        f"REG TYPE ... {d.pick(['FULL CONF', 'EDU PASS', 'FULL + EXPO'])}",
        "blank": "",
        "cols": cols,
        "rows_html": rows_html,
        "credit_line": f"{len(lines)} SCAN RECORDS   1 SESSION ELIGIBLE   "
        f"ROOM MONITOR {d.person().upper()}",
        "foot1": d.pick(
            [
                "CREDIT IS POSTED ONLY FOR SESSIONS WITH AN ENTRY AND AN EXIT SCAN.",
                "LINES WITHOUT AN EXIT SCAN EARN NO CREDIT. KEEP THIS LISTING FOR YOUR RECORDS.",
            ]
        ),
        "foot2": f"QUESTIONS: EDUCATION DESK  {d.phone()}   *** END OF REPORT ***",
    }
