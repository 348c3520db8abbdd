"""A LaTeX award sheet on a tinted wallpaper: a wide frame built from a
repeated ornament (the umrand border font), inside it a narrow centred
column set large: the issuing body in small italic capitals over two lines,
a short italic verb phrase, a small-capitals award line flanked by two round
marks, "to" and the holder's name in a calligraphic face, a tiny line of
praise and the course in tiny bold, then a two-column signature table whose
lower rows hold the signer and body on the left and the place and date on
the right."""

SOURCE = "esix2/latex_certificate:certificate.tex"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "ornate",
    "script-name",
    "landscape",
    "sentence",
    "distractor-person",
    "letter-spaced",
)

TEMPLATE = """<style>
.wp { position:absolute; inset:0; background:
  radial-gradient(circle at 20% 30%, rgba(120,90,40,0.07) 0 2px, transparent 3px) 0 0/26px 26px,
  radial-gradient(circle at 70% 80%, rgba(120,90,40,0.05) 0 1px, transparent 2px) 0 0/17px 17px, ${paper} }
.fr { position:absolute; inset:34px 44px; border:24px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${ink} 0 3px, transparent 3px 7px, ${ink2} 7px 9px, transparent 9px 14px) 24; }
.fr2 { position:absolute; inset:66px 76px; border:2px solid ${ink}; outline:1px solid ${ink}; outline-offset:5px }
.cor { position:absolute; width:34px; height:34px; background:${ink}; transform:rotate(45deg);
  box-shadow: 0 0 0 4px ${paper}, 0 0 0 6px ${ink} }
.k1 { left:59px; top:49px } .k2 { right:59px; top:49px } .k3 { left:59px; bottom:49px } .k4 { right:59px; bottom:49px }
.col { position:absolute; left:50%; top:50%; width:${colw}px; transform:translate(-50%,-50%); text-align:center; color:${ink} }
.org { font: italic 17px ${display}; font-variant:small-caps; letter-spacing:2px; line-height:23px }
.aw { font: italic 22px ${serif}; margin-top:34px; color:#111 }
.row { display:flex; align-items:center; justify-content:center; gap:20px; margin-top:16px }
.mk { width:38px; height:38px; border-radius:50%; border:3px double ${ink}; display:flex; align-items:center; justify-content:center;
  font: bold 11px ${sans}; color:${ink} }
.awl { font: 21px ${serif}; font-variant:small-caps; letter-spacing:3px; color:#111 }
.to { font: italic 20px ${serif}; margin-top:30px; color:#222 }
.nm { font: ${nsize}px ${calli}; line-height:${nline}px; color:#111; margin-top:2px }
.pr { font: 13px ${serif}; margin-top:12px; color:#333 }
.ti { font: bold 15px ${serif}; margin-top:8px; color:#111; line-height:20px }
.hr { font: 12px ${serif}; margin-top:5px; color:#333 }
table { margin:56px auto 0; border-collapse:collapse; font: 12px ${serif}; color:#222 }
td { width:260px; text-align:left; padding:1px 18px; line-height:17px }
td.ln { height:30px; vertical-align:bottom } td.ln span { display:block; border-bottom:1px solid #333; height:26px;
  font: 24px ${hand}; color:#234; line-height:30px; overflow:hidden }
</style>
<div class="wp"></div><div class="fr"></div><div class="fr2"></div>
<span class="cor k1"></span><span class="cor k2"></span><span class="cor k3"></span><span class="cor k4"></span>
<div class="col">
 <div class="org">${org_line1}<br>${org_line2}</div>
 <div class="aw">${awards}</div>
 <div class="row"><span class="mk">${mark1}</span><span class="awl">${award_line}</span><span class="mk">${mark2}</span></div>
 <div class="to">${to}</div>
 <div class="nm">${name}</div>
 <div class="pr">${praise}</div>
 <div class="ti">${title}</div>
 <div class="hr">${hours_line}</div>
 <table>
  <tr><td class="ln"><span>${sig_hand}</span></td><td class="ln"><span></span></td></tr>
  <tr><td>${signer}</td><td>${place}</td></tr>
  <tr><td>${org_short}</td><td>${date}</td></tr>
 </table>
</div>
"""

PAPERS = ["#f7f0dc", "#f3ecdf", "#eef0e6", "#f6efe9"]
CALLIGRAPHIC = ["'Z003'", "'Dancing Script'", "'Kaushan Script'", "'Kristi'", "'Lobster Two'"]
INKS = [
    ("#3a0d0d", "#7a4a2a"),
    ("#1c2a44", "#6a7a9a"),
    ("#2b2b2b", "#8a7a5a"),
    ("#203a2a", "#7a8a5a"),
]


def _split(org):
    words = org.split()
    if len(words) < 3:
        return org, ""
    cut = (len(words) + 1) // 2
    return " ".join(words[:cut]), " ".join(words[cut:])


def fill(d):
    org = d.provider()
    line1, line2 = _split(org)
    if d.chance(0.4):
        line1, line2 = (
            org,
            d.pick(["Continuing Education Office", "Board of Instructors", "Training Committee"]),
        )
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    hours_line = ""
    if d.chance(0.75):
        hours = d.hours(d.pick(["cec_hours", "hours_title", "words_cec", "cecs"]))
        hours_line = d.pick([f"({hours})", f"awarding {hours}", hours])
    ink, ink2 = d.pick(INKS)
    year = d.completed.year
    long_name = len(name) > 24
    signer = d.person()
    return {
        "calli": f"{d.pick(CALLIGRAPHIC)}, cursive",
        "paper": d.pick(PAPERS),
        "ink": ink,
        "ink2": ink2,
        "colw": d.pick([640, 680, 700]),
        "nsize": 40 if long_name else 50,
        "nline": 54 if long_name else 64,
        "org_line1": line1,
        "org_line2": line2,
        "awards": d.pick(["awards the", "confers the", "presents the"]),
        "mark1": d.pick(["CE", "✦", str(year)[2:]]),
        "mark2": d.pick(["✦", "IICRC", "CEC"])[:5],
        "award_line": d.pick(
            [
                f"Certificate of Completion {year}",
                f"Technician Award of {year}",
                "Certificate of Achievement",
                f"Course Award {year}",
            ]
        ),
        "to": d.pick(["to", "to", "upon"]),
        "name": name,
        "praise": d.pick(
            [
                "for the successful completion of the course",
                "in recognition of having completed all requirements of",
                "for outstanding performance in",
            ]
        ),
        "title": title,
        "hours_line": hours_line,
        "sig_hand": signer.split()[-1] if d.chance(0.7) else "",
        "signer": f"{d.pick(['', 'Dr. ', 'Prof. '])}{signer}",
        "org_short": d.pick([org, d.role()]),
        "place": d.city(),
        "date": d.date(d.pick(["long", "dmy_long", "ordinal", "short_month"])),
    }
