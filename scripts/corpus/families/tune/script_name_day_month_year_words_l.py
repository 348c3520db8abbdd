"""Portrait certificate between two patterned border strips (top and foot):
the school appears only as a round monogram and its name beside it at the
top, then a centred stack: the heading, "This is to certify that", the
holder's name in a large script, the course-requirements line, the course,
its length, the date split into its day, month and year ("On the ... Day of
... In the Year ..."), the place ("At: ..."), "Signed," with a handwritten
signature over the signer's printed name, and a small certificate number."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "split-date",
    "seal",
    "pattern",
)

TEMPLATE = """<style>
.strip { position:absolute; left:0; right:0; height:44px;
  background: repeating-linear-gradient(-45deg, ${dark} 0 10px, ${accent} 10px 14px, ${dark} 14px 24px) }
.strip.top { top:0; border-bottom:4px solid ${accent} } .strip.foot { bottom:0; border-top:4px solid ${accent} }
.w { position:absolute; left:70px; right:70px; top:78px; bottom:80px; text-align:center; font-family:${serif}; color:#222;
  display:flex; flex-direction:column; align-items:center }
.logo { display:flex; align-items:center; gap:12px; margin-bottom:34px }
.mk { width:62px; height:62px; border-radius:50%; background:${dark}; color:#fff; font: bold 20px ${display};
  display:flex; align-items:center; justify-content:center; border:3px solid ${accent} }
.ln { font: 600 16px ${sans}; letter-spacing:2px; font-variant:small-caps; color:${dark}; text-align:left }
.hd { font: 46px ${display}; color:${dark}; margin-bottom:30px }
.p { font-size:19px; font-style:italic; margin:8px 0 }
.nm { font: 62px ${script}; color:${accent}; margin:10px 0 14px; line-height:76px }
.co { font: bold 28px ${serif}; margin:8px 20px 6px; line-height:36px }
.hr { font-size:16px; color:#444; margin-bottom:24px }
.dt { font-size:19px; margin:6px 0 } .dt span { font-weight:bold }
.at { font-size:17px; margin-bottom:34px }
.sg { margin-top:auto; align-self:flex-start; margin-left:60px; text-align:left; font-size:16px }
.sg .i { font: 36px ${hand}; color:#1b2f6b; border-bottom:1px solid #333; width:300px; padding:0 8px; line-height:44px }
.sg .n { margin-top:4px; line-height:20px }
.no { position:absolute; right:70px; bottom:60px; font: 11px ${mono}; color:#555 }
.seal { position:absolute; right:96px; bottom:108px; width:116px; height:116px; border-radius:50%; background:${accent};
  box-shadow: 0 0 0 5px #fff, 0 0 0 8px ${accent}; color:#fff; font: bold 12px ${sans}; letter-spacing:1px; display:flex;
  align-items:center; justify-content:center; text-align:center; line-height:16px }
</style>
<div class="strip top"></div>
<div class="w">
 <div class="logo"><div class="mk">${mark}</div><div class="ln">${org}</div></div>
 <div class="hd">${heading}</div>
 <div class="p">This is to certify that</div>
 <div class="nm">${name}</div>
 <div class="p">${requirements}</div>
 <div class="co">${title}</div>
 <div class="hr">${hours_line}</div>
 <div class="dt">On the <span>${day}</span> Day of <span>${month}</span> In the Year <span>${year}</span></div>
 <div class="at">At: ${place}.</div>
 <div class="sg">Signed,<div class="i">${ink}</div><div class="n">${signer}<br>${role}</div></div>
</div>
<div class="seal">${seal_html}</div>
<div class="no">${number}</div>
<div class="strip foot"></div>
"""


def fill(d):
    from corpus.formats import MONTHS, ORDINAL_WORDS, suffix

    org = d.provider()
    words = [w for w in (d.org_alt or org).replace("&", " ").split() if w[0].isupper()]
    day_n = d.completed.day
    day = d.pick([f"{day_n}{suffix(day_n)}", ORDINAL_WORDS[day_n].capitalize()])
    month = MONTHS[d.completed.month - 1]
    year = str(d.completed.year)
    d.put(
        "completion_date",
        d.completed.isoformat(),
        f"{day} Day of {month} In the Year {year}",
    )
    shape, style = d.pick(
        [
            ("({})", "cec_hours"),
            ("({})", "iicrc_cec"),
            ("{} of instruction", "hours_title"),
            ("{} of instruction", "cec_hours"),
            ("Course length: {}", "hours_title"),
            ("{}", "credit_hours"),
        ]
    )
    hours_line = shape.format(d.hours(style))
    signer = d.person()
    mark = "".join(w[0] for w in words[:3])
    return {
        "mark": mark,
        "org": org,
        "heading": d.pick(["Certificate of Completion", "Certificate of Training", "Certificate"]),
        "name": d.name("plain"),
        "requirements": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfied all course requirements for",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "hours_line": hours_line,
        "day": day,
        "month": month,
        "year": year,
        "place": d.pick([d.city(), d.venue(), f"{d.city()}, USA"]),
        "ink": signer if d.chance(0.7) else signer.split()[-1],
        "signer": signer,
        "role": d.role(),
        "seal_html": d.pick(["OFFICIAL<br>SEAL", "CERTIFIED", f"{mark}<br>SEAL"]),
        "number": d.number(d.pick(["Certificate No. ", "No. ", "Cert # "])),
    }
