"""A landscape continuing-education statement printed from a trade show's
member records system after the show: a dark band across the top with the
show's round mark and name and the office under it in light letters, the
statement's heading in spaced capitals and its date at the right. Under the
band, a strip of five caption-over-value cells: the member, the member
number, the IICRC registrant number, the certifications held and the renewal
cycle's span. The left two thirds hold a card with a coloured edge for the
credit posted from the show, in label and value rows: the session title, its
code, the days the show ran, the venue, the presenter, the scheduled length
and the time recorded at the door in minutes, and the CEC hours credited,
large and bold, once. At the right a progress panel gives the percentage of
the renewal requirement met with a bar and a small grid of hours (required,
earned this cycle, remaining) and the cycle's end. Below, a table of the
activities reported earlier in the cycle (date, activity, provider, kind,
hours) closes the page, with a line of small print on how time is counted
and when the statement was produced."""

SOURCE = (
    "CE Zoom, 'Understanding your CE renewal requirements / transcript' (support.cezoom.com: "
    "requirement groups with minimum hours, a percentage bar and the CEs still needed); "
    "continuing-education compliance documentation template (ezel.ai: renewal period, hours "
    "required against hours completed, carry-over, a log of completed activities with provider "
    "and credit hours); ClubExpress 'Continuing Education in the Member Profile' (an event "
    "marked attended puts its credit in the member's list of credits)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "labelled",
    "table",
    "record",
    "date-range",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "time-attended",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:82px; background:${dark}; color:#f2f2ee;
  display:flex; align-items:center; justify-content:space-between; padding:0 40px; font-family:${sans} }
.band .lg { display:flex; align-items:center; gap:16px }
.band .mk { width:52px; height:52px; border-radius:50%; border:2.5px solid ${accent}; display:flex; align-items:center;
  justify-content:center; font: bold 16px ${display}; letter-spacing:1px }
.band .ev { font: bold ${ev_px}px ${display}; line-height:26px; white-space:nowrap }
.band .of { font-size:11px; letter-spacing:1.5px; text-transform:uppercase; opacity:.85; margin-top:2px }
.band .rt { text-align:right } .band .rt b { display:block; font-size:14px; letter-spacing:3px; text-transform:uppercase }
.band .rt span { font-size:11.5px; opacity:.9; line-height:22px }
.who { position:absolute; left:40px; right:40px; top:100px; display:flex; border-bottom:1px solid #bbb; padding-bottom:9px;
  font-family:${sans} }
.who div { padding-right:22px; margin-right:22px; border-right:1px solid #ddd; font-size:13.5px; white-space:nowrap }
.who div:last-child { border-right:none; margin-right:0 }
.who small { display:block; font-size:9.5px; letter-spacing:1.2px; text-transform:uppercase; color:#666; margin-bottom:3px }
.who .nm { font-weight:bold; font-size:15px }
.body { position:absolute; left:40px; right:40px; top:172px; font-family:${sans} }
.main { display:flex; gap:26px; align-items:flex-start }
.card { flex:1.75; border:1px solid #cfcfcf; border-left:6px solid ${accent}; padding:12px 18px 12px }
.card h2, .prog h2, .prior h2 { margin:0 0 8px; font-size:11px; letter-spacing:1.5px; text-transform:uppercase; color:${dark} }
.rows { display:grid; grid-template-columns:150px 1fr; row-gap:6px; column-gap:14px; font-size:13px; line-height:17px }
.rows span { color:#666 }
.cap { font-size:10px; letter-spacing:1px; text-transform:uppercase; color:#666 }
.ti { font: bold 17px ${serif}; line-height:22px; color:#111; margin:1px 0 9px; padding-bottom:8px; border-bottom:1px dotted #bbb }
.rows .cr { font: bold 19px ${sans}; color:${dark} }
.prog { flex:1; background:${light}; border:1px solid #d6d6d6; padding:12px 18px 14px }
.prog .pc { font: bold 20px ${sans}; color:${dark}; line-height:22px; margin:1px 0 0 }
.bar { height:12px; background:#fff; border:1px solid #999; margin:6px 0 12px }
.bar i { display:block; height:100%; background:${accent} }
.grid { display:grid; grid-template-columns:1fr auto; row-gap:5px; font-size:12.5px }
.grid b { text-align:right; font-variant-numeric:tabular-nums }
.grid .e { border-top:1px solid #aaa; padding-top:5px }
.prior { margin-top:22px }
table { width:100%; border-collapse:collapse; font-size:12px }
th { text-align:left; font-size:9.5px; letter-spacing:1px; text-transform:uppercase; color:#444; border-bottom:2px solid ${dark};
  padding:4px 8px }
td { padding:6px 8px; border-bottom:1px solid #ddd } tr:nth-child(even) td { background:#f7f7f7 }
td.n, th.n { text-align:right; white-space:nowrap }
.ft { position:absolute; left:40px; right:40px; bottom:22px; font: 9px ${sans}; color:#777; line-height:13px;
  display:flex; justify-content:space-between; gap:30px; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="band">
 <div class="lg"><div class="mk">${initials}</div><div><div class="ev">${event}</div><div class="of">${office}</div></div></div>
 <div class="rt"><b>${heading}</b><span>${stmt_label} ${stmt_date}</span></div>
</div>
<div class="who">
 <div><small>${name_label}</small><span class="nm">${name}</span></div>
 <div><small>Member no.</small>${member}</div>
 <div><small>IICRC registrant no.</small>${registrant}</div>
 <div><small>Certifications</small>${certs}</div>
 <div><small>Renewal cycle</small>${cycle}</div>
</div>
<div class="body">
<div class="main">
 <div class="card"><h2>${card_head}</h2>
  <div class="cap">${session_label}</div><div class="ti">${title}</div>
  <div class="rows">
   <span>${code_label}</span><div>${code}</div>
   <span>${dates_label}</span><div>${dates}</div>
   <span>Location</span><div>${venue}</div>
   <span>${presenter_label}</span><div>${presenter}</div>
   <span>Scheduled length</span><div>${scheduled} minutes</div>
   <span>${recorded_label}</span><div>${recorded}</div>
   <span>${credit_label}</span><div class="cr">${hours}</div>
  </div>
 </div>
 <div class="prog"><h2>${prog_head}</h2>
  <div class="cap">${pct_note}</div><div class="pc">${pct}%</div>
  <div class="bar"><i style="width:${pct}%"></i></div>
  <div class="grid">
   <span>CEC hours required</span><b>${required}</b>
   <span>${earned_label}</span><b>${earned}</b>
   <span>Remaining</span><b>${remaining}</b>
   <span class="e">Cycle ends</span><b class="e">${cycle_end}</b>
  </div>
 </div>
</div>
<div class="prior"><h2>${prior_head}</h2>
 <table>
  <tr><th style="width:14%">Date</th><th>Activity</th><th style="width:28%">Provider</th><th style="width:13%">Kind</th>
   <th class="n" style="width:10%">CEC hours</th></tr>
  ${prior_html}
 </table>
</div>
</div>
<div class="ft"><span>${rule}</span><span style="white-space:nowrap">${produced}</span></div>
"""

CERTS = ["WRT", "ASD", "AMRT", "FSRT", "CCT", "OCT", "UFT", "HST", "CDS"]
KINDS = ["Classroom", "Live online", "Trade show", "Self-study", "Chapter meeting"]
CREDENTIALS = ["", "", ", CR", ", WLS", ", CIEC", ", CMP"]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    credit = float(d.credit)
    # Scheduled length and the minutes recorded at the door: full credit at
    # 90% of the scheduled time, otherwise the time recorded rounded down to
    # the half hour.
    extra = d.pick([0, 0, 0.5, 1])
    scheduled = int(60 * (credit + extra))
    if extra == 0:
        recorded = r.randint(-(-9 * scheduled // 10), scheduled)
    else:
        recorded = r.randint(
            int(60 * credit), min(int(60 * credit) + 29, -(-9 * scheduled // 10) - 1)
        )
    rec_h, rec_m = divmod(recorded, 60)
    recorded_text = d.pick(
        [f"{recorded} minutes", f"{rec_h} h {rec_m:02d} min" if rec_h else f"{rec_m} min"]
    )

    # The renewal cycle: four years ending after the show; earlier activities
    # fall inside it, before the show.
    end = d.completed + timedelta(days=r.randint(365, 1400))
    start = end.replace(year=end.year - 4) + timedelta(days=1)
    date_style = d.pick(["us_numeric", "short_month", "iso"])
    required = 14.0
    prior = []
    for _ in range(d.pick([2, 3, 3])):
        lo = max((start - d.completed).days, -900)
        when = d.completed + timedelta(days=r.randint(lo, -14))
        if d.chance(0.5):
            activity = r.choice(V.CE_COURSES)
        else:
            activity = r.choice(V.IICRC_COURSES)[0]
        provider = r.choice(V.SCHOOLS)[0]
        hrs = d.pick([1.0, 2.0, 2.5, 3.0, 3.5, 4.0, 7.0])
        while hrs == credit:
            hrs += 1.0
        prior.append((when, activity, provider, d.pick(KINDS), hrs))
    prior.sort()
    # No other figure on the page may equal the credit: bump the earliest
    # activity by half an hour while the hours remaining would.
    while max(0.0, required - sum(p[4] for p in prior) - credit) == credit or any(
        p[4] == credit for p in prior
    ):
        w, a, pv, k, h = prior[0]
        prior[0] = (w, a, pv, k, h + 0.5)
    earned = sum(p[4] for p in prior) + credit
    remaining = max(0.0, required - earned)
    pct = min(100, int(100 * earned / required))
    rows = "".join(
        f"<tr><td>{html.escape(F.fmt_date(w, date_style))}</td><td>{html.escape(a)}</td>"
        f"<td>{html.escape(p)}</td><td>{html.escape(k)}</td><td class=n>{h:.1f}</td></tr>"
        for w, a, p, k, h in prior
    )

    event = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in d.org_alt.replace("&", "").split() if w[:1].isupper()]
    name = d.name(d.pick(["plain", "plain", "last_first", "upper"]))
    title = d.title()
    dates = d.date_range(d.pick([1, 2, 2, 3]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"]))
    cycle_style = d.pick(["us_numeric", "short_month"])
    return {
        "ev_px": 19 if len(event) > 30 else 22,
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "office": d.pick(["Member Education Records", "Education & Certification Office"]),
        "heading": d.pick(
            ["Continuing Education Statement", "CE Credit Statement", "Education Credit Record"]
        ),
        "stmt_label": d.pick(["Statement date", "Issued", "As of"]),
        "stmt_date": d.other_date("issue", d.pick(["long", "short_month", "us_numeric"])),
        "name_label": d.pick(["Member", "Attendee", "Name"]),
        "name": name,
        "member": f"{r.randrange(100000, 999999)}",
        "registrant": f"{r.randrange(10000, 99999)}",
        "certs": " \u00b7 ".join(sorted(r.sample(CERTS, d.pick([1, 2, 3])))),
        "cycle": f"{F.fmt_date(start, cycle_style)} \u2013 {F.fmt_date(end, cycle_style)}",
        "card_head": d.pick(
            ["Credit posted from this event", "New credit from the show", "This statement credits"]
        ),
        "title": title,
        "session_label": d.pick(["Session", "Session attended", "Education session"]),
        "code_label": d.pick(["Session code", "Course no.", "Session ID"]),
        "code": f"{d.pick(['ED', 'TR', 'S', 'W'])}-{r.randrange(100, 499)}",
        "dates_label": d.pick(["Event dates", "Show dates", "Held"]),
        "dates": dates,
        "venue": d.venue(),
        "presenter_label": d.pick(["Presenter", "Speaker", "Instructor"]),
        "presenter": d.person() + d.pick(CREDENTIALS),
        "scheduled": scheduled,
        "recorded_label": d.pick(["Time recorded", "Time in room", "Attended"]),
        "recorded": recorded_text,
        "credit_label": d.pick(["CEC hours credited", "Credit awarded", "Credited"]),
        "hours": hours,
        "prog_head": d.pick(["Renewal cycle progress", "Your renewal requirement"]),
        "pct": pct,
        "pct_note": d.pick(["Requirement met", "Complete", "Cycle requirement met"]),
        "required": f"{required:.1f}",
        "earned_label": d.pick(["Earned this cycle", "Reported to date"]),
        "earned": f"{earned:.1f}",
        "remaining": f"{remaining:.1f}",
        "cycle_end": F.fmt_date(end, d.pick(["long", "us_numeric", "short_month"])),
        "prior_head": d.pick(
            ["Reported earlier in this cycle", "Other credit this cycle", "Previously reported"]
        ),
        "prior_html": rows,
        "rule": d.pick(
            [
                "Time is taken from the entry and exit scans at the session door. Attendance of "
                "90% of the scheduled time earns full credit; less is credited to the half hour.",
                "Credit is reported to the IICRC within 30 days of the show. Earlier activities "
                "appear as their providers reported them.",
            ]
        ),
        "produced": d.pick(
            [
                f"Produced {d.other_date('print', 'us_numeric')} \u00b7 Page 1 of 1",
                f"Printed {d.other_date('print', 'short_month')} \u00b7 {d.web()}",
            ]
        ),
    }
