"""A show's certificate of attendance for one education session: a full-width
dark band across the top with the show's name and year in light type and
its dates and venue beneath in a lighter tint, "Certificate of Attendance"
under it, a short statement with the attendee's name set large on its own
line, then a ruled grid with a shaded header row giving the session's
code, title, presenter(s), date, time and credit. Below, a paragraph on
the show's approval for continuing education and how credit is reported,
and the education manager's signature at the right; the certificate
number at the left foot."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-geg-apa.blade.php (certificate of "
    "attendance statement and sponsor paragraph) and "
    "indico/indico:indico/MaKaC/webinterface/tpls/ContributionStaticDisplay.tpl "
    "(contribution id, title, speakers, starting date and duration)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "dark-band",
    "table",
    "sentence",
    "landscape",
    "distractor-person",
    "date-range",
    "provider-in-logo",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:112px; background:${dark}; color:#fff; padding:24px 56px 0 }
.band b { display:block; font: bold 30px ${display}; letter-spacing:0.5px }
.band span { font: 14px ${sans}; opacity:0.8; letter-spacing:1px }
.band .tag { position:absolute; right:56px; top:30px; border:2px solid rgba(255,255,255,0.7); padding:6px 12px; font: bold 12px ${sans};
  letter-spacing:2px; text-align:center; line-height:16px; opacity:1 }
.w { position:absolute; left:56px; right:56px; top:${top}px; font: 16px ${serif}; color:#222 }
h1 { margin:0; font: 42px ${display}; color:${dark}; font-weight:normal; letter-spacing:1px }
.st { margin-top:20px; line-height:24px }
.nm { font: bold 34px ${serif}; color:#111; margin:10px 0 6px }
table { width:100%; border-collapse:collapse; margin-top:34px; font: 14px ${sans} }
th { background:${light}; color:#333; text-align:left; font-size:10.5px; text-transform:uppercase; letter-spacing:1px; padding:7px 8px;
  border-top:2px solid ${dark}; border-bottom:1px solid #999 }
td { padding:13px 8px; border-bottom:2px solid ${dark}; vertical-align:top; line-height:18px }
td.t { font-weight:bold; width:36% } td.c { white-space:nowrap }
.fine { margin-top:30px; font: 11.5px ${sans}; color:#444; line-height:16px; width:58% }
.sg { position:absolute; right:70px; bottom:${sig_bottom}px; width:260px; text-align:center; font: 12px ${sans}; color:#333 }
.sg i { display:block; font: 28px ${hand}; color:#1a2a6c; border-bottom:1px solid #555; font-style:normal; padding-bottom:2px; margin-bottom:4px }
.no { position:absolute; left:56px; bottom:${sig_bottom}px; font: 11px ${mono}; color:#555 }
</style>
<div class="band"><b>${event}</b><span>${show_range} &nbsp;|&nbsp; ${venue}</span><div class="tag">${tag_html}</div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="st">${lead}</div>
 <div class="nm">${name}</div>
 <div class="st">${follow}</div>
 <table>
  <tr><th>${code_head}</th><th>Session</th><th>${presenter_head}</th><th>Date</th><th>Time</th><th>${credit_head}</th></tr>
  <tr><td class="c">${code}</td><td class="t">${title}</td><td>${presenters_html}</td><td class="c">${date}</td><td class="c">${time}</td><td class="c">${hours}</td></tr>
 </table>
 <div class="fine">${fine}</div>
</div>
<div class="sg"><i>${signer}</i>${signer}<br>${role}</div>
<div class="no">${no_label} ${cert_no}</div>
"""


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    event = d.provider()
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    start = d.pick([8 * 60, 9 * 60 + 30, 11 * 60, 13 * 60 + 30, 15 * 60])
    end = start + int(d.credit * 60)
    n = d.pick([1, 1, 2])
    presenters = [
        f"{d.person()}{d.pick(['', ', CR', ', WLS', ', CIH', ', MSc'])}" for _ in range(n)
    ]
    credit_style = d.pick(["number", "cecs", "hrs"])
    hours = d.hours_number() if credit_style == "number" else d.hours(credit_style)
    return {
        "top": d.pick([150, 165, 180]),
        "sig_bottom": d.pick([70, 90]),
        "event": event,
        "show_range": show,
        "venue": d.venue(),
        "tag_html": d.pick(["CE<br>CREDIT", "EDUCATION<br>PROGRAM", "IICRC<br>APPROVED"]),
        "heading": d.pick(["Certificate of Attendance", "Certificate of Session Attendance"]),
        "lead": d.pick(["This is to certify that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "follow": d.pick(
            [
                "attended the continuing education session listed below and is awarded the credit shown.",
                "was present for the full length of the following session and has earned the credit shown.",
            ]
        ),
        "code_head": d.pick(["Code", "Session #", "ID"]),
        "code": d.pick(
            [
                f"{r.choice('ABCEW')}{r.randrange(100, 399)}",
                f"{r.randrange(10, 99)}-{r.randrange(10, 99)}",
            ]
        ),
        "title": d.title("plain"),
        "presenter_head": d.pick(["Presenter(s)", "Speaker", "Faculty"]),
        "presenters_html": "<br>".join(html.escape(p) for p in presenters),
        "date": d.date(d.pick(["short_month", "us_numeric", "long", "weekday"])),
        "time": f"{_clock(start)} – {_clock(end)}",
        "credit_head": d.pick(["CECs", "Credit", "CE hours"]),
        "hours": hours,
        "fine": d.pick(
            [
                "This session was approved by the IICRC for continuing education credit. Attendance "
                "was verified by badge scan at entry and exit; credit is reported to the IICRC within "
                "30 days of the show. Keep this certificate for your records.",
                "The show's organizer maintains attendance records for four years. Credit is awarded "
                "only for sessions attended in full; partial attendance is not credited.",
            ]
        ),
        "signer": d.person(),
        "role": d.pick(["Education Manager", "Director of Education", "Show Manager"]),
        "no_label": d.pick(["Certificate no.", "Cert #"]),
        "cert_no": d.number(),
    }
