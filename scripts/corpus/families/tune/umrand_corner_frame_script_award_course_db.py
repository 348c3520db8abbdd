"""An award-style certificate inside a typeset ornamental frame (rules with
fleurons in the corners and mid-sides): the awarding body in small capitals
at the top, "awards the" in italics, the certificate's name flanked by two
small emblems, "to" and the holder in a large script hand, the course in
bold, and a small two-column block of signature rules with the signer,
the place and the date under it."""

SOURCE = "esix2/latex_certificate:certificate.tex"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "ornate",
    "script-name",
    "sentence",
    "portrait",
    "distractor-person",
    "seal",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:40px; border:3px double ${dark} }
.f2 { position:absolute; inset:52px; border:1px solid ${accent}; outline:6px solid ${light}; outline-offset:-8px }
.cn { position:absolute; font:34px 'DejaVu Sans', sans-serif; color:${accent}; width:44px; height:44px; line-height:44px; text-align:center; background:#fff }
.ms { position:absolute; font:22px 'DejaVu Sans', sans-serif; color:${dark}; background:#fff; padding:0 8px }
.w { position:absolute; inset:110px 96px 100px; display:flex; flex-direction:column; justify-content:space-between; align-items:center; text-align:center; font-family:${serif}; color:#3a1010 }
.org { font-variant:small-caps; font-size:27px; letter-spacing:1px; line-height:30px; color:${dark} }
.aw { font-style:italic; font-size:21px; margin-top:20px }
.em { display:flex; align-items:center; gap:20px }
.em .b { width:62px; height:62px; border-radius:50%; border:2px solid ${accent}; font:bold 11px ${sans}; color:${accent}; display:flex; align-items:center; justify-content:center; line-height:12px }
.em .t { font-variant:small-caps; font-size:36px; letter-spacing:1px; max-width:420px }
.to { font-size:20px } .nm { font-family:${script}; font-size:56px; line-height:72px; color:#111; margin-top:10px }
.fo { font-size:17px; font-style:italic } .ti { font-size:27px; font-weight:bold; margin-top:10px; max-width:560px }
.hr { font-size:15px; margin-top:14px }
table { width:100%; border-collapse:separate; border-spacing:22px 0; font-size:12px; color:#333 } td { width:50%; padding:1px 4px; text-align:left }
td.l { border-top:1px solid #333; padding-top:5px }
</style>
<div class="f1"></div><div class="f2"></div>
<div class="cn" style="left:28px;top:28px">&#10086;</div><div class="cn" style="right:28px;top:28px">&#10086;</div>
<div class="cn" style="left:28px;bottom:28px">&#10086;</div><div class="cn" style="right:28px;bottom:28px">&#10086;</div>
<div class="ms" style="left:50%;top:38px;transform:translateX(-50%)">&#10049; &#10049; &#10049;</div>
<div class="ms" style="left:50%;bottom:38px;transform:translateX(-50%)">&#10049; &#10049; &#10049;</div>
<div class="w">
 <div><div class="org">${org}</div>
 <div class="aw">${awards}</div></div>
 <div class="em"><div class="b">${emblem_l_html}</div><div class="t">${heading}</div><div class="b">${emblem_r_html}</div></div>
 <div><div class="to">to</div>
 <div class="nm">${name}</div></div>
 <div><div class="fo">${for_line}</div>
 <div class="ti">${title}</div>
 <div class="hr">${hours_line}</div></div>
 <table><tr><td class="l">${signer}</td><td class="l">${place}</td></tr>
 <tr><td>${signer_role}</td><td>${date}</td></tr></table>
</div>
"""


def fill(d):
    org = d.provider()
    name = d.name("plain")
    title = d.title()
    date = d.date(d.pick(["long", "dmy_long", "ordinal", "words"]))
    hours_line = ""
    if d.chance(0.85):
        h = d.hours(d.pick(["cec_hours", "words_cec", "ceu_and_cec", "cecs"]))
        hours_line = (d.pick(["carrying ", "", "awarded "]) if h[0].isdigit() else "") + h
    return {
        "org": org,
        "awards": d.pick(["awards the", "is pleased to award the", "confers the"]),
        "emblem_l_html": d.pick(
            ["IICRC<br>CEC", "EST.<br>" + str(d.completed.year - d.rng.randrange(8, 30))]
        ),
        "emblem_r_html": d.pick(["SEAL", "CE<br>✓", "OFFICIAL"]),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Proficiency", "Course Certificate"]
        ),
        "name": name,
        "for_line": d.pick(
            [
                "for successful completion of the course",
                "for having satisfied all requirements of",
                "in recognition of completing",
            ]
        ),
        "title": title,
        "hours_line": hours_line,
        "signer": d.person(),
        "signer_role": d.pick(["Course Director", "Lead Instructor", "President"]),
        "place": d.city(),
        "date": date,
    }
