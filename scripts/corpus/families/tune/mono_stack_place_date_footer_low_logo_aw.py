"""A portrait course certificate from a school's LMS, set throughout in one
typewriter-like face over a faint full-page watermark: a narrow centred
column with the heading in spaced capitals, "This is to certify that", the
holder's name large in the accent colour, "has successfully completed the
course", the course title large in the accent colour, and a short running
line with the class days and the credit. The school appears only as a logo
(a mark and a wordmark) set low on the page, under the text. A footer table
below it: the place and the date the certificate was signed on the left with
a bold certificate-ID label and the ID, and on the right a handwritten
signature over a rule, the signer's name and role."""

SOURCE = (
    "coders-school/site:edu/certificates/templates/template_11/certificate.php "
    "(with pdf.css; a Tutor LMS certificate template)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = ("portrait", "sentence", "provider-in-logo", "date-range", "distractor-person")

TEMPLATE = """<style>
.wm { position:absolute; inset:0; background:
  repeating-linear-gradient(135deg, ${wm} 0 2px, transparent 2px 26px),
  radial-gradient(circle at 50% 42%, ${wm} 0 150px, transparent 151px) }
.wm2 { position:absolute; left:50%; top:42%; width:240px; height:240px; margin:-120px 0 0 -120px;
  border-radius:50%; border:14px solid ${wm_ring} }
.wrap { position:absolute; left:50%; margin-left:-${half}px; width:${col_w}px; top:${top}px; font-family:${mono}; color:#333;
  text-align:center }
h3 { margin:0 0 26px; font-size:${h3_size}px; font-weight:normal; letter-spacing:3px; text-transform:uppercase }
p.t { font-size:${p_size}px; line-height:1.5; margin:0 }
h1 { margin:24px 0 26px; font-size:${name_size}px; line-height:1.15; font-weight:${name_weight}; color:${accent} }
h2 { margin:24px 0 22px; font-size:${title_size}px; line-height:1.15; font-weight:normal; color:${accent} }
p.run { font-size:${run_size}px; line-height:1.45; margin:0 6px; color:#444 }
.logo { position:absolute; left:0; right:0; top:${logo_top}px; display:flex; justify-content:center;
  align-items:center; gap:14px }
.logo .m { width:54px; height:54px; border-radius:${radius}; background:${ink}; color:#fff;
  font: bold 21px ${sans}; display:flex; align-items:center; justify-content:center }
.logo .w { font: ${wm_weight} ${wm_size}px ${wm_face}; color:${ink}; letter-spacing:.5px; max-width:440px;
  line-height:1.1; text-align:left }
.ft { position:absolute; left:50%; margin-left:-${half}px; width:${col_w}px; top:${foot_top}px; font-family:${sans} }
.ft table { width:100%; border-collapse:collapse }
.ft td { padding:2px 0; font-size:15px; vertical-align:bottom }
.ft td.r { text-align:right }
.sig { font: 30px ${hand}; color:#1c2f70; height:44px; white-space:nowrap }
.an { border-top:1px solid #333; padding-top:7px; font-weight:bold; display:inline-block; min-width:210px;
  text-align:right }
.id { font-family:${mono}; font-size:14px }
.web { position:absolute; left:0; right:0; bottom:22px; text-align:center; font: 11px ${sans}; color:#777 }
</style>
<div class="wm"></div><div class="wm2"></div>
<div class="wrap">
 <h3>${heading}</h3>
 <p class="t">${lead}</p>
 <h1>${name}</h1>
 <p class="t">${mid}</p>
 <h2>${title}</h2>
 <p class="run">${run_html}</p>
</div>
<div class="logo"><div class="m">${mark}</div><div class="w">${org}</div></div>
<div class="ft"><table>
 <tr><td>${place_date}</td><td class="r"><div class="sig">${signer}</div></td></tr>
 <tr><td><b>${id_label}</b></td><td class="r"><span class="an">${signer}</span></td></tr>
 <tr><td class="id">${cert_id}</td><td class="r">${role}</td></tr>
</table></div>
<div class="web">${web}</div>
"""


def fill(d):
    import html

    r = d.rng
    col_w = 600  # the column is centred; heights suit both papers
    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    mark = "".join(w[0] for w in words[:2]) or "TS"
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    name_size = 46 if len(name) <= 18 else 38 if len(name) <= 24 else 32
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    title_size = 38 if len(title) <= 24 else 32 if len(title) <= 40 else 27
    days = d.pick([1, 2, 2, 3, 4])
    span = d.date_range(days)
    hours = d.hours(d.pick(["cec_hours", "hours_title", "words", "iicrc_cec", "hrs"]))
    teacher = d.person()
    e = html.escape
    run = d.pick(
        [
            f"held {e(span)}, {e(hours)}",
            f"{e(span)} &middot; {e(hours)}",
            f"in class {e(span)} under instructor {e(teacher)}, for {e(hours)}",
            f"a course of {e(hours)}, taught {e(span)}",
        ]
    )
    if d.chance(0.35):
        run += f" &middot; IICRC course approval {e(d.approval())}"
    city = d.city().split(",")[0]
    issued = d.other_date("issue", d.pick(["ordinal_dmy", "ordinal_dmy", "long", "dmy_long"]))
    signer = d.person()
    while signer == teacher:
        signer = d.person()
    role = d.pick(
        ["Lead Instructor", "Director of Training", "School Director", "IICRC Approved Instructor"]
    )
    wm_face = d.pick([d.fonts["display"], d.fonts["sans"], d.fonts["cond"]])
    cert_id = d.pick(
        [
            f"{r.randrange(1, 999)}/{d.completed.year}",
            "".join(r.choice("0123456789ABCDEF") for _ in range(16)),
            d.number(),
        ]
    )
    return {
        "wm": d.pick(["rgba(31,58,95,.05)", "rgba(139,53,54,.05)", "rgba(11,61,46,.05)"]),
        "wm_ring": d.pick(["rgba(0,0,0,.035)", "rgba(139,53,54,.05)"]),
        "half": col_w // 2,
        "col_w": col_w,
        "top": d.pick([70, 84, 96]),
        "h3_size": d.pick([30, 34]),
        "p_size": 19,
        "name_size": name_size,
        "name_weight": d.pick(["normal", "bold"]),
        "title_size": title_size,
        "run_size": 15,
        "accent": d.pick(["#8b3536", "#1e4f7a", "#2d6a4f", "#6a4c93", d.colors["accent"]]),
        "logo_top": d.pick([720, 735]),
        "radius": d.pick(["50%", "8px", "0"]),
        "ink": d.pick(["#23395d", "#8b3536", "#2f2f2f", "#0b3d2e"]),
        "wm_weight": d.pick(["bold", "900", "normal"]),
        "wm_size": 26 if len(org) <= 28 else 21,
        "wm_face": wm_face,
        "foot_top": 830,
        "heading": d.pick(
            ["Certificate of completion", "Certificate of course completion", "Certificate"]
        ),
        "lead": d.pick(["This is to certify that", "This certifies that", "We certify that"]),
        "name": name,
        "mid": d.pick(
            [
                "has successfully completed the course",
                "has completed the course",
                "successfully finished the course",
            ]
        ),
        "title": title,
        "run_html": run,
        "mark": mark,
        "org": org,
        "place_date": f"{city}, {issued}",
        "signer": signer,
        "id_label": d.pick(["Valid Certificate ID", "Certificate ID", "Certificate no."]),
        "cert_id": cert_id,
        "role": role,
        "web": d.pick([d.web(), "", f"Verify at {d.web()}/verify"]),
    }
