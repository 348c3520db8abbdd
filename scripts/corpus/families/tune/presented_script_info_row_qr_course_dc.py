"""A landscape LMS certificate on a tinted background: a condensed capital
heading, "This is presented to:", the holder's name large in a script face,
"For completing learning course:" and the course in bold, then a borderless
info row with the course dates over a rule on the left and the signature
over a rule on the right, a small validity line and a QR square at the lower
right. The school's name sits only in the corner wordmark."""

SOURCE = "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "script-name",
    "date-range",
    "qr",
    "distractor-person",
    "provider-in-logo",
    "letter-spaced",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${light} }
.bg:before { content:""; position:absolute; left:0; top:0; bottom:0; width:${stripe}px; background:${dark} }
.bg:after { content:""; position:absolute; left:${stripe}px; top:0; bottom:0; width:6px; background:${accent} }
.w { position:absolute; left:${left}px; right:60px; top:0; bottom:0; text-align:center; color:#414042; font-family:${sans} }
.title { margin-top:${title_top}px; font: ${title_px}px ${cond}; letter-spacing:3px; text-transform:uppercase; color:#414042 }
.action { margin-top:34px; font: 18px ${cond}; color:#594741; letter-spacing:1px }
.name { margin-top:10px; font: ${name_px}px ${script}; color:#594741; line-height:1.15 }
.reason { margin:16px auto 0; width:72%; font-size:15px; color:#414042; line-height:22px }
.reason b { display:block; margin-top:6px; font-size:21px; line-height:27px }
.info { position:absolute; left:12%; right:12%; bottom:${info_bottom}px; display:flex; justify-content:space-between }
.cell { width:290px; text-align:center; font-size:14px }
.cell .v { height:38px; display:flex; align-items:flex-end; justify-content:center; padding-bottom:4px; white-space:nowrap }
.cell .h { font: 28px ${hand}; color:#2b3a74 }
.cell .l { border-top:1px solid #414042; padding-top:4px; font-size:11px; letter-spacing:2px; text-transform:uppercase }
.val { position:absolute; left:0; right:0; bottom:${val_bottom}px; font-size:10px; color:#414042; letter-spacing:.5px }
.qr { position:absolute; right:58px; bottom:44px; width:84px; height:84px; border:5px solid #fff;
  background: repeating-linear-gradient(90deg,#111 0 5px,#fff 5px 8px,#111 8px 10px,#fff 10px 15px,#111 15px 19px,#fff 19px 23px),
   repeating-linear-gradient(0deg,#111 0 4px,#fff 4px 9px,#111 9px 11px,#fff 11px 14px,#111 14px 17px,#fff 17px 22px);
  background-blend-mode:difference; outline:1px solid #999 }
.qr:before, .qr:after { content:""; position:absolute; width:22px; height:22px; border:5px solid #111; background:#fff; top:0; left:0 }
.qr:after { left:auto; right:0 }
.brand { position:absolute; top:38px; right:60px; text-align:right; font: bold 15px ${display}; color:${dark}; max-width:360px; line-height:19px }
.brand small { display:block; font: 10px ${sans}; letter-spacing:2px; color:#777; margin-top:3px }
</style>
<div class="bg"></div>
<div class="brand">${org}<small>${brand_tag}</small></div>
<div class="w">
 <div class="title">${heading}</div>
 <div class="action">${presented}</div>
 <div class="name">${name}</div>
 <div class="reason">${for_text}<b>${title}</b></div>
 <div class="info">
  <div class="cell"><div class="v">${dates}</div><div class="l">${dates_label}</div></div>
  <div class="cell"><div class="v"><span class="h">${signer}</span></div><div class="l">${signer}, ${role}</div></div>
 </div>
 <div class="val">${validity}</div>
</div>
<div class="qr"></div>
"""


def fill(d):
    name = d.name("plain")
    n = len(name)
    credit = d.hours(d.pick(["cec_hours", "hours_title", "iicrc_cec"])) if d.chance(0.6) else ""
    validity = f"Certificate ID {d.number()}"
    if credit:
        validity = f"{credit} \u00b7 {validity}"
    if d.chance(0.5):
        validity += f" \u00b7 Valid until {d.other_date('expiry')}"
    stripe = d.pick([0, 18, 34])
    return {
        "stripe": stripe,
        "left": 60 + stripe,
        "org": d.provider(),
        "brand_tag": d.pick(["LEARNING PORTAL", "TRAINING CENTER", "ONLINE ACADEMY"]),
        "title_top": d.pick([100, 120, 140]),
        "title_px": d.pick([44, 48, 52]),
        "heading": d.pick(["Certificate of Completion", "Certificate of Achievement"]),
        "presented": d.pick(
            ["This is presented to:", "This certificate is presented to:", "Proudly presented to"]
        ),
        "name_px": 78 if n < 20 else 64 if n < 26 else 54,
        "name": name,
        "for_text": d.pick(
            [
                "For completing learning course:",
                "For successfully completing the course:",
                "In recognition of completing",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code", "code_first"])),
        "info_bottom": d.pick([120, 140]),
        "dates": d.date_range(d.pick([1, 2, 2, 3, 4])),
        "dates_label": d.pick(["Course dates", "Date of training", "Completed"]),
        "signer": d.person(),
        "role": d.pick(["Instructor", "Training Director", "Lead Instructor"]),
        "val_bottom": d.pick([60, 76]),
        "validity": validity,
    }
