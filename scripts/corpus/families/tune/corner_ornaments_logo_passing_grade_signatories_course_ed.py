"""A landscape course certificate laid out the way an LMS builds it with
ReportLab flowables: four ornamental corner pieces, and inside a 9 by 6.5 in
frame a centred stack, top to bottom: the school's logo (an emblem with the
name beside it, no other mention of the school above the fold), the holder's
name at 22 pt, a 16 pt sentence saying the learner completed, received a
passing grade and was awarded the certificate in the course, the course at
22 pt, the credit, "Date awarded:" with the date, a muted certificate ID line
and a row of one to three signatories, each a signature, a name, a title and
an organisation."""

SOURCE = "ScienceCommunicationLab/KinesinLMS:kinesinlms/certificates/service.py"
KIND = "course"
PAPER = "letter-landscape"
CATEGORIES = (
    "landscape",
    "ornate",
    "provider-in-logo",
    "sentence",
    "labelled",
    "tiny-footer",
    "distractor-person",
)

TEMPLATE = """<style>
.cn { position:absolute; width:74px; height:74px }
.cn::before { content:''; position:absolute; inset:0; border-top:6px double ${accent}; border-left:6px double ${accent} }
.cn::after { content:''; position:absolute; left:16px; top:16px; width:22px; height:22px; border-radius:50%;
  border:3px solid ${accent}; background:radial-gradient(circle, ${accent} 0 30%, transparent 32%) }
.ul { left:19px; top:19px } .ur { right:19px; top:19px; transform:scaleX(-1) }
.bl { left:19px; bottom:19px; transform:scaleY(-1) } .br { right:19px; bottom:19px; transform:scale(-1,-1) }
.fr { position:absolute; left:96px; right:96px; top:84px; bottom:40px; text-align:center; font-family:${face}; color:#111 }
.logo { display:inline-flex; align-items:center; gap:12px; height:83px; max-width:520px; text-align:left }
.logo .em { width:66px; height:66px; border-radius:50%; background:${dark}; color:#fff; flex:none;
  display:flex; align-items:center; justify-content:center; font: bold 22px ${serif}; box-shadow: 0 0 0 4px #fff, 0 0 0 6px ${dark} }
.logo .tx { font: bold ${logo_px}px ${sans}; line-height:1.15; color:${dark}; text-transform:uppercase; letter-spacing:1px }
.logo .tx small { display:block; font: normal 11px ${sans}; letter-spacing:2px; color:#555; margin-top:3px }
.sn { font-size:29px; line-height:32px; margin-top:44px }
.nm { font-size:21px; line-height:29px; margin:18px 40px 4px }
.co { font-size:${title_px}px; line-height:32px; margin-top:18px }
.cr { font-size:17px; line-height:24px; margin-top:6px }
.dt { font-size:21px; line-height:29px; margin-top:16px }
.mu { font-size:15px; color:#999; margin-top:2px }
.sg { display:flex; justify-content:center; gap:30px; margin-top:30px }
.sg div { width:250px; font-size:13px; line-height:17px }
.sg i { display:block; font-style:normal; font-family:${hand}; font-size:25px; line-height:44px; color:#1d2f6a; white-space:nowrap }
.sg b { display:block; font-size:15px; font-weight:normal; margin:4px 0 3px }
</style>
<div class="cn ul"></div><div class="cn ur"></div><div class="cn bl"></div><div class="cn br"></div>
<div class="fr">
 <div class="logo"><div class="em">${mark}</div><div class="tx">${org}<small>${tag}</small></div></div>
 <div class="sn">${name}</div>
 <div class="nm">${achievement}</div>
 <div class="co">${title}</div>
 <div class="cr">${hours}</div>
 <div class="dt">${date_label} ${date}</div>
 <div class="mu">${cert_id}</div>
 <div class="sg">${signers_html}</div>
</div>
"""


def fill(d):
    import html
    import uuid

    org = d.provider()
    words = [w for w in (d.org_alt or org).replace("&", " ").split() if w[:1].isupper()]
    n = d.pick([1, 2, 2, 3])
    sigs = []
    for i in range(n):
        who = d.person()
        role = d.pick(["Course Director", "Lead Instructor", "Executive Director", "Registrar"])
        place = d.pick([org, org, "IICRC Approved Instructor", "Technical Advisory Board"])
        sigs.append(
            f"<div><i>{html.escape(who)}</i><b>{html.escape(who)}</b>{html.escape(role)}"
            + (f"<br>{html.escape(place)}" if i == 0 or d.chance(0.4) else "")
            + "</div>"
        )
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    cid = uuid.UUID(int=d.rng.getrandbits(128), version=4)
    prefix, styles = d.pick(
        [
            ("", ["cec_hours", "iicrc_cec", "ceu_and_cec"]),
            ("Credit: ", ["cec_hours", "cecs"]),
            ("Approved for ", ["cec_hours", "cecs"]),
        ]
    )
    hours = prefix + d.hours(d.pick(styles))
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "mark": "".join(w[0] for w in words[:2]),
        "org": org,
        "logo_px": 19 if len(org) <= 30 else 16,
        "tag": d.pick(
            ["Online Learning", "Training Center", "Continuing Education", "Learning Portal"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "achievement": d.pick(
            [
                "successfully completed, received a passing grade, and was awarded "
                "this Certificate of Completion in",
                "successfully completed, received a passing score, and was awarded "
                "this Certificate of Completion for",
            ]
        ),
        "title": title,
        "title_px": 29 if len(title) <= 36 else 24,
        "hours": hours,
        "date_label": d.pick(["Date awarded:", "Date awarded:", "Awarded:"]),
        "date": d.date(d.pick(["long", "short_month", "long", "dmy_long"])),
        "cert_id": f"Certificate ID: {cid}",
        "signers_html": "".join(sigs),
    }
