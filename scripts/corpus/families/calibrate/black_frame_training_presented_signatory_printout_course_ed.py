"""A browser print of a small PHP certificate page on a portrait letter
sheet: the certificate is a box 80% of the page wide with a heavy black
border near the top of the sheet and blank paper below it (the page calls
the print dialog itself). Centred lines in a plain sans: an upper-case bold
"Certificate of Training", "Presented to", the name in bold (sometimes in a
script face), "For having successfully completed the", the course in bold,
the credit, "on" and the date, then the signer's name over "Authorized
Signatory". The browser's own header and footer lines (page title, date
and time printed, address and page count) are in the margins."""

SOURCE = "ChristopherJohn29/infoacademy:application/views/certificate.php"
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = (
    "portrait",
    "plain",
    "sentence",
    "web-printout",
    "script-name",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.bh { position:absolute; left:28px; right:28px; top:14px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.bf { position:absolute; left:28px; right:28px; bottom:14px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.bx { position:absolute; left:10%; right:10%; top:62px; border:10px solid #000; background:#fff; padding:20px;
  text-align:center; font-family:${face}; color:#111 }
.tt { font-size:24px; font-weight:bold; text-transform:uppercase; margin-bottom:20px }
.bd { font-size:18px; line-height:1.6 }
.bd p { margin:16px 0 }
.bd strong { font-size:22px }
.bd .sc { font: ${name_px}px ${script}; line-height:1.3 }
.fo { margin-top:30px; font-size:16px }
.fo p { margin:14px 0 }
.hand { font: 26px ${hand}; color:#1d2f6a; margin-bottom:-10px !important }
</style>
<div class="bh"><span>${stamp}</span><span>Certificate</span></div>
<div class="bx">
 <div class="tt">${heading}</div>
 <div class="bd">
  <p>Presented to</p>
  <p>${name_html}</p>
  <p>For having successfully completed the</p>
  <p><strong>${title}</strong></p>
  <p>${middle}</p>
  <p>on ${date}</p>
 </div>
 <div class="fo"><p class="hand">${signer}</p><p>${signer}</p><p>${sig_role}</p></div>
</div>
<div class="bf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    import html

    from corpus import formats as F

    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    scripted = d.chance(0.4)
    if scripted:
        name_html = f'<span class="sc">{html.escape(name)}</span>'
    else:
        name_html = f"<strong>{html.escape(name)}</strong>"
    printed = d.completed + __import__("datetime").timedelta(days=d.rng.randint(1, 200))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "words", "cecs"]))
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "stamp": f"{F.fmt_date(printed, 'us_short')}, {d.rng.randint(1, 12)}:{d.rng.randint(0, 59):02d} "
        + d.pick(["AM", "PM"]),
        "heading": d.pick(
            ["Certificate of Training", "Certificate of Training", "Certificate of Completion"]
        ),
        "name_html": name_html,
        "name_px": 40 if len(name) <= 24 else 32,
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "middle": d.pick(
            [
                f"conducted by {org} ({hours})",
                f"offered by {org} \u2014 {hours}",
                f"given by {org}, {hours}",
            ]
        ),
        "date": d.date(d.pick(["long", "long", "ordinal", "weekday"])),
        "signer": d.person(),
        "sig_role": "Authorized Signatory",
        "url": f"https://{d.web().removeprefix('www.')}/certificate/print/{d.rng.randrange(1000, 99999)}",
    }
