"""The certificate of attendance a webinar platform e-mails to attendees who
met the organizer's criteria, for one session of a conference's virtual
education series: a landscape card with a coloured band down the left edge,
the organizer's logo and series name, a letter-spaced "Certificate of
Attendance", "This certifies that", the attendee's name large, "attended
the webinar" and the session title, the day with its start and end time
and time zone, a row of small boxed facts (time attended in minutes, the
credit, the webinar ID), the organizer's signature and the platform's
"powered by" line."""

SOURCE = (
    "wording: webinar platforms' built-in certificates of attendance (GoTo Webinar "
    "'Certificates' issued to attendees who meet a minimum attendance time, with the "
    "organizer's logo, signature, webinar title, date and time zone)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "labelled",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "time-attended",
    "dark-band",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${bg} }
.card { position:absolute; inset:${inset}px; background:#fff; border:1px solid #ddd; box-shadow:0 2px 6px rgba(0,0,0,.12) }
.band { position:absolute; left:0; top:0; bottom:0; width:${band}px; background:${dark} }
.band2 { position:absolute; left:${band}px; top:0; bottom:0; width:8px; background:${accent} }
.in { position:absolute; left:${in_left}px; right:60px; top:46px; bottom:40px; font-family:${sans}; color:#222 }
.lg { display:flex; align-items:center; gap:12px }
.lg i { width:46px; height:46px; border-radius:10px; background:${accent}; flex:none; position:relative }
.lg i:after { content:""; position:absolute; left:12px; top:12px; width:22px; height:22px; border-radius:50%; border:4px solid #fff; box-sizing:border-box }
.lg b { display:block; font: bold 18px ${lfont}; color:${dark}; line-height:21px }
.lg span { font-size:12.5px; color:#666 }
.k { margin-top:42px; font: ${k_weight} 15px ${sans}; letter-spacing:${k_sp}px; text-transform:uppercase; color:${accent} }
.s { margin-top:22px; font-size:16px; color:#555 }
.nm { margin-top:6px; font: bold ${nm_size}px ${nm_face}; color:#111; line-height:1.15 }
.ti { margin-top:8px; font: ${ti_weight} ${ti_size}px ${ti_face}; color:${dark}; line-height:1.25 }
.wh { margin-top:10px; font-size:15px; color:#444 }
.fx { display:flex; gap:14px; margin-top:26px }
.fx div { border:1px solid #d6d6d6; border-radius:6px; padding:9px 14px; font-size:12px; color:#777; min-width:130px }
.fx b { display:block; font-size:17px; color:#111; margin-top:2px }
.sg { position:absolute; right:0; bottom:36px; width:240px; text-align:center; font-size:12.5px; color:#444 }
.sg .h { font: 30px ${hand}; color:#1b2c63; border-bottom:1px solid #777; line-height:40px; white-space:nowrap }
.nt { position:absolute; left:0; width:56%; bottom:34px; font-size:12px; line-height:18px; color:#666 }
.pw { position:absolute; left:0; bottom:0; font-size:10.5px; color:#888 }
</style>
<div class="bg"></div>
<div class="card">
 <div class="band"></div><div class="band2"></div>
 <div class="in">
  <div class="lg"><i></i><div><b>${org}</b><span>${series}</span></div></div>
  <div class="k">${heading}</div>
  <div class="s">${certifies}</div>
  <div class="nm">${name}</div>
  <div class="s">${attended}</div>
  <div class="ti">${title}</div>
  <div class="wh">${date} &nbsp;|&nbsp; ${span} ${tz}</div>
  <div class="fx">${facts_html}</div>
  <div class="sg"><div class="h">${organizer}</div>${organizer}<br>${organizer_role}</div>
  <div class="nt">${note}</div>
  <div class="pw">${powered}</div>
 </div>
</div>
"""


def fill(d):
    import html

    r = d.rng
    start = d.pick([11 * 60, 12 * 60, 13 * 60, 14 * 60, 15 * 60 + 30])
    length = int(d.credit * 60)

    def t12(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    attended = length - r.randrange(0, 6)
    credit_label = d.pick(["Credits", "CE credit", "CECs earned"])
    if d.chance(0.5):
        credit = d.hours_number()
    else:
        credit = d.hours(d.pick(["cecs", "cec_hours"] if d.credit > 1 else ["cecs", "hrs"]))
    facts = [
        (d.pick(["Time attended", "Time in session", "Attendance"]), f"{attended} min"),
        (credit_label, credit),
        (
            d.pick(["Webinar ID", "Session ID"]),
            f"{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(100, 999)}",
        ),
    ]
    if d.chance(0.4):
        facts.insert(2, ("Poll responses", f"{d.pick([3, 4, 5])} of {d.pick([5, 5, 6])}"))
    facts_html = "".join(f"<div>{html.escape(k)}<b>{html.escape(v)}</b></div>" for k, v in facts)
    band = d.pick([22, 40, 70])
    return {
        "bg": d.pick(["#f1f3f6", "#e9eef3", "#fff"]),
        "inset": d.pick([18, 28, 36]),
        "band": band,
        "in_left": band + 60,
        "lfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "k_weight": d.pick(["bold", "normal"]),
        "k_sp": d.pick([3, 5, 7]),
        "nm_size": d.pick([40, 44, 48]),
        "nm_face": d.fonts[d.pick(["sans", "serif", "display"])],
        "ti_weight": d.pick(["bold", "normal"]),
        "ti_size": d.pick([24, 26, 28]),
        "ti_face": d.fonts[d.pick(["sans", "serif"])],
        "org": d.provider(),
        "series": d.pick(
            ["Virtual Education Series", "Webinar Series", "Online Learning Series", "Live Online"]
        ),
        "heading": d.pick(
            ["Certificate of Attendance", "Certificate of Attendance", "Attendance Certificate"]
        ),
        "certifies": d.pick(["This certifies that", "This is to certify that"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "upper"])),
        "attended": d.pick(["attended the webinar", "attended the live webinar", "has attended"]),
        "title": d.title("plain"),
        "date": d.date(d.pick(["weekday", "long", "short_month", "us_numeric"])),
        "span": f"{t12(start)} \u2013 {t12(start + length)}",
        "tz": d.pick(["EST", "EDT", "CST", "CDT", "MST", "PT", "ET"]),
        "facts_html": facts_html,
        "organizer": d.person(),
        "organizer_role": d.pick(["Organizer", "Webinar Organizer", "Education Manager"]),
        "note": d.pick(
            [
                f"Credit is issued to attendees connected for at least {int(length * 0.9)} minutes. "
                "Keep this certificate with your continuing education records.",
                "Attendance was verified from the webinar's attendee report. Recordings viewed "
                "after the live session do not qualify for credit.",
                "",
            ]
        ),
        "powered": d.pick(
            ["Powered by GoTo Webinar", "Issued automatically by the webinar platform", ""]
        ),
    }
