"""A landscape completion certificate printed over a framed background: a
condensed capitals heading, "presented to" with the holder in a large script
face, the course introduced on its own line, then a borderless two-cell row
with the training dates on the left and the signature on the right, each with
a small spaced caption under its rule. A validity line, a QR square and a
certificate id close the page; the school appears only as a logo block."""

SOURCE = (
    "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php "
    "(LMS certificate: background frame, Oswald title, 'This is Presented to :', Great Vibes "
    "recipient, 'For completing learning course :', info table with date span and signature, "
    "validity line, QR code)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "script-name",
    "date-range",
    "landscape",
    "ornate",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "table",
    "qr",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:18px; border:10px solid ${dark}; }
.fr2 { position:absolute; inset:34px; border:2px solid ${accent}; }
.cornr { position:absolute; width:120px; height:120px; background: linear-gradient(135deg, ${accent} 0 50%, transparent 50%); opacity:0.85 }
.lg { position:absolute; top:62px; left:0; right:0; display:flex; align-items:center; justify-content:center; gap:14px }
.lg .m { width:46px; height:46px; transform:rotate(45deg); background:${dark}; display:flex; align-items:center; justify-content:center }
.lg .m span { transform:rotate(-45deg); color:#fff; font: bold 15px ${display} }
.lg .wm { font: bold 15px ${cond}; text-transform:uppercase; letter-spacing:1.5px; color:${dark}; white-space:nowrap }
.w { position:absolute; left:90px; right:90px; top:160px; text-align:center; color:#414042 }
.tt { font: bold 46px ${cond}; letter-spacing:3px; text-transform:uppercase }
.ac { font: 18px ${cond}; color:#594741; margin-top:30px; letter-spacing:1px }
.nm { font: 64px ${script}; color:#594741; margin-top:4px; line-height:82px }
.rs { font: 15px ${sans}; margin-top:6px; line-height:22px }
.rs b { display:block; font-size:22px; margin-top:6px; color:#222 }
.rs .hr { font-size:14px; margin-top:6px }
table.info { margin:56px auto 0; border-collapse:collapse }
.info td { width:300px; text-align:center; vertical-align:bottom; font: 15px ${sans}; color:#414042 }
.info td.sp { width:90px }
.info .v { height:38px; border-bottom:1px solid #414042; padding-bottom:3px }
.info .v .sg { font: 28px ${hand}; color:#1b2a5c }
.info .c { font-size:10.5px; letter-spacing:1px; padding-top:4px; text-transform:uppercase }
.va { font: 11.5px ${sans}; text-align:center; margin-top:22px; color:#414042 }
.qr { position:absolute; right:74px; bottom:64px; width:78px; height:78px; background:#fff; padding:4px }
.qr .px { position:absolute; inset:4px; background: repeating-conic-gradient(#111 0 25%, #fff 0 50%) 0 0 / 7px 7px, repeating-conic-gradient(#111 0 25%, #fff 0 50%) 3px 2px / 11px 13px; background-blend-mode:multiply }
.qr .f { position:absolute; width:22px; height:22px; border:4px solid #111; background:#fff; box-shadow: inset 0 0 0 3px #fff, inset 0 0 0 8px #111 }
.id { position:absolute; left:66px; bottom:60px; font: 11px ${mono}; color:#333; line-height:15px }
</style>
<div class="fr"></div><div class="fr2"></div>
<div class="cornr" style="left:28px;top:28px"></div>
<div class="cornr" style="right:28px;bottom:28px;transform:rotate(180deg)"></div>
<div class="lg"><div class="m"><span>${mark}</span></div><div class="wm">${provider}</div></div>
<div class="w">
 <div class="tt">${heading}</div>
 <div class="ac">${presented}</div>
 <div class="nm">${name}</div>
 <div class="rs">${reason}<b>${title}</b><div class="hr">${hours}</div></div>
 <table class="info"><tr>
  <td><div class="v">${dates}</div><div class="c">${dates_cap}</div></td><td class="sp"></td>
  <td><div class="v"><span class="sg">${signer}</span></div><div class="c">${signer}, ${role}</div></td>
 </tr></table>
 <div class="va">${valid_label} ${expiry}</div>
</div>
<div class="id">${id_label} ${cert_id}<br>${ap_label} ${approval}</div>
<div class="qr"><div class="px"></div><div class="f" style="left:4px;top:4px"></div><div class="f" style="right:4px;top:4px"></div><div class="f" style="left:4px;bottom:4px"></div></div>
"""


def fill(d):
    provider = d.provider()
    words = [w for w in provider.replace("&", " ").split() if w[:1].isalpha() and w[0].isupper()]
    mark = "".join(w[0] for w in words[:2]) or provider[:2].upper()
    return {
        "mark": mark,
        "provider": provider,
        "heading": d.pick(["Certificate of Completion", "Certificate of Training"]),
        "presented": d.pick(
            ["This is presented to :", "This certificate is presented to", "Awarded to :"]
        ),
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "reason": d.pick(
            [
                "For completing learning course :",
                "For successfully completing the course",
                "For completion of",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code", "plain"])),
        "hours": d.hours(
            d.pick(["words", "cec_hours", "contact_and_cec", "ceu_and_cec", "hours_title"])
        ),
        "dates": d.date_range(d.pick([1, 2, 2])),
        "dates_cap": d.pick(["Training dates", "Date of course", "Course dates"]),
        "signer": d.person(),
        "role": d.pick(["Lead Instructor", "Director of Training", "Course Director"]),
        "valid_label": d.pick(["This certificate is valid until", "Valid through", "Recertify by"]),
        "expiry": d.other_date("expiry", d.pick(["long", "us_numeric", "short_month"])),
        "id_label": d.pick(["Certificate ID:", "Cert. No.", "Verify ID:"]),
        "cert_id": d.number(),
        "ap_label": d.pick(["Course approval:", "IICRC approval #", "Approval no."]),
        "approval": d.approval(),
    }
