"""A landscape conference CE certificate issued by a show's education office
at the end of the convention, listing the sessions the attendee's badge was
scanned into. A double rule frames the page; at the top a stacked, centred
group of upper-case lines (a small letter-spaced line naming the kind of
record, a larger two-line heading), then an italic certifying line naming
the show, the holder's name in bold serif capitals, an italic line giving
the show's days as a span, and a ruled table of the sessions scanned: day,
clock times, session, presenter and credit. Only one row carries CEC
credit; the others print a dash or a reason. Under the table a line of
total credit, and at the foot two signature blocks (education chair and
show manager), a certificate number, the CE approval number and a small
line on keeping records."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-cdr-cdr-default.tpl.php (bordered "
    "table page: stacked centred upper-case heading lines, italic 'certifies that' and "
    "'has participated in' lines, designated-credit line); session table as conference CE "
    "certificates print the sessions attended"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "table",
    "record",
    "sentence",
    "letter-spaced",
    "distractor-person",
    "distractor-date",
    "approval",
    "tiny-footer",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:22px; border:3px solid ${dark} }
.f2 { position:absolute; inset:29px; border:1px solid ${dark} }
.in { position:absolute; left:70px; right:70px; top:52px; text-align:center; font-family:${serif}; color:#111 }
.kick { font: 11px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${accent} }
.h1 { font: bold 25px ${serif}; letter-spacing:3px; text-transform:uppercase; margin-top:10px; line-height:30px; color:${dark} }
.it { font: italic 15px ${serif}; margin-top:14px; color:#222 }
.nm { font: bold 27px ${serif}; letter-spacing:1.5px; text-transform:uppercase; margin-top:10px; color:#111 }
table { width:100%; border-collapse:collapse; margin-top:16px; font: 12.5px ${sans}; text-align:left }
th { font: bold 10px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:#fff; background:${dark}; padding:5px 7px }
td { padding:5px 7px; border-bottom:1px solid #bbb; vertical-align:top }
td.c, th.c { text-align:center; white-space:nowrap }
tr.ok td { font-weight:bold }
.tot { text-align:right; font: 13px ${sans}; margin-top:7px }
.foot { position:absolute; left:80px; right:80px; bottom:64px; display:flex; justify-content:space-between; align-items:flex-end; font-family:${sans} }
.sg { width:250px; text-align:center }
.sg .s { font: 24px ${hand}; color:#1d2c6b; height:32px; white-space:nowrap; overflow:hidden }
.sg .l { border-top:1px solid #333; padding-top:3px; font-size:12.5px }
.sg .r { font-size:10.5px; color:#555; font-style:italic }
.mid { text-align:center; font-size:11px; color:#333; line-height:16px }
.fine { position:absolute; left:0; right:0; bottom:38px; text-align:center; font: 9px ${sans}; color:#666 }
</style>
<div class="f1"></div><div class="f2"></div>
<div class="in">
 <div class="kick">${kicker}</div>
 <div class="h1">${heading_html}</div>
 <div class="it">${certify}</div>
 <div class="nm">${name}</div>
 <div class="it">${held}</div>
 <table>
  <tr><th>${day_head}</th><th class="c">Time</th><th>${sess_head}</th><th>${pres_head}</th><th class="c">${cred_head}</th></tr>
  ${rows_html}
 </table>
 <div class="tot">${total_label} <b>${total}</b></div>
</div>
<div class="foot">
 <div class="sg"><div class="s">${sig1}</div><div class="l">${sig1}</div><div class="r">${role1}</div></div>
 <div class="mid">${cert_label} ${cert_no}<br>${appr_label} ${approval}<br>${issued_label} ${issued}</div>
 <div class="sg"><div class="s">${sig2}</div><div class="l">${sig2}</div><div class="r">${role2}</div></div>
</div>
<div class="fine">${fine}</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    e = html.escape
    r = d.rng
    before, after = d.pick([(1, 1), (2, 0), (0, 2), (1, 2), (2, 1)])
    start = d.completed - timedelta(days=before)
    end = d.completed + timedelta(days=after)
    span = fmt_range(start, end, r)
    style = d.pick(["short_month", "weekday", "us_numeric", "dd_mon_yyyy"])
    slots = [(8, 0), (9, 30), (11, 0), (13, 30), (15, 0), (16, 15)]

    def clock(h, m):
        return f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"

    title = d.title("plain")
    day = d.date(style)
    hours = d.hours_number()
    slot = d.pick(slots)
    end_min = slot[0] * 60 + slot[1] + round(max(d.credit, 0.5) * 60)
    rows = [
        (
            0,
            slot,
            f'<tr class="ok"><td>{e(day)}</td><td class="c">{clock(*slot)}–'
            f"{clock(end_min // 60, end_min % 60)}</td><td>{e(title)}</td>"
            f'<td>{e(d.person())}</td><td class="c">{e(hours)}</td></tr>',
        )
    ]
    why = ["—", "not eligible", "—", "audit only", "incomplete scan"]
    for t in r.sample([s for s in V.SESSIONS if s != d.course], d.pick([2, 3, 3, 4])):
        shift = r.randint(-before, after)
        s2 = d.pick(slots)
        if shift == 0 and s2 == slot:
            continue
        e2 = s2[0] * 60 + s2[1] + d.pick([60, 75, 90])
        rows.append(
            (
                shift,
                s2,
                f"<tr><td>{e(fmt_date(d.completed + timedelta(days=shift), style))}</td>"
                f'<td class="c">{clock(*s2)}–{clock(e2 // 60, e2 % 60)}</td><td>{e(t)}</td>'
                f'<td>{e(d.person())}</td><td class="c">{d.pick(why)}</td></tr>',
            )
        )
    rows.sort(key=lambda x: (x[0], x[1]))
    event = d.provider()
    return {
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "kicker": d.pick(["Continuing Education Record", "Education Program", "CE Credit Record"]),
        "heading_html": d.pick(
            [
                "Certificate of Attendance<br>Continuing Education Sessions",
                "Attendance Certificate<br>of Education Sessions",
                "Conference CE Certificate",
            ]
        ),
        "certify": d.pick(
            [
                f"The education committee of the {event} certifies that",
                f"{event} hereby certifies that",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "held": d.pick(
            [
                f"attended the following sessions at the convention held {span}",
                f"was present for the sessions listed below, {span}, {d.venue()}",
            ]
        ),
        "day_head": d.pick(["Date", "Day"]),
        "sess_head": d.pick(["Session", "Education session", "Session title"]),
        "pres_head": d.pick(["Presenter", "Speaker", "Instructor"]),
        "cred_head": d.pick(["CECs", "IICRC CEC", "Credit"]),
        "rows_html": "".join(b for _, _, b in rows),
        "total_label": d.pick(["Total IICRC CECs earned:", "Total credit:", "Total CEC hours:"]),
        "total": hours,
        "sig1": d.person(),
        "role1": d.pick(["Chair, Education Committee", "Education Director", "CE Coordinator"]),
        "sig2": d.person(),
        "role2": d.pick(["Show Manager", "Convention Director", "Executive Director"]),
        "cert_label": d.pick(["Certificate No.", "Record #"]),
        "cert_no": d.number(),
        "appr_label": d.pick(["IICRC approval no.", "CE approval #", "Approval number"]),
        "approval": d.approval(),
        "issued_label": d.pick(["Issued", "Date issued"]),
        "issued": d.other_date("issue", d.pick(["long", "us_numeric"])),
        "fine": d.pick(
            [
                "Credit is granted only for sessions with both entry and exit scans. Retain this "
                "certificate for four years for audit purposes.",
                "Sessions marked with a dash did not meet the attendance requirement or were not "
                "approved for continuing education credit.",
            ]
        ),
    }
