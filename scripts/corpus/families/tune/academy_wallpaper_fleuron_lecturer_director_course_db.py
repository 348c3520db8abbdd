"""A training-centre certificate typeset with a tiled wallpaper border: a logo
at each side of a two-line coloured heading naming the school, a huge red
CERTIFICATE with fleurons under it, then one centred, widely spaced
sentence with the name in bold sans capitals, the course in italic quotes,
the town and the period; the lecturer and the director sign on rules at the
foot."""

SOURCE = "TodorBalabanov/Bulgarian-Academy-of-Sciences-Training-Center-Certificate:certificate.tex"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "ornate",
    "sentence",
    "landscape",
    "date-range",
    "distractor-person",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.wall { position:absolute; inset:0; background:
  repeating-linear-gradient(45deg, ${accent} 0 5px, transparent 5px 14px),
  repeating-linear-gradient(-45deg, ${dark} 0 2px, ${light} 2px 14px) }
.in { position:absolute; inset:34px; background:#fff; border:2px solid ${dark} }
.w { position:absolute; inset:58px 76px 52px; display:flex; flex-direction:column; font-family:'TeX Gyre Schola', ${serif} }
.top { display:flex; align-items:center; justify-content:space-between }
.lg { width:112px; height:112px; border-radius:50%; border:3px double ${dark}; display:flex; align-items:center; justify-content:center;
  font:bold 28px ${display}; color:${dark} }
.lg.r { border-radius:8px; font-size:13px; font-family:${sans}; text-align:center; padding:8px; letter-spacing:1px }
.hd { flex:1; text-align:center; color:#6a1b9a; font-weight:bold; font-size:22px; line-height:30px; padding:0 18px }
.hd small { display:block; font-size:14px; letter-spacing:2px; color:#444 }
.big { text-align:center; margin-top:14px; font-size:54px; font-weight:bold; color:#b40000; letter-spacing:4px }
.orn { text-align:center; font:26px 'DejaVu Sans', sans-serif; color:#d88; margin-top:2px } .orn b { color:${accent}; font-weight:normal }
.tx { flex:1; display:flex; flex-direction:column; justify-content:center; text-align:center; font-size:21px; line-height:44px }
.nm { display:block; font:bold 38px ${sans}; color:#c00000; line-height:64px }
.ti { font-style:italic; font-size:24px; color:#0000b0; font-weight:bold }
.sg { display:flex; justify-content:space-between; font-size:14px }
.sg div { width:34%; text-align:center; border-top:0.5px solid #000; padding-top:4px; line-height:19px }
</style>
<div class="wall"></div><div class="in"></div>
<div class="w">
 <div class="top"><div class="lg">${initials}</div>
  <div class="hd"><small>${pre_org}</small>${org}</div>
  <div class="lg r">${right_logo_html}</div></div>
 <div class="big">${heading}</div>
 <div class="orn">&#10087;&nbsp;&nbsp;<b>&#10086;</b>&nbsp;&nbsp;&#9753;</div>
 <div class="tx"><div>${lead}<span class="nm">${name}</span>${did} <span class="ti">&ldquo;${title}&rdquo;</span>,<br>${where} ${range}${hours_part}.</div></div>
 <div class="sg"><div>${lecturer}<br>${lecturer_role}</div><div>${director}<br>${director_role}</div></div>
</div>
"""


def fill(d):
    org = d.provider("upper")
    initials = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    name = d.name(d.pick(["upper", "upper", "plain"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    rng = d.date_range(d.pick([1, 2, 2, 4]))
    hours_part = ""
    if d.chance(0.8):
        hours_part = (
            ", "
            + d.pick(["with a total of ", "comprising ", "for "])
            + d.hours(d.pick(["cec_hours", "words", "hours_title", "cecs"]))
        )
    return {
        "initials": initials,
        "pre_org": d.pick(
            ["Training Centre", "Continuing Education Division", "School of Restoration"]
        ),
        "org": org,
        "right_logo_html": d.pick(
            ["IICRC<br>Approved<br>School", "CEC<br>Approved", "Est.<br>1998"]
        ),
        "heading": d.pick(["CERTIFICATE", "CERTIFICATE", "ATTESTATION"]),
        "lead": d.pick(
            [
                "This certificate attests that",
                "The present certificate confirms that",
                "This is to certify that",
            ]
        ),
        "name": name,
        "did": d.pick(
            [
                "has successfully completed the accelerated course",
                "successfully completed the course",
                "has completed the training course",
            ]
        ),
        "title": title,
        "where": f"organised in {d.city()}, in the period",
        "range": rng,
        "hours_part": hours_part,
        "lecturer": d.person(),
        "lecturer_role": d.pick(["Lecturer", "Course Instructor", "IICRC Approved Instructor"]),
        "director": d.person(),
        "director_role": d.pick(["Director", "Director of the Training Centre", "Head of School"]),
    }
