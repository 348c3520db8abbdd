"""A convention's continuing-education verification form as issued after the
show, portrait: a square logo block with the show's name beside a form
title (the show is named only there), an attendee box with labels, a ruled
record of the education items on the attendee's badge (one credited
session; exhibit-hall time and a keynote listed with no credit), a total
line, and a "Verified by" block with the education manager's signature."""

SOURCE = (
    "jeremylightsmith/agileopennorthwest:public/2011/schedule.php (time-slot rows); "
    "wording: CE verification forms that restoration and cleaning conventions mail to "
    "attendees after the show"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "time-attended",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:50px 56px; font: 13px ${sans}; color:#1a1a1a }
.top { display:flex; gap:18px; align-items:center; padding-bottom:14px; border-bottom:2px solid ${accent} }
.logo { flex:none; width:150px; height:96px; background:${dark}; color:#fff; padding:10px 12px; display:flex; flex-direction:column; justify-content:flex-end }
.logo .mk { width:26px; height:4px; background:${accent}; margin-bottom:8px }
.logo .nm { font: bold ${logo_px}px ${lfont}; line-height:1.12 }
.top h1 { font: bold 23px ${head}; margin:0; color:${dark} }
.top .sub { font-size:12px; color:#555; margin-top:4px }
.att { margin-top:18px; display:grid; grid-template-columns: 130px 1fr 110px 1fr; row-gap:7px; column-gap:8px; font-size:13px }
.att .l { color:#555; font-size:11px; text-transform:uppercase; letter-spacing:.6px; padding-top:2px }
.att .v { font-weight:600; border-bottom:1px solid #bbb; padding-bottom:2px }
.att .span3 { grid-column: 2 / 5 }
h2 { font: bold 13px ${sans}; text-transform:uppercase; letter-spacing:1.2px; margin:26px 0 6px; color:${dark} }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { text-align:left; font-size:10.5px; text-transform:uppercase; letter-spacing:.5px; color:#fff; background:${dark}; padding:6px 6px }
td { border-bottom:1px solid #c9c9c9; padding:7px 6px; vertical-align:top }
td.r, th.r { text-align:right }
tr.tot td { border-top:2px solid #333; border-bottom:none; font-weight:bold }
.note { font-size:11px; color:#444; margin-top:12px; line-height:16px }
.ver { margin-top:34px; display:flex; gap:40px; align-items:flex-end }
.ver .blk { width:280px }
.ver .ink { font: 30px ${hand}; color:#1c2f6e; border-bottom:1px solid #222; height:40px }
.ver .cap { font-size:11px; color:#333; margin-top:4px; line-height:15px }
.ver .iss { font-size:12px }
.info { margin-top:40px; border:1px solid #bbb; background:${light}; padding:10px 14px; font-size:11.5px; line-height:17px; color:#333 }
.info b { color:${dark}; text-transform:uppercase; letter-spacing:.8px; font-size:11px }
.info ul { margin:6px 0 0; padding-left:18px }
.foot { position:absolute; left:56px; right:56px; bottom:26px; font-size:9px; color:#666; text-align:center }
</style>
<div class="w">
 <div class="top"><div class="logo"><div class="mk"></div><div class="nm">${event}</div></div>
  <div><h1>${heading}</h1><div class="sub">${sub}</div></div></div>
 <div class="att">
  <div class="l">${name_label}</div><div class="v span3">${name}</div>
  <div class="l">Badge ID</div><div class="v">${badge}</div><div class="l">${reg_label}</div><div class="v">${reg}</div>
  <div class="l">Company</div><div class="v span3">${company}</div>
 </div>
 <h2>${rec_head}</h2>
 <table>
  <tr><th style="width:92px">Date</th><th style="width:112px">Time</th><th>Education item</th><th class="r" style="width:70px">${cec_head}</th></tr>
  <tr><td>${d_hall}</td><td>${t_hall}</td><td>${hall}</td><td class="r">\u2014</td></tr>
  <tr><td>${date}</td><td>${t_sess}</td><td><b>${title}</b><br><span style="font-size:11px;color:#555">${spk}</span></td><td class="r">${hours}</td></tr>
  <tr><td>${d_key}</td><td>${t_key}</td><td>${keynote}</td><td class="r">${key_credit}</td></tr>
  <tr class="tot"><td colspan="3">${tot_label}</td><td class="r">${total}</td></tr>
 </table>
 <div class="note">${note}</div>
 <div class="ver">
  <div class="blk"><div class="ink">${sig}</div><div class="cap">${ver_label} ${manager}<br>${mgr_role}</div></div>
  <div class="iss">${issued_label} ${issued}</div>
 </div>
 <div class="info"><b>${info_head}</b><ul>${info_html}</ul></div>
</div>
<div class="foot">${foot}</div>
"""

COMPANIES = [
    "Summit Water & Fire Recovery",
    "Tri-County Disaster Restoration",
    "BlueLine Property Restoration",
    "Evergreen Mitigation Group",
    "Heritage Fire & Flood Services",
    "Rapid Dry Water Removal",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    c = d.completed
    style = d.pick(["us_numeric", "short_month", "us_short"])
    other = c - timedelta(days=d.pick([0, 1]))
    minutes = int(d.credit * 60)
    start = d.pick([9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30])

    def t12(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}{'a' if h < 12 else 'p'}"

    event = d.provider()
    manager = d.person()
    return {
        "head": d.fonts[d.pick(["sans", "serif"])],
        "lfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "logo_px": 16 if len(event) < 30 else 14,
        "event": event,
        "heading": d.pick(
            [
                "Continuing Education Verification",
                "CE Credit Verification Form",
                "Education Attendance Verification",
            ]
        ),
        "sub": d.pick(
            [
                f"{d.venue()} \u00b7 Attendee copy",
                "Attendee copy \u2013 retain for certification renewal",
            ]
        ),
        "name_label": d.pick(["Attendee", "Name", "Registrant"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "badge": f"{r.randrange(10000000, 99999999)}",
        "reg_label": d.pick(["IICRC #", "Cert. #"]),
        "reg": f"{r.randrange(100000, 9999999)}",
        "company": d.pick(COMPANIES),
        "rec_head": d.pick(
            ["Education record", "Sessions scanned to your badge", "Attendance detail"]
        ),
        "cec_head": d.pick(["CECs", "Credit", "Hours"]),
        "d_hall": fmt_date(other, style),
        "t_hall": f"{t12(10 * 60)}\u2013{t12(12 * 60 + 30)}",
        "hall": d.pick(["Exhibit hall (no CE credit)", "Expo floor \u2013 not eligible"]),
        "date": d.date(style),
        "t_sess": f"{t12(start)}\u2013{t12(start + minutes)}",
        "title": d.title("plain"),
        "spk": f"{d.pick(['Presented by', 'Speaker:'])} {d.person()}",
        "hours": d.hours_number(),
        "d_key": fmt_date(c + timedelta(days=d.pick([0, 1])), style),
        "t_key": f"{t12(8 * 60)}\u2013{t12(8 * 60 + 45)}",
        "keynote": d.pick(
            [
                "Opening keynote & awards",
                "General session: State of the Industry",
                "Keynote breakfast",
            ]
        ),
        "key_credit": d.pick(["0", "n/a", "\u2014"]),
        "tot_label": d.pick(["Total CE credit verified", "Total CECs", "Total"]),
        "total": f"{d.credit:g}",
        "note": d.pick(
            [
                "Credit is recorded only for sessions with both an entry and an exit scan. "
                "Exhibit-hall time and general sessions do not carry CE credit.",
                "The sessions above were verified by badge scan. Submit this form with your "
                "renewal; the show does not report credits on your behalf.",
            ]
        ),
        "sig": manager,
        "ver_label": d.pick(["Verified by", "Verified:"]),
        "manager": manager,
        "mgr_role": d.pick(["Education Manager", "Director of Education", "CE Coordinator"]),
        "issued_label": d.pick(["Issued", "Date issued:"]),
        "issued": d.other_date("issue"),
        "info_head": d.pick(["Important", "About your credits", "Please note"]),
        "info_html": "".join(
            f"<li>{t}</li>"
            for t in r.sample(
                [
                    "Keep this form with your certificates for at least four years.",
                    "Credits are not transferable between attendees.",
                    "Corrections must be requested within 30 days of the show.",
                    "Sessions without an exit scan cannot be added after the show.",
                    "The show is an approved CE provider; verify sessions in the online program.",
                ],
                3,
            )
        ),
        "foot": f"{d.web()} \u00b7 {d.phone()} \u00b7 Form CE-{r.randrange(10, 99)}",
    }
