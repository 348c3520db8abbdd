"""An HTML e-mail printed to paper: a dark banner holding the event's logo
wordmark, a second dark strip with "... Complete" in white, a grey body
that greets the attendee by name and says which session they completed,
with the speaker, day and credit below, and an empty dark footer band;
the mail client's header lines sit above it."""

SOURCE = "kleimaj/cpg-toolbox:templates/confirmation_email.php"
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("dark-band", "sentence", "portrait", "provider-in-logo", "distractor-person")

TEMPLATE = """<style>
.mh { position:absolute; left:48px; right:48px; top:34px; font: 11.5px ${sans}; color:#333; border-bottom:1px solid #999; padding-bottom:8px; line-height:17px }
.mh b { display:inline-block; width:64px; color:#555; font-weight:normal }
.box { position:absolute; left:64px; right:64px; top:160px; background:#f5f5f5; font-family:${face} }
.logo { background:${dark}; height:96px; display:flex; align-items:center; padding:0 26px; gap:14px; color:#fff }
.logo .ic { width:48px; height:48px; border-radius:8px; background:${accent} }
.logo .w { font: bold 22px ${display}; line-height:24px } .logo .w small { display:block; font: 11px ${sans}; letter-spacing:2px; opacity:0.8 }
.strip { background:#071c2d; color:#fff; text-align:center; font-weight:bold; font-size:18px; padding:8px 0 }
.body { background:#fff; padding:24px 32px; font-size:16px; line-height:1.55; color:#555 }
.body p { margin:0 0 14px }
.body table { border-collapse:collapse; font-size:14px; margin:4px 0 14px } .body td { padding:3px 14px 3px 0 }
.body td.k { color:#888 }
.foot { background:#071c2d; height:56px }
.pf { position:absolute; left:48px; right:48px; bottom:26px; font: 9px ${sans}; color:#777; display:flex; justify-content:space-between }
</style>
<div class="mh"><b>From:</b> ${from_addr}<br><b>To:</b> ${to_addr}<br><b>Date:</b> ${sent}<br><b>Subject:</b> ${subject}</div>
<div class="box">
 <div class="logo"><div class="ic"></div><div class="w">${event}<small>${event_sub}</small></div></div>
 <div class="strip">${strip}</div>
 <div class="body">
  <p>Hello ${name},</p>
  <p>You have successfully completed <strong>${title}</strong>.</p>
  <table>
   <tr><td class="k">Presented by</td><td>${speaker}</td></tr>
   <tr><td class="k">${when_label}</td><td>${date}</td></tr>
   <tr><td class="k">${credit_label}</td><td>${hours}</td></tr>
  </table>
  <p>${note}</p>
  <p>If you have any questions please email ${help_addr}</p>
 </div>
 <div class="foot"></div>
</div>
<div class="pf"><span>${printed}</span><span>1/1</span></div>
"""


def ascii_slug(text):
    import unicodedata

    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in flat.lower() if ch.isalnum())


def fill(d):
    slug = "".join(ch for ch in d.org_alt.lower() if ch.isalnum())[:14]
    return {
        "from_addr": f"Education Team <education@{slug}.org>",
        "to_addr": f"{ascii_slug(d.first)}.{ascii_slug(d.last)}@gmail.com",
        "sent": d.other_date("issue", d.pick(["weekday", "long"]))
        + d.pick([" 9:14 AM", " 4:02 PM"]),
        "subject": d.pick(
            ["Session complete", "Your CE session is complete", "Thank you for attending"]
        ),
        "event": d.provider(d.pick([None, "upper"])),
        "event_sub": d.pick(["EDUCATION PROGRAM", "CONFERENCE & EXPO", "LEARNING SERIES"]),
        "strip": d.pick(
            ["Education Session Complete", "Session Attendance Complete", "CE Session Complete"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "title": d.title("plain"),
        "speaker": d.person(),
        "when_label": d.pick(["Session date", "Attended", "Date"]),
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "short_month"])),
        "credit_label": d.pick(["Credit", "CE credit", "IICRC CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec"])),
        "note": d.pick(
            [
                "Thank you for joining us. Keep this message as your record of attendance.",
                "Your attendance has been recorded. Print this message for your continuing "
                "education file.",
            ]
        ),
        "help_addr": f"education@{slug}.org",
        "printed": d.pick(["Printed from Gmail", "Printed from Outlook", "Mail - Inbox"]),
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
    }
