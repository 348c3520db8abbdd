"""A typeset attendance certificate with translucent coloured circles in two
corners and a logo box top right: the title and a centred statement (who
certifies, the attendee in bold, the webinar in italic quotes, the date and
length), and at the bottom left who issued it, a unique certificate ID, the
place and date of issue and a QR code."""

SOURCE = (
    "ariibard/quarto-typst-certificate-mastering-shiny-bookclub:README.md (typst certificate) "
    "and wording: community learning webinars issuing attendance certificates with a unique ID"
)
KIND = "session"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "sentence",
    "portrait",
    "qr",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.ci { position:absolute; border-radius:50% }
.lg { position:absolute; right:50px; top:44px; width:280px; min-height:84px; border:2px solid ${dark}; border-radius:10px; background:#fff;
  display:flex; align-items:center; justify-content:center; text-align:center; padding:8px 12px; font:bold 17px ${sans}; color:${dark}; line-height:21px }
.w { position:absolute; left:70px; right:70px; top:300px; text-align:center; font:23px 'Atkinson Hyperlegible', ${sans}; line-height:36px; color:#111 }
.w .t { font-size:38px; font-weight:bold; line-height:48px; margin-bottom:16px }
.w b { font-size:26px } .w i { font-size:24px }
.bt { position:absolute; left:70px; right:250px; bottom:70px; font:15px ${sans}; line-height:21px; color:#222 }
.bt p + p { margin-top:10px }
.qr { position:absolute; right:70px; bottom:70px; display:grid; grid-template-columns:repeat(25, 5px); grid-auto-rows:5px; padding:5px; background:#fff; border:1px solid #ccc }
.qr i { display:block } .qr i.k { background:#111 }
</style>
${circles_html}
<div class="lg">${org}</div>
<div class="w"><div class="t">${heading}</div>
 ${certifier} certifies that<br><b>${name}</b><br>${verb}<br>&ldquo;<i>${title}</i>&rdquo;<br>${held} ${date}${hours_part}.</div>
<div class="bt"><p>This certification has been issued by ${issuer} on behalf of ${certifier_short}.</p>
 <p>This certificate has an associated unique ID: ${uid}</p>
 <p>${city},<br>${issued}</p></div>
<div class="qr">${qr_html}</div>
"""


def qr_cells(rng, n=25) -> str:
    out = []
    for r in range(n):
        for c in range(n):
            f = None
            for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):
                if r0 <= r < r0 + 7 and c0 <= c < c0 + 7:
                    rr, cc = r - r0, c - c0
                    f = rr in (0, 6) or cc in (0, 6) or (2 <= rr <= 4 and 2 <= cc <= 4)
            dark = f if f is not None else rng.random() < 0.5
            out.append('<i class="k"></i>' if dark else "<i></i>")
    return "".join(out)


def fill(d):
    r = d.rng
    palette = ["#e76f51", "#2a9d8f", "#e9c46a", "#264653", "#8ab17d", "#f4a261", "#6d597a"]
    circles = []
    for x, y, rad in [
        (-190, -300, 190),
        (-230, -110, 115),
        (-75, -20, 76),
        (80, -190, 115),
        (230, 0, 40),
    ]:
        circles.append((x, y, rad, "top"))
    for x, y, rad in [
        (-150, -190, 190),
        (-40, -70, 115),
        (-300, -40, 40),
        (-260, -150, 76),
        (-20, -260, 76),
    ]:
        circles.append((x, y, rad, "bottom"))
    html = []
    for x, y, rad, where in circles:
        rad = rad + r.randrange(-12, 12)
        colour = r.choice(palette)
        alpha = r.choice(["55", "77", "99"])
        if where == "top":
            pos = f"left:{x}px;top:{y}px"
        else:
            pos = f"right:{x}px;bottom:{y}px"
        html.append(
            f'<div class="ci" style="{pos};width:{2 * rad}px;height:{2 * rad}px;background:{colour}{alpha}"></div>'
        )
    org = d.provider()
    hours_part = ""
    if d.chance(0.75):
        lead, styles = d.pick(
            [
                (", with a duration of ", ["hours_title", "hrs"]),
                (", for ", ["hours_title", "cec_hours"]),
                (" and carries ", ["cec_hours", "cecs", "ceu_and_cec"]),
            ]
        )
        hours_part = lead + d.hours(d.pick(styles))
    return {
        "circles_html": "".join(html),
        "org": org,
        "heading": d.pick(["Certificate of Attendance", "Webinar Attendance Certificate"]),
        "certifier": f"The {org} education team",
        "certifier_short": d.pick(["the show's education team", "the organising committee"]),
        "name": d.name("plain"),
        "verb": d.pick(["has attended the webinar", "has attended the live online session"]),
        "title": d.title("plain"),
        "held": d.pick(["held on", "broadcast on"]),
        "date": d.date(d.pick(["long", "dmy_long", "weekday", "iso"])),
        "hours_part": hours_part,
        "issuer": d.person(),
        "uid": f"{r.randrange(16**8):08x}-{r.randrange(16**4):04x}-{r.randrange(16**4):04x}",
        "city": d.city(),
        "issued": d.other_date("issue", "long"),
        "qr_html": qr_cells(r),
    }
