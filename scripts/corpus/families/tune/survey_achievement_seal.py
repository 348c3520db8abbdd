"""A landscape certification printed by an ERP's survey/quiz app: a tinted
page with a slanted colour block down the left edge, a two-line heading
(a big bold word over a smaller line), a short centred run of text naming the
company and the quiz passed, a rosette seal in the upper right, and a bottom
row with the date standing over a small caption on the left and the
company's logo on the right. A zero-padded certification number sits in the
corner, and an editable block under the course can carry the score, the
credit and a validity line the company typed in."""

SOURCE = (
    "odoo/odoo:addons/survey/report/survey_templates.xml (with static/src/scss/survey_reports.scss)"
)
KIND = "course"
PAPER = ["a4-landscape", "a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "provider-in-logo",
    "seal",
    "distractor-date",
    "no-hours",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${tint} }
.band { position:absolute; left:0; top:0; bottom:0; width:170px; background:${theme};
  clip-path: polygon(0 0, 100% 0, 62% 100%, 0 100%) }
.band2 { position:absolute; left:0; top:0; bottom:0; width:215px; background:${theme2}; opacity:0.55;
  clip-path: polygon(78% 0, 100% 0, 70% 100%, 48% 100%) }
.wrap { position:absolute; left:250px; right:70px; top:64px; bottom:54px; font-family:${face}; color:#333 }
h1 { margin:0; font: 700 64px ${face}; color:${theme}; line-height:64px; letter-spacing:0.5px }
h1 span { display:block; font: 400 30px ${face}; color:#555; margin-top:4px; letter-spacing:1px }
.seal { position:absolute; right:64px; top:52px; width:120px; height:120px; border-radius:50%;
  background: repeating-conic-gradient(${theme} 0 7deg, ${theme2} 7deg 14deg); display:flex; align-items:center; justify-content:center }
.seal div { width:86px; height:86px; border-radius:50%; background:${tint}; border:3px solid ${theme}; color:${theme};
  font: bold 12px ${face}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:15px }
.body { margin-top:54px; font-size:19px; line-height:34px; width:78% }
.nm { display:block; font: ${name_weight} 44px ${name_face}; color:#222; line-height:64px; margin:4px 0 }
.co { font-weight:bold; color:${theme} }
.crs { display:block; font-weight:bold; font-size:24px; line-height:32px; margin-top:6px; color:#222 }
.extra { margin-top:18px; font-size:14.5px; line-height:22px; color:#444 }
.bot { position:absolute; left:0; right:0; bottom:36px; display:flex; justify-content:space-between; align-items:flex-end }
.dt { min-width:220px; text-align:center; font-size:17px } .dt b { display:block; font-weight:normal; padding-bottom:4px; border-bottom:1px solid #666 }
.dt small { display:block; font-size:12px; color:#666; margin-top:4px; letter-spacing:1px }
.logo { display:flex; align-items:center; gap:10px } .mk { width:58px; height:58px; border-radius:${mk_radius}; background:${theme};
  color:#fff; font: bold 22px ${sans}; display:flex; align-items:center; justify-content:center }
.logo .ln { font: bold 17px ${sans}; color:#333; max-width:250px; line-height:21px }
.no { position:absolute; right:0; bottom:0; font-size:11.5px; color:#777; letter-spacing:0.5px }
</style>
<div class="pg"></div><div class="band"></div><div class="band2"></div>
<div class="seal"><div>${seal}</div></div>
<div class="wrap">
 <h1>${word}<span>${sub}</span></h1>
 <div class="body">${presented}
  <span class="nm">${name}</span>
  ${by} <span class="co">${company}</span> ${for_completing}
  <span class="crs">${title}</span>
  <div class="extra">${extra_html}</div>
 </div>
 <div class="bot">
  <div class="dt"><b>${date}</b><small>${date_label}</small></div>
  <div class="logo"><div class="mk">${initials}</div><div class="ln">${logo_name}</div></div>
 </div>
 <div class="no">${number_label}${number}</div>
</div>
"""

THEMES = [
    ("#714b67", "#c9a0bd", "#fbf8fa"),  # the default purple
    ("#b8860b", "#e9d08a", "#fffdf5"),  # gold
    ("#1f5f8b", "#9cc3e0", "#f7fbfe"),  # blue
]


def fill(d):
    import html

    theme, theme2, tint = d.pick(THEMES)
    org = d.provider()
    short = d.org_alt or org
    initials = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:2]
    extra = []
    if d.chance(0.6):
        score = d.rng.randrange(80, 101)
        extra.append(
            d.pick(
                [
                    f"Score: {score}%",
                    f"Final score {score} % (passing score {d.pick([70, 75, 80])} %)",
                    f"Quiz result: {score}/100",
                ]
            )
        )
    if d.chance(0.65):
        extra.append(
            html.escape(d.hours(d.pick(["cec_hours", "iicrc_cec", "credit_hours", "hrs"])))
        )
    if d.chance(0.4):
        extra.append(f"Valid until {html.escape(d.other_date('expiry'))}")
    number = str(d.rng.randrange(40, 99999)).rjust(10, "0")
    return {
        "theme": theme,
        "theme2": theme2,
        "tint": tint,
        "face": d.pick(["'Roboto', sans-serif", d.fonts["sans"]]),
        "name_face": d.pick(["'Roboto', sans-serif", d.fonts["script"], d.fonts["serif"]]),
        "name_weight": d.pick(["400", "500"]),
        "mk_radius": d.pick(["50%", "10px", "0"]),
        "seal": d.pick(["CERTIFIED", "PASSED", "ACHIEVED"]),
        "word": "Certificate",
        "sub": d.pick(["of achievement", "of Achievement", "of completion"]),
        "presented": d.pick(
            ["This certificate is presented to", "This certification is presented to"]
        ),
        "name": d.name(d.pick(["plain", "plain", "plain", "upper"])),
        "by": "by",
        "company": org,
        "for_completing": "for successfully completing",
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "extra_html": "<br>".join(extra),
        "date": d.date(d.pick(["us_numeric", "us_numeric", "long", "short_month", "iso"])),
        "date_label": d.pick(["Date", "DATE"]),
        "initials": initials or "CE",
        "logo_name": short,
        "number_label": d.pick(["Certification n°", "Certification n° ", "Certification No. "]),
        "number": number,
    }
