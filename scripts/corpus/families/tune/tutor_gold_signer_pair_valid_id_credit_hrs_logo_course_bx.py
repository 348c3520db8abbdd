"""A landscape course certificate as a WordPress school's LMS prints it from
its stock gold template: a wide coloured frame with a thin gold line inside
it and small gold lozenges in the corners, a faint round watermark in the
middle, and the school named only by its logo at the top centre (an emblem
over the wordmark, with a small line such as "Online Training Center"
under it). Below, a gold serif heading in capitals ("CERTIFICATE OF
COMPLETION", or of achievement), "Is Presented to", the holder's name very
large in a script face over a short gold rule, "for successfully completing
the following Training Program", the course title in bold, and one line
that gives the credit and the day together, in the template's own wording
("Credit Hrs of 7 Hours on March 3, 2022"). Along the foot a three-cell
row: at left and right an ink signature over a gold rule, each with the
signer's name in gold capitals after it ("..., COURSE TUTOR" at left, the
school's authorised signer at right) and a role under it; in the middle
"Valid Certificate ID" over the completion hash."""

SOURCE = (
    "a gold Tutor LMS certificate template (tutor-pro certificate add-on) published in a school's "
    "theme (certificate.php: logo centred at the top, gold 'CERTIFICATE OF ...' "
    "heading, 'Is Presented to', the user's name, 'for successfully completing the following "
    "Training Program', the course title, 'Credit Hrs of [duration] on [completed date]', a "
    "footer table of two gold-ruled signatures, '[instructor], Course Tutor' and the authorised "
    "name, with 'Valid Certificate ID' and the completion hash between them); "
    "coders-school/site:edu/certificates/templates/template_11/certificate.php (the same footer "
    "row: 'Valid Certificate ID', the hash, the authorised name under a signature)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:16px; border:${frame_w}px solid ${frame}; background:${paper} }
.in { position:absolute; inset:${in_gap}px; border:1.5px solid ${gold} }
.cn { position:absolute; width:14px; height:14px; background:${gold}; transform:rotate(45deg) }
.wm { position:absolute; left:50%; top:50%; width:${wm}px; height:${wm}px; margin:-${wm_half}px 0 0 -${wm_half}px;
  border-radius:50%; border:26px solid ${wm_ink}; box-shadow:0 0 0 14px ${paper}, 0 0 0 18px ${wm_ink} }
.w { position:absolute; left:70px; right:70px; top:${top}px; text-align:center; color:#3a3b4f }
.lg { display:inline-flex; flex-direction:column; align-items:center }
.em { width:42px; height:42px; background:${frame}; clip-path:${clip}; display:flex; align-items:center;
  justify-content:center; color:#fff; font: bold 13px ${sans}; letter-spacing:.5px }
.wd { font: bold ${wd_px}px ${wfont}; color:${frame}; margin-top:6px; letter-spacing:${wd_ls}px; white-space:nowrap }
.tg { font: 10px ${sans}; letter-spacing:2.5px; text-transform:uppercase; color:#777; margin-top:3px }
.hd { font: bold ${hd_px}px ${display}; color:${gold}; letter-spacing:${hd_ls}px; margin-top:${hd_gap}px }
.pr { font: 600 18px ${sans}; margin-top:${gap}px }
.nm { font: ${name_px}px ${script}; color:${name_fg}; line-height:1.18; margin-top:2px }
.gr { width:220px; height:2px; background:${gold}; margin:8px auto 0 }
.fo { font: 13px ${sans}; letter-spacing:.8px; color:#121212; margin-top:${gap}px }
.tt { font: 600 ${title_px}px ${tfont}; margin:12px auto 0; max-width:780px; line-height:1.2 }
.cr { font: 15.5px ${sans}; margin-top:${gap}px; color:#222 }
.ft { position:absolute; left:84px; right:84px; bottom:${foot}px; display:flex; justify-content:space-between;
  align-items:flex-end; text-align:center; color:#3a3b4f }
.sg { width:330px }
.sg .h { font: ${sig_px}px ${hand}; color:${ink}; height:44px; line-height:44px; border-bottom:2px solid ${gold};
  white-space:nowrap; overflow:hidden }
.sg .n { font: 600 ${who_px}px ${sans}; color:${gold}; text-transform:uppercase; margin-top:6px;
  white-space:nowrap }
.sg .r { font: 12px ${sans}; color:#555; margin-top:2px }
.id { width:180px; font: 12px ${sans}; padding-bottom:18px }
.id b { display:block; font-weight:600; margin-bottom:3px }
.id span { font: 11.5px ${mono}; letter-spacing:.5px }
</style>
<div class="fr">
 <div class="in"></div>
 <div class="cn" style="left:${cn_off}px; top:${cn_off}px"></div><div class="cn" style="right:${cn_off}px; top:${cn_off}px"></div>
 <div class="cn" style="left:${cn_off}px; bottom:${cn_off}px"></div><div class="cn" style="right:${cn_off}px; bottom:${cn_off}px"></div>
 <div class="wm"></div>
</div>
<div class="w">
 <div class="lg"><div class="em">${initials}</div><div class="wd">${wordmark}</div><div class="tg">${tagline}</div></div>
 <div class="hd">${heading}</div>
 <div class="pr">${presented}</div>
 <div class="nm">${name}</div>
 <div class="gr"></div>
 <div class="fo">${lead}</div>
 <div class="tt">${title}</div>
 <div class="cr">${credit}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${tutor_scrawl}</div><div class="n">${tutor_line}</div><div class="r">${tutor_role}</div></div>
 <div class="id"><b>${id_label}</b><span>${hash}</span></div>
 <div class="sg"><div class="h">${auth_scrawl}</div><div class="n">${auth}</div><div class="r">${auth_role}</div></div>
</div>
"""

TAGLINES = [
    "Online Training Center",
    "Restoration Learning Portal",
    "Continuing Education",
    "IICRC Approved School",
    "eLearning",
]
CLIPS = [
    "polygon(50% 0, 100% 18%, 100% 60%, 50% 100%, 0 60%, 0 18%)",
    "circle(50%)",
    "polygon(50% 0, 100% 50%, 50% 100%, 0 50%)",
]
SCRIPTS = [
    "'Z003', cursive",
    "'Dancing Script', cursive",
    "'TypoScript', 'Z003', cursive",
    "'Kaushan Script', cursive",
    "'Lobster Two', cursive",
]


def scrawl(d, who):
    parts = who.replace(".", "").split()
    return d.pick([f"{parts[0]} {parts[-1]}", f"{parts[0][0]}. {parts[-1]}", parts[-1]])


def fill(d):
    provider = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    date = d.date(d.pick(["long", "long", "dmy_long", "short_month", "ordinal", "us_numeric"]))
    hours = d.hours(d.pick(["hours_title", "hours_title", "hrs", "cec_hours", "cecs"]))
    credit = d.pick(
        [
            f"Credit Hrs of {hours} on {date}",
            f"Credit Hrs of {hours} on {date}.",
            f"Credit Hours of {hours}, completed on {date}",
        ]
    )
    tutor = d.person()
    auth = d.person()
    words = [w for w in (d.org_alt or d.org).replace("&", " ").replace(",", " ").split()]
    initials = "".join(w[0] for w in words if w[0].isupper() and w not in ("Inc.", "LLC"))[:3]
    heading = d.pick(
        [
            "CERTIFICATE OF COMPLETION",
            "CERTIFICATE OF COMPLETION",
            "CERTIFICATE OF ACHIEVEMENT",
            "COURSE COMPLETION CERTIFICATE",
        ]
    )
    frame = d.colors["dark"]
    gold = d.pick(["#c6a24d", "#b8963e", "#c9a227", d.colors["accent"]])
    wm = d.pick([300, 340, 380])
    return {
        "paper": d.pick(["#ffffff", "#fffdf7", "#fcfbf6"]),
        "frame": frame,
        "frame_w": d.pick([10, 14, 18]),
        "in_gap": (inner := d.pick([8, 10, 12])),
        "cn_off": inner - 6,
        "gold": gold,
        "wm": wm,
        "wm_half": wm // 2,
        "wm_ink": d.pick(["rgba(198,162,77,.07)", "rgba(0,0,0,.035)", "rgba(31,58,95,.05)"]),
        "top": d.pick([56, 64, 72]),
        "clip": d.pick(CLIPS),
        "initials": initials or "RS",
        "wordmark": provider,
        "wd_px": 20 if len(provider) <= 30 else 17,
        "wd_ls": d.pick([0, 1]),
        "wfont": d.fonts[d.pick(["serif", "sans", "display"])],
        "tagline": d.pick(TAGLINES),
        "heading": heading,
        "hd_px": d.pick([28, 30, 32]),
        "hd_ls": d.pick([1, 2, 3]),
        "hd_gap": d.pick([30, 36, 42]),
        "gap": d.pick([24, 28, 32]),
        "presented": d.pick(["Is Presented to", "Is Presented to", "This is Presented to"]),
        "name": name,
        "name_px": d.pick([68, 74, 80]) if len(name) <= 22 else 58,
        "name_fg": d.pick(["#3a3b4f", frame, "#1d1d1d"]),
        "script": d.pick(SCRIPTS),
        "lead": d.pick(
            [
                "for successfully completing the following Training Program",
                "for successfully completing the following Training Program",
                "for successfully completing the online course",
            ]
        ),
        "title": title,
        "title_px": 30 if len(title) <= 40 else 24,
        "tfont": d.fonts[d.pick(["sans", "serif"])],
        "credit": credit,
        "foot": d.pick([58, 66, 74]),
        "sig_px": d.pick([28, 32]),
        "ink": d.pick(["#1d2f6f", "#222", "#203a72"]),
        "who_px": d.pick([14, 15]),
        "tutor_scrawl": scrawl(d, tutor),
        "tutor_line": f"{tutor}, Course Tutor",
        "tutor_role": d.pick(
            ["IICRC Approved Instructor", "Lead Instructor", "Course Author & Instructor"]
        ),
        "id_label": "Valid Certificate ID",
        "hash": "".join(d.pick("0123456789abcdef") for _ in range(d.pick([10, 12, 16]))),
        "auth_scrawl": scrawl(d, auth),
        "auth": auth,
        "auth_role": d.pick(
            ["Director of Education", "Training Director", "Registrar", "Owner & Instructor"]
        ),
    }
