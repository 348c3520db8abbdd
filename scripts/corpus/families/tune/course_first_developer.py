"""Landscape page with a border: the course name printed first and large at
the top, "presented to" in italics, the holder's name bold, a line with the
date and credit, and at the foot two signature lines labelled for the
employer and the training developer; the provider appears only in a
"Developed and Authored by" block with its street address on the right."""

SOURCE = "jamiepratt/moodle-mod_certificate:type/shipmate/certificate_base.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("landscape", "labelled", "address", "big-serif-title", "ornate")

TEMPLATE = """<style>
.b1 { position:absolute; inset:16px; border:7px solid ${dark} } .b2 { position:absolute; inset:28px; border:2px solid ${accent} }
.c { position:absolute; left:70px; right:70px; top:140px; text-align:center; font-family:${serif} }
.t { font: 44px ${display}; line-height:54px; color:${dark} }
.p { font: italic 24px ${serif}; margin-top:56px } .n { font: bold 40px ${serif}; margin-top:18px }
.d { font: 19px ${serif}; margin-top:40px }
.sg { position:absolute; left:100px; bottom:92px; display:flex; gap:40px; font: bold 12.5px ${serif} }
.sg div { width:190px; border-top:1px solid #222; padding-top:5px }
.dev { position:absolute; right:96px; bottom:80px; width:260px; font: 13px ${serif}; line-height:18px }
.dev i { display:block; margin-bottom:4px } .dev b { font-size:14.5px }
</style>
<div class="b1"></div><div class="b2"></div>
<div class="c">
 <div class="t">${title}</div>
 <div class="p">${presented}</div>
 <div class="n">${name}</div>
 <div class="d">${line}</div>
</div>
<div class="sg"><div>Employer Signature</div><div>${dev_sig_label}</div></div>
<div class="dev"><i>${dev_label}</i><b>${org}</b><br>${street}<br>${town}<br>Tel: ${phone}<br>${web}</div>
"""


def fill(d):
    street, town = d.address()
    date = d.date(d.pick(["long", "ordinal", "dmy_long", "us_numeric"]))
    hours = d.hours(d.pick(["credit_hours", "hours_title", "cec_hours"]))
    return {
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "presented": d.pick(["presented to", "is presented to", "awarded to"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "line": d.pick(
            [f"{date} · {hours}", f"Completed {date} — {hours}", f"Date: {date} | {hours}"]
        ),
        "dev_sig_label": d.pick(["Training Developer Signature", "Instructor Signature"]),
        "dev_label": d.pick(["Developed and Authored by:", "Course developed by:"]),
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
    }
