"""A full-bleed printed background, the word CERTIFICATE huge across the top,
"of Completion" under it, "This certificate is awarded to:", the name in a
very large script, a line of text and a signature image area."""

SOURCE = "Advenian/Cenerator:resources/views/certif1.blade.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("script-name", "sentence", "landscape", "ornate", "big-serif-title")

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:
  linear-gradient(115deg, ${dark} 0 16%, transparent 16.2%), linear-gradient(295deg, ${accent} 0 10%, transparent 10.2%), ${light} }
.w { position:absolute; inset:0; text-align:center; padding-top:40px; font-family:${display} }
.t { font-size:${big}px; letter-spacing:4px; line-height:1 } .s { font-size:40px } .ss { font: 20px ${sans}; margin-top:16px }
.n { font-family:${script}; font-size:${name_px}px; line-height:1.25; margin:0 60px } .tx { font: 16px ${sans}; margin:0 150px; line-height:24px }
.sig { position:absolute; right:120px; bottom:60px; font: 13px ${sans}; border-top:1px solid #333; padding-top:4px; width:220px }
</style>
<div class="bg"></div>
<div class="w">
 <div class="t">CERTIFICATE</div>
 <div class="s">of Completion</div>
 <div class="ss">This certificate is awarded to:</div>
 <div class="n">${name}</div>
 <div class="tx">${text}</div>
</div>
<div class="sig">${signer}<br>${role}</div>
"""


def fill(d):
    title = d.title()
    org = d.provider()
    date = d.date(d.pick(["long", "ordinal", "dd_mon_yyyy"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "words"]))
    text = d.pick(
        [
            f"in recognition of completing {title} ({hours}) with {org} on {date}.",
            f"for {title}, {hours}, completed {date} through {org}.",
        ]
    )
    return {
        "big": d.pick([96, 110, 120]),
        "name_px": d.pick([70, 80, 88]),
        "name": d.name("plain"),
        "text": text,
        "signer": d.person(),
        "role": d.role(),
    }
