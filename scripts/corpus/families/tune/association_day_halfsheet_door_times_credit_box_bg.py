"""A landscape half-sheet attendance record a regional cleaning and
restoration association hands out at the end of its one-day education day:
a dark band across the top with the association's round emblem and its name
in light letter-spaced capitals, the record's heading and number at the
right; two rows of labelled values under it (attendee, registrant number,
company; the programme's name, its date, the venue); then a ruled table of
the day's time slots: the scheduled times, the session title and its
presenter, the times the attendee signed in and out at the door, the minutes
counted and the CEC hours each session earned, with the lunch and business
meeting in its place carrying no credit. The credited total is printed once,
either in a boxed summary at the lower right beside the minutes added up, or
as the table's bold foot row (minutes and CEC hours in their columns). The
education chair signs in ink at the lower left with the date issued, and a
line of small print says how minutes become credit."""

SOURCE = (
    "chamilo/chamilo-lms:main/template/default/export/table_pdf.tpl (organisation header, "
    "centred title, labelled teacher / session / course / date rows, the attendance table and "
    "signature lines beneath); conference.wacubo.org/2024-cpe-information and Conferences i/o "
    "check-in and check-out (credit counted from the minutes between check-in and check-out "
    "of each session); the running order of regional cleaning and restoration association "
    "education days (morning and afternoon CEC sessions around a lunch and business meeting)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "landscape",
    "dark-band",
    "labelled",
    "table",
    "record",
    "distractor-person",
    "distractor-date",
    "time-attended",
    "hours-by-time",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:60px; background:${dark}; color:#f3f1ea;
  display:flex; align-items:center; padding:0 26px; font-family:${sans} }
.em { width:40px; height:40px; border-radius:50%; border:2px solid #f3f1ea; flex:none; margin-right:12px;
  display:flex; align-items:center; justify-content:center; font: bold ${em_px}px ${display}; letter-spacing:0.5px }
.org { flex:1; min-width:0; font: bold ${org_px}px ${sans}; letter-spacing:${org_ls}px; white-space:nowrap }
.rt { flex:none; text-align:right; margin-left:18px; white-space:nowrap }
.rt b { display:block; font: bold 13px ${head}; letter-spacing:1px; text-transform:uppercase; line-height:16px }
.rt span { display:block; font-size:10px; opacity:.85; margin-top:6px; line-height:12px }
.w { position:absolute; left:26px; right:26px; top:76px; bottom:12px; font: 11px ${sans}; color:#1a1a1a }
.kv { display:flex; gap:16px; margin-bottom:7px; align-items:flex-end }
.kv > div { display:flex; align-items:flex-end; min-width:0 }
.kv span { font-size:8.5px; color:#666; text-transform:uppercase; letter-spacing:0.6px; white-space:nowrap; margin-right:7px; padding-bottom:2px }
.kv i { font-style:normal; font-size:12px; white-space:nowrap; border-bottom:1px solid #ccc; padding:0 4px 1px 2px; flex:1 }
.kv .nm { font-weight:bold; font-size:13px }
table { width:100%; border-collapse:collapse; margin-top:12px; font-size:${td_px}px }
th { text-align:left; font: bold 8.5px ${sans}; text-transform:uppercase; letter-spacing:0.5px; color:#333;
  border-top:1.5px solid ${dark}; border-bottom:1px solid ${dark}; padding:5px 5px }
td { padding:${td_pad}px 5px; border-bottom:1px solid #ddd; vertical-align:top; line-height:14px }
td.n, th.n { text-align:right; white-space:nowrap; padding-left:18px } td.t { white-space:nowrap }
td.sc { font-family:${mono}; font-size:10.5px; white-space:nowrap; color:#2a2a6a }
td .p { color:#555; font-size:10px }
tr.brk td { color:#777; font-style:italic; background:${light} }
tr.ft td { border-top:1.5px solid #333; border-bottom:none; font-weight:bold; font-size:12px; padding-top:6px }
.low { position:absolute; left:0; right:0; bottom:22px; display:flex; align-items:flex-end }
.sig { font-size:10.5px; line-height:17px; white-space:nowrap }
.sig .h { font: ${sig_px}px ${handf}; color:#1d2b6b; width:220px; border-bottom:1px solid #333; height:34px; line-height:30px; margin-bottom:5px; white-space:nowrap }
.box { margin-left:auto; display:flex; border:2px solid ${accent}; white-space:nowrap }
.box div { padding:6px 14px; text-align:center; font-size:9px; text-transform:uppercase; letter-spacing:0.6px; color:#444; line-height:11px }
.box div + div { border-left:1px solid ${accent} }
.box b { display:block; font: bold 20px ${sans}; color:#111; letter-spacing:0; margin-top:5px; line-height:22px }
.box .hl { background:${light} }
.fine { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#666; white-space:nowrap; overflow:hidden }
</style>
<div class="band">
 <div class="em">${initials}</div>
 <div class="org">${org}</div>
 <div class="rt"><b>${heading}</b><span>${rec_label} ${rec_no}</span></div>
</div>
<div class="w">
 <div class="kv">
  <div style="flex:1.5"><span>${name_label}</span><i class="nm">${name}</i></div>
  <div style="flex:.8"><span>${reg_label}</span><i>${reg_no}</i></div>
  <div style="flex:1.3"><span>Company</span><i>${company}</i></div>
 </div>
 <div class="kv">
  <div style="flex:1.2"><span>Program</span><i>${title}</i></div>
  <div style="flex:1"><span>Date</span><i>${date}</i></div>
 </div>
 <div class="kv">
  <div style="flex:1.2"><span>Location</span><i>${venue}</i></div>
  <div style="flex:1"><span>${host_label}</span><i>${host}</i></div>
 </div>
 <table>
  <tr><th>Time</th><th>Session / presenter</th><th>${in_head}</th><th>${out_head}</th><th class="n">${min_head}</th><th class="n">${cec_head}</th></tr>
  ${rows_html}
  ${foot_html}
 </table>
 <div class="low">
  <div class="sig"><div class="h">${signer}</div>${signer}, ${signer_role}<br>${issued_label}: ${issued}</div>
  ${box_html}
 </div>
 <div class="fine">${fine}</div>
</div>
"""

PROGRAMS = [
    "Spring Education Day",
    "Fall Technical Education Day",
    "Annual Education Day & Trade Fair",
    "Winter CEC Day",
    "Regional Restoration Education Day",
    "Technicians' Day of Education",
]
COMPANIES = [
    "Lakeside Restoration Co.",
    "A-1 Steamway Carpet Care",
    "Front Range Water Removal",
    "Gulfside Fire & Flood",
    "Maple Leaf Cleaning Services",
    "Ironwood Property Restoration",
]
CREDENTIALS = ["", "", ", CR", ", WLS", ", CMR", ", CIEC"]


def _clock(minutes: int, ampm: bool) -> str:
    h, m = divmod(minutes, 60)
    if not ampm:
        return f"{(h - 1) % 12 + 1}:{m:02d}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    import html

    from corpus import values as V
    from corpus.formats import fmt_number

    r = d.rng
    d.org, d.org_alt = d.pick(V.ASSOCIATIONS), None
    n = d.pick([3, 4, 4, 5])
    titles = r.sample(V.SESSIONS, n)
    ampm = d.chance(0.5)
    clock = d.pick([8 * 60, 8 * 60 + 30, 9 * 60])
    rows, minutes_total, credit, lunched = [], 0, 0.0, False
    for title in titles:
        if not lunched and clock >= 11 * 60 + 15:
            lunched = True
            lunch = d.pick([45, 60, 75])
            none = d.pick(["\u2014", "\u2013", ""])
            rows.append(
                f'<tr class="brk"><td class="t">{_clock(clock, ampm)}\u2013'
                f"{_clock(clock + lunch, ampm)}</td><td>"
                + html.escape(
                    d.pick(
                        [
                            "Lunch and association business meeting (no credit)",
                            "Lunch, exhibits & annual meeting \u2014 not for CEC",
                            "Members' lunch and business meeting",
                        ]
                    )
                )
                + f'</td><td></td><td></td><td class="n">{none}</td><td class="n">{none}</td></tr>'
            )
            clock += lunch
        length = d.pick([45, 60, 60, 75, 90])
        start, end = clock, clock + length
        late = d.chance(0.15)
        t_in = start + 15 if late else start - r.randrange(0, 9)
        t_out = end + r.randrange(0, 6)
        minutes = min(t_out, end) - max(t_in, start)
        minutes_total += minutes
        each = minutes / 60
        credit += each
        speaker = d.person() + d.pick(CREDENTIALS)
        rows.append(
            f'<tr><td class="t">{_clock(start, ampm)}\u2013{_clock(end, ampm)}</td>'
            f'<td>{html.escape(title)} <span class="p">\u00b7 {html.escape(speaker)}</span></td>'
            f'<td class="sc">{_clock(t_in, False)}</td><td class="sc">{_clock(t_out, False)}</td>'
            f'<td class="n">{minutes}</td><td class="n">{fmt_number(each, r, False)}</td></tr>'
        )
        clock = end + d.pick([15, 15, 30])
    d.credit = round(credit * 4) / 4
    total = d.hours_number()
    form = d.pick(["box", "box", "foot"])
    min_label = d.pick(["Total minutes", "Minutes in sessions", "Minutes counted"])
    cec_label = d.pick(["CEC hours earned", "CEC hours credited", "Total CEC hours"])
    if form == "box":
        foot_html = ""
        box_html = (
            f'<div class="box"><div>{min_label}<b>{minutes_total}</b></div>'
            f'<div class="hl">{cec_label}<b>{html.escape(total)}</b></div></div>'
        )
    else:
        foot_html = (
            f'<tr class="ft"><td colspan="4">{d.pick(["Total", "Totals", "Total credited"])}'
            f'</td><td class="n">{minutes_total}</td><td class="n">{html.escape(total)}</td></tr>'
        )
        box_html = ""
    org = d.provider(d.pick(["upper", "upper", None]))
    words = [w for w in d.org.replace("&", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)[:4]
    name_style = d.pick(["plain", "plain", "upper", "last_first"])
    signer = d.person()
    host_label, host = d.pick(
        [
            ("Hosted by", "Education Committee"),
            ("Host chapter", d.pick(["Northern Chapter", "Metro Chapter", "Coastal Chapter"])),
            ("Sponsor", d.pick(["Tri-State Restoration Supply", "Harbor Restoration Products"])),
        ]
    )
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "head": d.fonts[d.pick(["sans", "cond"])],
        "org_px": 14 if len(org) > 40 else 16,
        "org_ls": 1.5 if org.isupper() else 0.5,
        "initials": initials,
        "em_px": 13 if len(initials) < 4 else 10.5,
        "org": org,
        "heading": d.pick(
            ["CEC Attendance Record", "Education Day Record", "Record of CE Attendance"]
        ),
        "rec_label": d.pick(["Record no.", "No.", "Form ED-2 \u00b7 no."]),
        "rec_no": d.number(),
        "kv_cols": d.pick(["62px 1.6fr 92px 1fr 60px 1.3fr", "70px 1.5fr 96px 1fr 60px 1.4fr"]),
        "name_label": "Name (last, first)" if name_style == "last_first" else "Attendee",
        "name": d.name(name_style),
        "reg_label": d.pick(["IICRC Reg. #", "Registrant no.", "Member no."]),
        "reg_no": f"{r.randrange(10000, 999999)}",
        "company": d.pick(COMPANIES),
        "title": d.set_title(d.pick(PROGRAMS)),
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "short_month", "dmy_long"])),
        "venue": d.venue(),
        "in_head": d.pick(["In", "Signed in", "Time in"]),
        "out_head": d.pick(["Out", "Signed out", "Time out"]),
        "min_head": d.pick(["Min.", "Minutes"]),
        "cec_head": d.pick(["CEC", "CEC hrs", "Credit"]),
        "rows_html": "".join(rows),
        "foot_html": foot_html,
        "box_html": box_html,
        "sig_px": d.pick([24, 26]),
        "td_px": d.pick([11, 11.5]),
        "td_pad": d.pick([5, 6]),
        "host_label": host_label,
        "host": host,
        "signer": signer,
        "signer_role": d.pick(["Education Chair", "CE Committee Chair", "Executive Director"]),
        "issued_label": d.pick(["Date issued", "Issued", "Verified on"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "long", "short_month"])),
        "fine": d.pick(
            [
                "Credit is counted from the door sign-in to sign-out of each session, one CEC hour "
                "per 60 minutes of instruction. Keep this record for your renewal.",
                "Minutes are counted between sign-in and sign-out and never exceed the session's "
                "length; meals and meetings earn no credit. Attendee copy.",
            ]
        ),
    }
