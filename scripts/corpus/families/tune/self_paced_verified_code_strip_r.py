"""A self-paced online course certificate downloaded from an e-learning site,
landscape, inside a thin grey border: a heading row with one large spaced
word and a small line naming the kind of certificate on the left, and the
school's logo mark with its name on the right (the only place the school is
named); two columns under it, the left holding "This is to certify that",
the learner, a sentence about finishing the lessons and the final quiz
with its score, the course title and a closing clause with the credit, the
right holding the course author's signature, name and role; and a tinted
strip along the foot with labelled cells (completed on, enrolled on,
certificate ID as a grouped verification code) and a square code with the
address to check it."""

SOURCE = (
    "kaykhahima/prasdel:build/certificate.php (large 'verified' word over the certificate type, "
    "logo at the right, certify sentence beside the signer, footer of issued date and valid "
    "certificate ID) and xiehaigrey/certificate:certificate.md (QR certificate verification)"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "labelled",
    "qr",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.bd { position:absolute; inset:24px; border:1px solid #c9c9c9; border-radius:${radius}px; background:${paper} }
.w { position:absolute; left:64px; right:64px; top:58px; bottom:40px; font-family:${sans}; color:#1e1e1e;
  display:flex; flex-direction:column; padding-bottom:106px }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.big { font: ${big_weight} ${big_size}px ${head}; letter-spacing:${big_ls}px; color:${accent}; text-transform:uppercase; line-height:1 }
.kind { font-size:13px; letter-spacing:2.5px; text-transform:uppercase; color:${accent}; margin-top:8px }
.kind em { text-transform:none; font-style:italic; letter-spacing:0 }
.logo { display:flex; align-items:center; gap:12px }
.logo .mk { width:50px; height:50px; border-radius:${mk_radius}; background:${dark}; color:#fff; font: bold 19px ${sans};
  display:flex; align-items:center; justify-content:center }
.logo .t { font: bold 18px ${head}; color:${dark}; max-width:260px; line-height:21px }
.cols { display:flex; margin:auto 0; padding-top:${cols_top}px; gap:40px }
.lft { flex:1.7; font-size:17px; line-height:25px }
.meta { font-size:12.5px; color:#666; margin:-2px 0 10px; letter-spacing:.3px }
.nm { font: ${name_weight} ${name_size}px ${name_face}; margin:10px 0 12px; color:#111; line-height:1.15 }
.crs { font: bold 27px ${head}; margin:10px 0 6px; line-height:33px }
.rgt { flex:1; border-left:1px solid #ddd; padding-left:34px; align-self:center; font-size:13px; line-height:19px }
.rgt .h { font: 30px ${hand}; color:#202a6b; height:40px; white-space:nowrap }
.rgt .ln { border-top:1px solid #333; width:230px; margin-bottom:6px }
.rgt i { color:#555 }
.strip { position:absolute; left:0; right:0; bottom:0; height:106px; background:${light}; border-top:3px solid ${accent};
  display:flex; align-items:center; padding:0 22px; gap:30px }
.cell small { display:block; font-size:10.5px; letter-spacing:1.5px; text-transform:uppercase; color:#666; margin-bottom:3px }
.cell b { font-size:15px; white-space:nowrap }
.cell b.code { font: bold 14.5px ${mono}; letter-spacing:1px }
.qr { margin-left:auto; display:flex; align-items:center; gap:12px; font-size:11px; color:#444; line-height:15px; text-align:right }
.qr svg { background:#fff; padding:4px; border:1px solid #ccc }
</style>
<div class="bd"></div>
<div class="w">
 <div class="hd">
  <div><div class="big">${big}</div><div class="kind">${kind_html}</div></div>
  <div class="logo"><div class="mk">${initials}</div><div class="t">${org}</div></div>
 </div>
 <div class="cols">
  <div class="lft">
   ${certify}
   <div class="nm">${name}</div>
   ${done}
   <div class="crs">${title}</div>
   <div class="meta">${meta}</div>
   ${award_pre} <b>${hours}</b>${award_post}
  </div>
  <div class="rgt"><div class="h">${author}</div><div class="ln"></div><b>${author}</b><br>${author_role}<br><i>${author_note}</i></div>
 </div>
 <div class="strip">
  <div class="cell"><small>${done_label}</small><b>${date}</b></div>
  <div class="cell"><small>Enrolled</small><b>${enrolled}</b></div>
  <div class="cell"><small>${id_label}</small><b class="code">${code}</b></div>
  <div class="qr"><span>${verify_text}<br><b>${verify_url}</b></span>${qr_html}</div>
 </div>
</div>
"""


def _qr(d, n=23, size=78):
    cell = size / n
    on = [[d.chance(0.48) for _ in range(n)] for _ in range(n)]
    for oy, ox in ((0, 0), (0, n - 7), (n - 7, 0)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                if 0 <= oy + y < n and 0 <= ox + x < n:
                    inside = 0 <= y <= 6 and 0 <= x <= 6
                    ring = inside and (y in (0, 6) or x in (0, 6))
                    core = 2 <= y <= 4 and 2 <= x <= 4
                    on[oy + y][ox + x] = ring or core
    rects = "".join(
        f'<rect x="{x * cell:.2f}" y="{y * cell:.2f}" width="{cell + 0.05:.2f}" height="{cell + 0.05:.2f}"/>'
        for y in range(n)
        for x in range(n)
        if on[y][x]
    )
    return f'<svg width="{size}" height="{size}" fill="#111">{rects}</svg>'


def fill(d):
    r = d.rng
    org = d.provider()
    words = [w for w in org.replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:2])
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    groups = ["".join(r.choice(alphabet) for _ in range(4)) for _ in range(d.pick([3, 4]))]
    code = "-".join(groups)
    slug = "".join(ch for ch in (d.org_alt or org).lower() if ch.isalnum())
    style = d.pick(["plain", "plain", "upper"])
    name = d.name(style)
    script_name = style == "plain" and d.chance(0.5)
    script_fallback = ", 'Z003', 'Dancing Script', cursive"
    score = r.randrange(80, 101)
    return {
        "radius": d.pick([0, 6, 14]),
        "paper": d.pick(["#ffffff", "#fdfcf8", "#fbfbfd"]),
        "head": d.fonts[d.pick(["display", "sans"])],
        "big": d.pick(["Completed", "Certified", "Verified"]),
        "big_weight": d.pick(["bold", "normal"]),
        "big_size": d.pick([48, 54, 60]),
        "big_ls": d.pick([2, 4, 6]),
        "kind_html": d.pick(
            [
                "certificate <em>of</em> completion &middot; self-paced online",
                "self-paced online course &middot; certificate <em>of</em> completion",
                "on-demand training &middot; certificate <em>of</em> achievement",
            ]
        ),
        "initials": initials,
        "mk_radius": d.pick(["50%", "10px", "0"]),
        "org": org,
        "cols_top": d.pick([0, 10, 20]),
        "certify": d.pick(["This is to certify that", "This certifies that", "We confirm that"]),
        "name": name,
        "name_face": d.fonts["script"].replace(", cursive", script_fallback)
        if script_name
        else d.fonts[d.pick(["sans", "serif", "display"])],
        "name_weight": "normal" if script_name else "bold",
        "name_size": (58 if script_name else 44) - (8 if len(name) > 22 else 0),
        "done": d.pick(
            [
                f"worked through every lesson and passed the final assessment with a score of {score}% in the self-paced course",
                f"completed all video lessons and the graded final quiz ({score}%) of the online course",
                "has successfully completed, at their own pace, the on-demand course",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "meta": d.pick(
            [
                f"{r.randrange(8, 25)} lessons · {r.randrange(2, 6)} quizzes · self-paced",
                f"On-demand video course · final quiz passed at {d.pick(['70', '75', '80'])}% or higher",
                f"{r.randrange(6, 15)} modules · downloadable workbook · online final exam",
            ]
        ),
        "award_pre": d.pick(["and has earned", "for a total of", "worth"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs", "hrs"])),
        "award_post": d.pick([".", " of continuing education.", "."]),
        "author": d.person(),
        "author_role": d.pick(
            ["Course author and instructor", "Lead instructor", "Subject matter expert"]
        ),
        "author_note": d.pick(["Recorded lessons", "Course developer", "Quiz reviewer"]),
        "hand": d.fonts["hand"].replace(", cursive", script_fallback),
        "done_label": d.pick(["Completed", "Completed on", "Date of completion"]),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "iso", "dmy_long"])),
        "enrolled": d.other_date("registered", d.pick(["long", "short_month", "us_numeric"])),
        "id_label": d.pick(["Verification code", "Certificate ID", "Credential ID"]),
        "code": code,
        "verify_text": d.pick(["Scan or visit", "Check this certificate at", "Verify online at"]),
        "verify_url": f"{slug}.com/verify",
        "qr_html": _qr(d),
    }
