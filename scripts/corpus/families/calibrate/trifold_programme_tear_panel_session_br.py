"""The outside of a letter-size tri-fold programme a regional cleaning and
restoration association hands out at its dinner meeting, photographed flat
with its two fold lines: the left panel is the attendance certificate meant
to be cut off along a dashed line (a heading, a running sentence with the
attendee's name written in by hand on a rule, the programme title, its
speaker and date, the IICRC credit, the education chair's ink signature);
the middle panel is the back of the programme (the evening's running order
as a small table of times, the officers and directors, the sponsors thanked,
the next meeting's date); the right panel is the cover, where the
association's round emblem and name are the only place it is named, with the
meeting's title, the featured speaker, the venue and the date."""

SOURCE = (
    "Letter tri-fold brochure panel sizes (three 3.67-inch panels, outside spread: inside "
    "flap, back panel, cover) as brochure generators publish them; "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (an event "
    "programme or name tag sent in as evidence of attendance at an approved CEC event); "
    "regional association dinner-meeting programmes (running order, officers, sponsors, "
    "next meeting, a cut-off certificate of attendance for continuing-education credit)"
)
KIND = "session"
PAPER = "letter-landscape"
CATEGORIES = (
    "landscape",
    "script-name",
    "sentence",
    "table",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "handwriting",
)

TEMPLATE = """<style>
.pn { position:absolute; top:0; bottom:0; width:352px; padding:34px 30px 28px; font-family:${sans}; color:#1d1d1d }
.p1 { left:0 } .p2 { left:352px; background:${light} } .p3 { left:704px; background:${cover_bg}; color:#f4f1e9 }
.fold { position:absolute; top:0; bottom:0; width:0; border-left:1px solid rgba(0,0,0,.12) }
.cut { position:absolute; left:14px; right:14px; top:18px; bottom:18px; border:1.5px dashed #777 }
.sc { position:absolute; left:22px; top:8px; background:#fff; font-size:13px; color:#555; padding:0 4px }
.ct { position:absolute; left:30px; right:30px; top:34px; bottom:28px; text-align:center; padding-top:${ct_top}px }
.ct h2 { margin:0; font: ${ct_weight} ${ct_px}px ${display}; color:${dark}; letter-spacing:1px; line-height:1.15 }
.ct .rule { width:70px; height:2px; background:${accent}; margin:14px auto 26px }
.ct p { font: 13px ${serif}; line-height:1.9; color:#333 }
.ct .ln { margin:18px 6px 4px; border-bottom:1px solid #333; height:44px; font: ${hand_px}px ${hand}; color:${ink};
  line-height:48px; white-space:nowrap; overflow:hidden }
.ct .lab { margin-top:14px; font-size:8.5px; letter-spacing:1.5px; text-transform:uppercase; color:#777 }
.ct .ti { font: bold 15.5px ${serif}; color:#111; margin:10px 0 8px; line-height:1.6 }
.ct .cr { margin:30px auto 0; display:inline-block; border:1.5px solid ${dark}; padding:6px 14px; font: bold 13px ${sans}; color:${dark} }
.ct .sig { position:absolute; left:16px; right:16px; bottom:${sig_bottom}px; text-align:left; font-size:10.5px; color:#444; line-height:1.4 }
.ct .sig .h { font: 24px ${hand}; color:${ink}; border-bottom:1px solid #333; height:30px; line-height:36px; white-space:nowrap; overflow:hidden }
.ct .keep { position:absolute; left:6px; right:6px; bottom:14px; font-size:8.5px; color:#666; line-height:1.35 }
.p2 h3 { margin:0 0 8px; font: bold 11px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark};
  border-bottom:1.5px solid ${accent}; padding-bottom:4px }
.p2 table { border-collapse:collapse; width:100%; font-size:11px; margin-bottom:18px }
.p2 td { padding:4px 2px; vertical-align:top; line-height:1.5; white-space:nowrap } .p2 td.t { white-space:nowrap; width:62px; color:#444 }
.p2 ul { list-style:none; margin:0 0 18px; padding:0; font-size:10.5px; line-height:2 }
.p2 ul span { color:#666 } .p2 li { white-space:nowrap }
.p2 .spons { font-size:10.5px; line-height:2; margin-bottom:18px }
.p2 .next { position:absolute; left:30px; right:30px; bottom:34px; border:1px solid ${dark}; padding:8px 10px; font-size:10.5px; line-height:1.9; background:#fff }
.p2 .next b { display:block; font-size:11.5px }
.em { width:92px; height:92px; border-radius:50%; border:3px solid #f4f1e9; margin:12px auto 0; display:flex;
  align-items:center; justify-content:center; font: bold ${em_px}px ${display}; letter-spacing:1px;
  box-shadow: inset 0 0 0 5px ${cover_bg}, inset 0 0 0 6px rgba(244,241,233,.7) }
.p3 .org { text-align:center; margin:16px -14px 0; font: bold ${org_px}px ${sans}; letter-spacing:${org_ls}px; line-height:1.35; white-space:nowrap }
.p3 .bar { width:100%; height:3px; background:${accent}; margin:26px 0 22px }
.p3 .mt { text-align:center; font: ${mt_px}px ${display}; line-height:1.45 }
.p3 .feat { text-align:center; margin-top:${feat_gap}px; font: italic 13px ${serif}; opacity:.85 }
.p3 .pt { text-align:center; margin-top:6px; font: bold 16px ${serif}; line-height:1.3 }
.p3 .sp { text-align:center; margin-top:8px; font-size:12.5px }
.p3 .wh { position:absolute; left:30px; right:30px; bottom:34px; text-align:center; font-size:12px; line-height:1.6;
  border-top:1px solid rgba(244,241,233,.5); padding-top:12px }
.p3 .wh b { display:block; font-size:13px }
</style>
<div class="pn p1">
 <div class="cut"></div><div class="sc">&#9986;</div>
 <div class="ct">
  <h2>${cert_heading}</h2>
  <div class="rule"></div>
  <p>${cert_lead}</p>
  <div class="ln">${name}</div>
  <div class="lab">${name_label}</div>
  <p style="margin-top:10px">${cert_mid}</p>
  <div class="ti">${title}</div>
  <p>${cert_by}</p>
  <p>${cert_on}</p>
  <div class="cr">${hours}</div>
  <div class="sig"><div class="h">${chair}</div>${chair}, ${chair_role}</div>
  <div class="keep">${keep}</div>
 </div>
</div>
<div class="pn p2">
 <h3>${agenda_head}</h3>
 <table>${agenda_html}</table>
 <h3>${officers_head}</h3>
 <ul>${officers_html}</ul>
 <h3>${sponsor_head}</h3>
 <div class="spons">${sponsors_html}</div>
 <div class="next"><b>${next_head}</b>${next_date} &middot; ${next_place}</div>
</div>
<div class="pn p3">
 <div class="em">${initials}</div>
 <div class="org">${org}</div>
 <div class="bar"></div>
 <div class="mt">${meeting}</div>
 <div class="feat">${featuring}</div>
 <div class="pt">${cover_title}</div>
 <div class="sp">${speaker}</div>
 <div class="wh"><b>${cover_date}</b>${venue}</div>
</div>
<div class="fold" style="left:352px"></div><div class="fold" style="left:704px"></div>
"""

MEETINGS = [
    "Spring Dinner Meeting",
    "Fall Membership Meeting",
    "Quarterly Education Dinner",
    "Annual Meeting & Education Night",
    "Winter Technical Meeting",
]
SPONSORS = [
    "Tri-State Restoration Supply",
    "Harbor Restoration Products",
    "Northstar Moisture Meters",
    "Apex Air Movers",
    "Restorers Insurance Group",
    "Bayline Equipment Rental",
    "Summit Janitorial & Restoration Supply",
]
CREDENTIALS = ["", "", ", CR", ", WLS", ", CMR", ", MWR"]


def _clock(m: int) -> str:
    h, mm = divmod(m, 60)
    return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    d.org, d.org_alt = d.pick(V.ASSOCIATIONS), None
    org = d.provider(d.pick(["upper", None]) if len(d.org) < 36 else None)
    words = [w for w in d.org.replace("&", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)[:4]

    speaker = d.person() + d.pick(CREDENTIALS)
    title = d.title("plain")
    date_style = d.pick(["weekday", "long", "ordinal", "words", "short_month"])
    date_text = d.date(date_style)
    cover_date = date_text if date_style != "words" else fmt_date(d.completed, "weekday")
    hours = d.hours(d.pick(["cec_hours", "iicrc_cec", "cecs", "words_cec", "hours_title"]))

    start = d.pick([17 * 60 + 30, 18 * 60, 18 * 60 + 30])
    dinner = start + 30
    program = dinner + d.pick([45, 60])
    end = program + round(d.credit * 60)
    rows = [
        (start, d.pick(["Registration & social hour", "Check-in and networking"])),
        (dinner, d.pick(["Dinner (buffet)", "Dinner served", "Dinner & sponsor remarks"])),
        (program - 10, d.pick(["Association business & announcements", "President's welcome"])),
        (program, d.pick(["Education program", "Featured presentation", "CEC session"])),
        (end, d.pick(["Door prizes and adjourn", "Q&A, adjourn", "Adjourn"])),
    ]
    agenda_html = "".join(
        f'<tr><td class="t">{_clock(t)}</td><td>{html.escape(what)}</td></tr>' for t, what in rows
    )
    chair = d.person()
    officers = [
        ("President", d.person()),
        ("Vice President", d.person()),
        ("Treasurer", d.person()),
        ("Education Chair", chair),
    ]
    officers_html = "".join(
        f"<li>{html.escape(who)} <span>&middot; {role}</span></li>" for role, who in officers
    )
    nxt = d.completed + timedelta(days=r.choice([84, 91, 98, 119]))
    sponsors = r.sample(SPONSORS, d.pick([2, 3]))
    name_label = d.pick(["Attendee name (print)", "Attendee", "Name of registrant"])
    return {
        "cover_bg": d.colors["dark"],
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "ct_weight": d.pick(["normal", "bold"]),
        "ct_top": d.pick([24, 40]),
        "sig_bottom": d.pick([92, 120]),
        "feat_gap": d.pick([60, 90]),
        "ct_px": d.pick([24, 26]),
        "cert_heading": d.pick(
            ["Certificate of Attendance", "Attendance Certificate", "CE Attendance Record"]
        ),
        "cert_lead": d.pick(
            [
                "This certifies that",
                "This is to certify that the member named below",
                "Presented to",
            ]
        ),
        "hand_px": d.pick([26, 29]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "name_label": name_label,
        "cert_mid": d.pick(
            [
                "attended the education program",
                "was present for the full presentation of",
                "attended the continuing education session",
            ]
        ),
        "title": title,
        "cert_by": f"presented by {speaker}",
        "cert_on": f"on {date_text}",
        "hours": hours,
        "chair": chair,
        "chair_role": "Education Chair",
        "keep": d.pick(
            [
                "Cut along the dashed line and keep this certificate with your CEC records. "
                "Submit a copy with your renewal if the attendee list is not on file.",
                "Detach and retain. The association does not mail certificates after the meeting.",
            ]
        ),
        "agenda_head": d.pick(["Tonight's program", "Agenda", "Order of the evening"]),
        "agenda_html": agenda_html,
        "officers_head": d.pick(["Officers & directors", "Board of directors", "Your board"]),
        "officers_html": officers_html,
        "sponsor_head": d.pick(["Thank you to our sponsors", "Tonight's sponsors"]),
        "sponsors_html": "<br>".join(html.escape(x) for x in sponsors),
        "next_head": d.pick(["Next meeting", "Save the date"]),
        "next_date": fmt_date(nxt, d.pick(["weekday", "long", "short_month"])),
        "next_place": d.city(),
        "initials": initials,
        "em_px": 26 if len(initials) < 4 else 21,
        "org": org,
        "org_px": 13 if len(org) > 40 else 14 if len(org) > 32 else 16,
        "org_ls": 1 if org.isupper() else 0,
        "mt_px": d.pick([22, 24]),
        "meeting": d.pick(MEETINGS),
        "featuring": d.pick(["featuring", "Education program", "Our speaker tonight"]),
        "cover_title": title,
        "speaker": speaker,
        "cover_date": cover_date,
        "venue": d.venue(),
    }
