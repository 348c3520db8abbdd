"""A digital-credential style certificate exported to PDF from an online
course platform: portrait, left-aligned, the platform's logo block top
left, a huge "Certificate" word, the learner's name in bold, the course,
then small labelled pills for issue date and CEC hours, and a QR code with
a credential ID and a verify URL in the bottom corner; no border."""

SOURCE = (
    "moodleworkplace/moodle-tool_certificate:classes/output/verify_certificate_result.php "
    "(verification code, QR and issue fields on a certificate template)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "labelled", "qr", "provider-in-logo", "modern")

TEMPLATE = """<style>
.bar { position:absolute; left:0; top:0; bottom:0; width:14px; background:linear-gradient(${accent}, ${dark}) }
.w { position:absolute; left:86px; right:80px; top:80px; font-family:${sans}; color:#1d1d1d }
.logo { display:inline-flex; align-items:center; gap:10px; border:2px solid ${dark}; padding:8px 14px; border-radius:4px }
.logo i { flex:none; width:22px; height:22px; background:${accent}; transform:skewX(-15deg) }
.logo b { font: bold 14px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:${dark} }
.big { font: 300 78px ${sans}; letter-spacing:-1px; margin:120px 0 0; color:${dark}; line-height:1 }
.kind { font-size:17px; color:#666; margin:12px 0 70px; letter-spacing:1px }
.lbl { font-size:12px; text-transform:uppercase; letter-spacing:2px; color:#888 }
.nm { font: bold 40px ${sans}; margin:8px 0 44px; line-height:1.15 }
.ti { font: 26px ${serif}; margin:8px 0 44px; line-height:1.3; color:#222 }
.pills { display:flex; gap:14px; flex-wrap:wrap }
.pill { border:1px solid #ccc; border-radius:22px; padding:9px 18px; font-size:15px; background:${light} }
.pill span { color:#777; font-size:12px; text-transform:uppercase; letter-spacing:1px; margin-right:8px }
.qr { position:absolute; right:80px; bottom:70px; display:flex; gap:16px; align-items:flex-end; font: 12px ${sans}; color:#555; text-align:right; line-height:18px }
.grid { display:grid; grid-template-columns:repeat(21, 4px); grid-auto-rows:4px; padding:6px; border:1px solid #ddd; flex:none }
.grid b { background:#111 } .grid s { background:transparent }
.sg { position:absolute; left:86px; bottom:70px; font: 13px ${sans}; color:#444; width:250px; border-top:1px solid #999; padding-top:5px }
.sg span { position:absolute; top:-40px; left:0; font: 30px ${hand}; color:#19306b; white-space:nowrap }
</style>
<div class="bar"></div>
<div class="w">
 <div class="logo"><i></i><b>${org}</b></div>
 <div class="big">${big}</div>
 <div class="kind">${kind_line}</div>
 <div class="lbl">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="lbl">${for_label}</div>
 <div class="ti">${title}</div>
 <div class="pills">
  <div class="pill"><span>${date_label}</span>${date}</div>
  <div class="pill"><span>${hours_label}</span>${hours}</div>
  ${extra_pill_html}
 </div>
</div>
<div class="sg"><span>${signer}</span>${signer}, ${signer_role}</div>
<div class="qr"><div>${id_label}<br><b>${cred_id}</b><br>${verify}</div><div class="grid">${qr_html}</div></div>
"""


def _qr(r):
    cells = []
    for y in range(21):
        for x in range(21):
            finder = any(
                (x - ox) in range(7) and (y - oy) in range(7)
                for ox, oy in ((0, 0), (14, 0), (0, 14))
            )
            if finder:
                fx, fy = x % 14 if x >= 14 else x, y % 14 if y >= 14 else y
                on = fx in (0, 6) or fy in (0, 6) or (2 <= fx <= 4 and 2 <= fy <= 4)
            else:
                on = r.random() < 0.45
            cells.append("<b></b>" if on else "<s></s>")
    return "".join(cells)


def fill(d):
    import html

    r = d.rng
    cred = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:14]
    extra = ""
    if d.chance(0.4):
        extra = (
            f'<div class="pill"><span>{d.pick(["Expires", "Valid through"])}</span>'
            f"{html.escape(d.other_date('expiry', 'short_month'))}</div>"
        )
    return {
        "org": d.provider(),
        "big": d.pick(["Certificate", "Certificate", "Credential"]),
        "kind_line": d.pick(
            ["of Completion", "Online Course · Completion", "Continuing Education"]
        ),
        "awarded": d.pick(["Awarded to", "Issued to", "Recipient"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "for_label": d.pick(["For completing", "Course", "In recognition of completing"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "date_label": d.pick(["Issued", "Completed", "Date"]),
        "date": d.date(d.pick(["short_month", "long", "iso", "dmy_long"])),
        "hours_label": d.pick(["CEC hours", "Credit", "Hours"]),
        "hours": d.hours_number(),
        "extra_pill_html": extra,
        "signer": d.person(),
        "signer_role": d.pick(["Program Director", "Lead Instructor", d.role()]),
        "id_label": d.pick(["Credential ID", "Certificate no."]),
        "cred_id": cred,
        "verify": f"verify.{slug}.com/{cred.lower()}",
        "qr_html": _qr(r),
    }
