"""Text set onto a pre-printed certificate blank (the border, crest and
issuer are artwork): "This is to certify that", the name large, "Attended
the <title> <format>", "On <date>", nothing else typeset."""

SOURCE = "mike-eddie/WessexCCP:app/pdfs/certificate_pdf.rb"
KIND = "session"
PAPER = "a4-portrait"
CATEGORIES = ("sentence", "portrait", "provider-in-logo", "ornate")

TEMPLATE = """<style>
.blank { position:absolute; inset:24px; border:10px double ${dark};
  background: radial-gradient(circle at 50% 18%, ${light} 0 90px, transparent 91px) }
.crest { position:absolute; left:50%; top:90px; width:120px; height:130px; margin-left:-60px; background:${dark};
  clip-path:polygon(0 0,100% 0,100% 60%,50% 100%,0 60%) ; color:#fff; font: bold 12px ${serif}; text-align:center; padding-top:40px }
.org { position:absolute; top:240px; width:100%; text-align:center; font: 22px ${display}; color:${dark} }
.x { position:absolute; width:100%; text-align:center; font-family:${face} }
</style>
<div class="blank"></div><div class="crest">${crest}</div><div class="org">${org}</div>
<div class="x" style="top:560px;font-size:20px">This is to certify that</div>
<div class="x" style="top:600px;font-size:36px">${name}</div>
<div class="x" style="top:670px;font-size:20px;padding:0 60px">Attended the ${title} ${format}</div>
<div class="x" style="top:760px;font-size:20px">On ${date}</div>
<div class="x" style="top:1010px;font-size:10px">${fine}</div>
"""


def fill(d):
    org = d.provider()
    return {
        "crest": d.pick(["EST.<br>2009", "CE", "EDU"]),
        "org": org,
        "face": d.fonts[d.pick(["sans", "serif"])],
        "name": d.name("plain"),
        "title": d.title("plain"),
        "format": d.pick(["seminar", "workshop", "lecture", "breakout session"]),
        "date": d.date(d.pick(["iso", "us_numeric", "long", "dd_mon_yyyy"])),
        "fine": f"{d.hours(d.pick(['cecs', 'cec_hours']))} · approval {d.approval()} · {d.web()}",
    }
