"""A trade show's certificate of volunteer service, not anyone's record of
credit: portrait, inside a double rule with a thin inner frame and small
corner brackets. The show is named only in its logo at the top (a round
mark with the show's initials and year beside the show's name and a small
"volunteer" line). Then a spaced heading, "This certifies that", the
volunteer's name in a large script face, and a sentence thanking them for
giving time to the show's education program. A tinted panel splits in two:
at the left, labelled lines for the assignment, the session or class they
worked in (its title), the show's days and the volunteer coordinator; at
the right, "Total service" over a large hours figure. A signature over the
coordinator's name and role sits at the left of the foot, a round rotated
"verified service" stamp at the right, and a dashed rule carries a verify
address and the day the certificate was issued, sometimes with a note that
service hours are not continuing-education credit. It names a person, a
session or class, a show, days and hours, and records no one's
completion."""

SOURCE = (
    "paul-hammant/live-verify:public/use-cases/data/volunteer-hours-verification.md (a "
    "'Certificate of Service': double border, 'This certifies that', the name, 'has "
    "contributed their time and talent', a grey two-column panel with project, period and "
    "supervisor beside 'Total service' and a large hours figure, a signature line, a round "
    "rotated 'verified service' stamp and a dashed verify line); trade-show volunteer duties "
    "and hour minimums from https://docsbay.net/2016gbta-convention-exposition-volunteer-"
    "requirements-and-duties-as-of-7-7-15 (8 hours over the convention days, coordinator "
    "signs volunteers in and out) and https://www.cda.org/Home/Education-and-Events/"
    "CDA-Presents/Volunteers-and-Speakers/Become-a-Volunteer (room hosts and room monitors "
    "scan attendees into courses)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "ornate",
    "script-name",
    "labelled",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "stamp",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:30px; border:6px double ${dark} }
.fr2 { position:absolute; inset:46px; border:1px solid #d6d6d6 }
.cn { position:absolute; width:26px; height:26px; border-color:${accent}; border-style:solid }
.cn.a { left:54px; top:54px; border-width:2px 0 0 2px } .cn.b { right:54px; top:54px; border-width:2px 2px 0 0 }
.cn.c { left:54px; bottom:54px; border-width:0 0 2px 2px } .cn.d { right:54px; bottom:54px; border-width:0 2px 2px 0 }
.w { position:absolute; left:96px; right:96px; top:96px; bottom:84px; text-align:center; font-family:${body} }
.lg { display:inline-flex; align-items:center; gap:12px; text-align:left }
.lg .mk { width:62px; height:62px; border-radius:50%; background:${dark}; color:#fff; display:flex; flex-direction:column;
  align-items:center; justify-content:center; font: bold 17px ${sans}; letter-spacing:1px; line-height:18px }
.lg .mk small { font-size:9px; letter-spacing:1.5px; font-weight:normal; opacity:.9 }
.lg .sh { font: bold 19px ${sans}; color:${dark}; line-height:23px }
.lg .sh small { display:block; font: 11px ${sans}; color:#666; letter-spacing:2px; text-transform:uppercase; line-height:16px }
h1 { margin:46px 0 6px; font: bold ${h_px}px ${head}; color:${dark}; letter-spacing:3px; text-transform:uppercase }
.sub { font: italic 14px ${body}; color:#666 }
.ct { margin-top:40px; font-size:18px; color:#333 }
.nm { margin:14px 0 10px; font: ${name_px}px ${script}; color:#222; line-height:1.15; white-space:nowrap }
.sn { font-size:16.5px; line-height:25px; color:#333; margin:0 14px }
.pn { display:flex; justify-content:space-between; gap:24px; margin:36px 0 0; background:${light}; border-radius:4px;
  padding:20px 24px; text-align:left; border:1px solid #e2e2e2 }
.pn .l { font-size:14px; line-height:19px; color:#222; flex:1 }
.pn .l div { display:grid; grid-template-columns:${key_w}px 1fr; column-gap:8px; margin:0 0 17px }
.pn .l div:last-child { margin-bottom:0 }
.pn .l b { color:#444 }
.pn .r { text-align:right; white-space:nowrap; align-self:center }
.pn .r .k { font: 11px ${sans}; color:#777; letter-spacing:1px }
.pn .r .n { font: bold 28px ${body}; color:${dark}; line-height:34px }
.pn .r .u { font: bold 11px ${sans}; letter-spacing:2px }
.ft { position:absolute; left:0; right:0; bottom:86px; display:flex; justify-content:space-between; align-items:flex-end; padding:0 10px }
.sg { width:230px; text-align:left; font-size:12.5px; line-height:17px; color:#333 }
.sg .h { font: 30px ${hand}; color:#1d2f6a; line-height:34px; white-space:nowrap; padding-left:6px }
.sg .ln { border-top:1px solid #222; padding-top:4px }
.st { width:108px; height:108px; border:2.5px solid ${accent}; border-radius:50%; color:${accent}; transform:rotate(-11deg);
  display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 12px ${sans}; letter-spacing:1px;
  line-height:15px; box-shadow: inset 0 0 0 4px #fff, inset 0 0 0 5.5px ${accent} }
.st small { font-size:9px; letter-spacing:1px }
.vf { position:absolute; left:0; right:0; bottom:0; border-top:1px dashed #999; padding-top:9px; font: 11px ${mono}; color:#555; line-height:16px }
.vf .nt { font: italic 11px ${body}; color:#666; margin-top:3px }
</style>
<div class="fr"></div><div class="fr2"></div>
<div class="cn a"></div><div class="cn b"></div><div class="cn c"></div><div class="cn d"></div>
<div class="w">
 <div class="lg"><div class="mk">${initials}<small>${year}</small></div><div class="sh">${show}<small>${program}</small></div></div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="ct">${certify}</div>
 <div class="nm">${name}</div>
 <div class="sn">${sentence}</div>
 <div class="pn"><div class="l">${rows_html}</div>
  <div class="r"><div class="k">${total_label}</div><div class="n">${total}</div><div class="u">${unit}</div></div></div>
 <div class="ft">
  <div class="sg"><div class="h">${signer}</div><div class="ln">${signer}<br>${signer_role}</div></div>
  <div class="st">${stamp_a}<small>${stamp_b}</small></div>
 </div>
 <div class="vf">${verify} &nbsp;&middot;&nbsp; ${issued}${note_html}</div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    r = d.rng
    event = d.pick(V.EVENTS)
    year = d.completed.year
    show = f"{event} {year}" if d.chance(0.6) else event
    initials = "".join(w[0] for w in event.replace("&", "").split())[:3].upper()
    days = d.pick([1, 2, 2, 3])
    start = d.completed - timedelta(days=days)
    span = fmt_range(start, d.completed, r)
    role, work_label, work = d.pick(
        [
            ("Session room monitor", "Session", d.pick(V.SESSIONS)),
            ("Room host", "Session", d.pick(V.SESSIONS)),
            ("Hands-on lab assistant", "Lab", d.pick(V.IICRC_COURSES)[0]),
            ("Education desk & badge scanning", "Track", d.pick(V.SESSIONS)),
        ]
    )
    coordinator = d.person()
    signer = coordinator if d.chance(0.6) else d.person()
    signer_role = (
        "Volunteer Coordinator"
        if signer == coordinator
        else d.pick(["Director of Education", "Show Director", "Education Committee Chair"])
    )
    total = d.pick([4, 6, 8, 8, 10, 12, 16, 7.5, 9.5])
    total_text = f"{total:.1f}" if d.chance(0.6) else f"{total:g}"
    rows = [
        ("Assignment", role),
        (work_label, work),
        (d.pick(["Show days", "Period", "Dates served"]), span),
        ("Coordinator", coordinator),
    ]
    rows_html = "".join(
        f"<div><b>{html.escape(k)}:</b><span>{html.escape(v)}</span></div>" for k, v in rows
    )
    slug = "".join(ch for ch in event.lower() if ch.isalnum())[:26]
    code = f"{r.randrange(100000, 999999)}-{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
    note = d.pick(
        [
            "",
            "",
            "Volunteer service hours recognise time given to the show. They are not continuing "
            "education credits and are not reported to any certifying body.",
            "Thank you for helping our attendees earn their CECs. Service hours are not CECs.",
        ]
    )
    return {
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "initials": initials,
        "year": year,
        "show": show,
        "program": d.pick(["Volunteer program", "Education volunteers", "Volunteer corps"]),
        "heading": d.pick(
            ["Certificate of Service", "Certificate of Volunteer Service", "Volunteer Recognition"]
        ),
        "h_px": d.pick([26, 28, 30]),
        "sub": d.pick(
            ["with our sincere thanks", "in appreciation of time freely given", "Education program"]
        ),
        "certify": d.pick(["This certifies that", "This is to certify that", "Presented to"]),
        "name_px": d.pick([46, 50, 54]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "sentence": d.pick(
            [
                "has contributed time and talent to the education program of this year's show, "
                "helping fellow technicians find their sessions and earn their credit.",
                "gave generously of their time as a volunteer, keeping our education rooms "
                "running for speakers and attendees alike.",
                "served with skill and good humour as an education volunteer during the show.",
            ]
        ),
        "rows_html": rows_html,
        "key_w": 112,
        "total_label": d.pick(["TOTAL SERVICE:", "VOLUNTEER HOURS:", "TOTAL TIME GIVEN:"]),
        "total": total_text,
        "unit": "HOURS",
        "signer": signer,
        "signer_role": signer_role,
        "stamp_a": d.pick(["VERIFIED", "THANK YOU", "VOLUNTEER"]),
        "stamp_b": d.pick(["SERVICE", f"{year} CREW", "SERVICE HOURS"]),
        "verify": f"verify: www.{slug}.com/v/{code}",
        "issued": f"{d.pick(['Issued', 'Issued on', 'Date issued'])} "
        f"{d.other_date('issue', d.pick(['long', 'us_numeric', 'short_month']))}",
        "note_html": f'<div class="nt">{html.escape(note)}</div>' if note else "",
    }
