"""A condensed display heading, "This is Presented to :", the name in a script
face at about 90 px, "For completing learning course :" over the bold title,
a two-cell row with the dates from/to and the signature, and a 10 px
validity line."""

SOURCE = "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "script-name",
    "date-range",
    "tiny-footer",
    "landscape",
    "sentence",
    "distractor-person",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; border:18px solid ${light}; outline:2px solid ${accent}; outline-offset:-26px }
.w { position:absolute; inset:0; text-align:center; font-family:${sans}; color:#414042 }
.title { font: 48px ${cond}; margin-top:92px; letter-spacing:1px }
.action { font: 18px ${cond}; color:#594741; margin-top:38px }
.name { font-family:${script}; font-size:${name_px}px; color:#594741; margin-top:4px; line-height:1.2 }
.reason { font-size:15px; width:60%; margin:8px auto 0; line-height:22px }
table.info { width:560px; margin:34px auto 0; font-size:13px }
.cd { border-top:1px solid #414042; letter-spacing:2px; font-size:12px; padding-top:4px }
.validity { position:absolute; bottom:44px; width:100%; font-size:8px }
</style>
<div class="bg"></div>
<div class="w">
 <div class="title">${heading}</div>
 <div class="action">This is Presented to :</div>
 <div class="name">${name}</div>
 <div class="reason">For completing learning course :<br><br><strong>${title}</strong><br>${hours}</div>
 <table class="info"><tr>
  <td style="width:45%">${range}</td><td></td><td style="width:45%;font-family:${hand};font-size:22px">${signer}</td></tr>
  <tr><td class="cd">${dates_label}</td><td></td><td class="cd">${signer}, ${role}</td></tr></table>
 <div class="validity">${validity}</div>
</div>
"""


def fill(d):
    org = d.provider()
    return {
        "heading": d.pick(["Certificate of Completion", "CERTIFICATE OF COMPLETION"]),
        "name": d.name("plain"),
        "name_px": d.pick([64, 72, 84, 90]),
        "title": d.title(),
        "hours": d.hours(d.pick(["cec_hours", "iicrc_cec", "ceu_and_cec"])),
        "range": d.date_range(d.pick([1, 2])),
        "dates_label": d.pick(["Course dates", "Attended"]),
        "signer": d.person(),
        "role": d.role(),
        "validity": f"Issued by {org}. This certificate is valid without signature when verified at "
        f"{d.web()}. Certificate no. {d.number()}.",
    }
