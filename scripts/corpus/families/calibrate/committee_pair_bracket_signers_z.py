"""A landscape certificate for one education session at a convention, in a
single thick solid frame: a plain heading, "Awarded to", the name in bold,
a membership number line, "for participating in the session" over the
session's title and the show, a "Date:" line, the credit, two signing
blocks for the organizing committee's chair and the person responsible,
each over an empty bracketed line with the name under it, and a small
block with the certificate ID and the verification system's name."""

SOURCE = "Revifaturahman/CertVerify:resources/views/templateCertificate/template_classic.blade.php"
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("sentence", "landscape", "distractor-person", "labelled")

TEMPLATE = """<style>
.cert { position:absolute; inset:40px; border:${frame}px solid ${dark}; background:#fff; text-align:center; font-family:${face}; color:#222; padding:56px 70px 0 }
h1 { font: bold ${h1_px}px ${head}; margin:0; letter-spacing:${h1_ls}px; color:${dark} }
.p { font-size:17px; margin-top:18px } .nm { font: bold 34px ${face}; margin:14px 0 10px }
.mid { font-size:16px; line-height:26px } .mid b { font-size:19px }
.foot { position:absolute; left:90px; right:90px; bottom:${foot_bottom}px; display:flex; justify-content:space-between; font-size:15px }
.foot .s { width:260px; text-align:center; line-height:22px } .foot .gap { height:46px }
.meta { position:absolute; left:0; right:0; bottom:18px; font-size:11px; color:#555; line-height:15px }
</style>
<div class="cert">
 <h1>${heading}</h1>
 <div class="p">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="mid">
  ${member_label} <b style="font-size:16px">${member}</b><br><br>
  ${part_text}<br><b>${title}</b><br>${at_text}<br><br>
  ${date_label} ${date}${credit_html}
 </div>
 <div class="foot">
  <div class="s">${left_role}<div class="gap"></div>( ${left} )</div>
  <div class="s">${right_role}<div class="gap"></div>( ${right} )</div>
 </div>
 <div class="meta">Certificate ID: ${cert_id}<br>${system}</div>
</div>
"""


def fill(d):
    import html

    event = d.provider()
    credit_html = ""
    if d.chance(0.75):
        credit_html = (
            f"<br>{html.escape(d.pick(['Credit:', 'CE credit:', 'Awarded:']))} "
            f"<b style='font-size:16px'>{html.escape(d.hours(d.pick(['cec_hours', 'cecs', 'hrs', 'iicrc_cec'])))}</b>"
        )
    return {
        "frame": d.pick([6, 8, 10]),
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["serif", "display"])],
        "heading": d.pick(
            ["CERTIFICATE", "CERTIFICATE OF PARTICIPATION", "Certificate of Attendance"]
        ),
        "h1_px": d.pick([38, 42]),
        "h1_ls": d.pick([1, 3]),
        "awarded": d.pick(["Awarded to", "Presented to", "This certificate is given to"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "member_label": d.pick(["Member ID:", "Registration No.:", "Badge No.:"]),
        "member": d.number(),
        "part_text": d.pick(
            [
                "for participating in the education session",
                "in recognition of attending the session",
                "for taking part in the seminar",
            ]
        ),
        "title": d.title("plain"),
        "at_text": d.pick([f"at {event}", f"held during {event}", f"{event}"]),
        "date_label": d.pick(["Date:", "Held on:", "Session date:"]),
        "date": d.date(d.pick(["dmy_long", "long", "weekday", "short_month"])),
        "credit_html": credit_html,
        "foot_bottom": d.pick([64, 72]),
        "left_role": d.pick(["Organizing Committee Chair", "Convention Chair", "Show Director"]),
        "left": d.person(),
        "right_role": d.pick(["Person in Charge", "Education Chair", "Session Moderator"]),
        "right": d.person(),
        "cert_id": f"CERT-{d.completed.year}-{d.rng.randrange(1, 9999):04d}",
        "system": d.pick(
            [
                "CertVerify system",
                "Verified attendance system",
                "Issued through the show's certificate portal",
            ]
        ),
    }
