"""A course certificate photographed as it was handed out: lying open in a
dark leatherette certificate jacket on a desk. The inside front cover (left)
has a gold foil line round its edge, the school's round emblem with its
initials and its name stamped in gold capitals with a short tagline; below,
a die-cut pocket holds the instructor's business card in two corner slits
(the school's wordmark, the instructor's name in bold, a role, phone, e-mail
and web address). On the inside back cover (right), four satin ribbons
across the corners hold a cream portrait sheet with a double rule: a small
seal with the initials only, a large heading, "This is to certify that", the
holder's name in a script face over a rule, a sentence saying the course
requirements were completed, the course title in bold, where and over which
days it was held (or the day in words), the credit, sometimes the course
approval number, then two signatures (the instructor again and a director)
round a gold foil seal sticker, and a certificate number with an issue date
along the foot. The provider is named only in the gold stamp on the cover
and on the business card."""

import unicodedata

SOURCE = (
    "Certificate jackets as schools hand certificates out: a navy leatherette cover with a "
    "gold foil line, the sheet held by four corner ribbons, a pocket with business-card slits "
    "(visualfoodie.com/pros-and-cons-of-a-certificate-holder-book, "
    "eatsip365.com/the-purpose-of-a-professional-certificate-jacket); sheet wording after "
    "azuya/CertificateBuilder:templates/default/default.tpl ('has successfully completed the "
    "course requirements for', the day-of-month date and the place it was held)"
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
    "date-range",
    "distractor-date",
)

TEMPLATE = """<style>
.dk { position:absolute; inset:0; background:${desk} }
.jk { position:absolute; inset:24px 26px; display:flex; border-radius:11px;
  box-shadow:0 10px 26px rgba(0,0,0,.45) }
.pn { flex:1; position:relative; overflow:hidden; background-color:${cover};
  background-image:radial-gradient(rgba(255,255,255,.05) 1px, transparent 1.4px),
  radial-gradient(rgba(0,0,0,.12) 1px, transparent 1.6px);
  background-size:5px 5px, 7px 7px; background-position:0 0, 2px 3px }
.pn.l { border-radius:11px 0 0 11px; box-shadow:inset -14px 0 18px -10px rgba(0,0,0,.55) }
.pn.r { border-radius:0 11px 11px 0; box-shadow:inset 14px 0 18px -10px rgba(0,0,0,.55) }
.fl { position:absolute; inset:14px; border:1.5px solid ${gold}; border-radius:6px }
.cr { margin:${crest_top}px auto 0; width:86px; height:86px; border-radius:50%; border:2px solid ${gold};
  display:flex; align-items:center; justify-content:center; position:relative }
.cr::before { content:''; position:absolute; inset:5px; border-radius:50%; border:1px solid ${gold} }
.cr b { font: bold 25px ${display}; color:${gold}; letter-spacing:1px }
.st { margin:18px 44px 0; text-align:center; font: bold ${stamp_px}px ${display}; color:${gold};
  letter-spacing:1.5px; line-height:1.75 }
.tg { margin:18px 44px 0; text-align:center; font: 10.5px ${sans}; color:${gold}; letter-spacing:3px;
  text-transform:uppercase; opacity:.9 }
.pk { position:absolute; left:14px; right:14px; bottom:14px; height:40%; background:rgba(255,255,255,.07);
  border-radius:0 0 6px 6px; clip-path:polygon(0 16%, 100% 0, 100% 100%, 0 100%);
  box-shadow:inset 0 3px 0 rgba(0,0,0,.35) }
.bc { position:absolute; left:50%; bottom:${card_bottom}px; width:300px; height:172px; margin-left:-150px;
  background:#fdfdfb; border-radius:3px; box-shadow:0 2px 6px rgba(0,0,0,.45); padding:16px 18px;
  font-family:${card_font}; color:#222; transform:rotate(${card_tilt}deg) }
.bc .wm { display:flex; align-items:center; gap:7px; font-size:10.5px; font-weight:bold; color:${accent};
  letter-spacing:.5px; text-transform:uppercase }
.bc .wm i { width:16px; height:16px; border-radius:50%; background:${accent}; flex:none }
.bc .nm { font-size:16px; font-weight:bold; margin-top:16px; color:#111 }
.bc .rl { font-size:10.5px; color:#555; margin-top:2px }
.bc .ct { font-size:10px; color:#333; margin-top:12px; line-height:14px }
.sl { position:absolute; width:34px; height:5px; background:${cover}; box-shadow:0 1px 1px rgba(0,0,0,.4) }
.sl.a { left:50%; margin-left:-163px; bottom:${slit_bottom}px; transform:rotate(-38deg) }
.sl.b { left:50%; margin-left:129px; bottom:${slit_bottom}px; transform:rotate(38deg) }
.sh { position:absolute; inset:30px; background:${sheet}; box-shadow:0 1px 4px rgba(0,0,0,.5) }
.db { position:absolute; inset:11px; border:4px double ${accent} }
.ct2 { position:absolute; inset:36px 28px 26px; display:flex; flex-direction:column; align-items:center;
  text-align:center; font-family:${serif}; color:#222 }
.se { width:52px; height:52px; border-radius:50%; border:1.5px solid ${accent}; color:${accent};
  font: bold 15px ${display}; display:flex; align-items:center; justify-content:center; flex:none }
.hd { font: ${head_px}px ${display}; color:${ink}; margin-top:${head_gap}px; line-height:1.1 }
.ld { font-size:15px; font-style:italic; margin-top:30px; color:#333 }
.na { font: ${name_px}px ${script}; color:${ink}; margin-top:12px; line-height:1.25; border-bottom:1px solid #777;
  padding:0 14px 2px; max-width:100% }
.tx { font-size:14.5px; line-height:22px; margin-top:22px; color:#333 }
.ti { font: bold ${title_px}px ${serif}; color:#111; margin-top:8px; line-height:1.25 }
.ap { font: 10.5px ${sans}; color:#555; margin-top:9px; letter-spacing:.4px }
.or { margin-top:auto; display:flex; align-items:center; gap:10px; width:60% }
.or i { flex:1; height:1px; background:${accent} } .or b { width:9px; height:9px; transform:rotate(45deg);
  border:1.5px solid ${accent} }
.sg { margin-top:26px; width:100%; display:flex; justify-content:space-between; align-items:flex-end }
.sg > div { width:36%; text-align:center; font: 10.5px ${sans}; color:#333; line-height:14px }
.sg .hw { font: ${sig_px}px ${hand}; color:#22306b; border-bottom:1px solid #555; line-height:30px; height:32px;
  white-space:nowrap; margin-bottom:3px }
.sg small { display:block; color:#666; font-size:9.5px; text-transform:uppercase; letter-spacing:.8px }
.sg > .gs { width:62px; height:62px; flex:none; border-radius:50%; margin-bottom:6px;
  background:radial-gradient(circle, #f3dc8c 0 46%, #c9a23b 47% 52%, #e8c96a 53% 100%);
  box-shadow:0 0 0 3px #d9b24c, 0 0 0 4px #a8812a; display:flex; align-items:center; justify-content:center }
.gs b { font: bold 12px ${display}; color:#6b4f12; letter-spacing:1px }
.ft { width:100%; display:flex; justify-content:space-between; margin-top:12px; font: 9.5px ${sans}; color:#666 }
.rb { position:absolute; width:124px; height:14px; background:linear-gradient(${ribbon}, ${ribbon_dark});
  box-shadow:0 1px 2px rgba(0,0,0,.45) }
.rb.tl { left:-14px; top:41px; transform:rotate(-45deg) } .rb.tr { right:-14px; top:41px; transform:rotate(45deg) }
.rb.bl { left:-14px; bottom:41px; transform:rotate(45deg) } .rb.br { right:-14px; bottom:41px; transform:rotate(-45deg) }
</style>
<div class="dk"></div>
<div class="jk">
 <div class="pn l"><div class="fl"></div>
  <div class="cr"><b>${initials}</b></div>
  <div class="st">${stamp}</div>
  <div class="tg">${tagline}</div>
  <div class="pk"></div>
  <div class="bc">
   <div class="wm"><i></i>${card_org}</div>
   <div class="nm">${instructor}</div>
   <div class="rl">${card_role}</div>
   <div class="ct">${phone}<br>${email}<br>${web}</div>
  </div>
  <div class="sl a"></div><div class="sl b"></div>
 </div>
 <div class="pn r"><div class="fl"></div>
  <div class="sh"><div class="db"></div>
   <div class="ct2">
    <div class="se">${initials}</div>
    <div class="hd">${heading}</div>
    <div class="ld">${lead}</div>
    <div class="na">${name}</div>
    <div class="tx">${middle}</div>
    <div class="ti">${title}</div>
    <div class="tx">${when}</div>
    ${approval_html}
    <div class="or"><i></i><b></b><i></i></div>
    <div class="sg">
     <div><div class="hw">${instructor}</div>${instructor}<small>${inst_role}</small></div>
     <div class="gs"><b>${initials}</b></div>
     <div><div class="hw">${director}</div>${director}<small>${dir_role}</small></div>
    </div>
    <div class="ft"><span>${no_label} ${cert_no}</span><span>${issued_label} ${issued}</span></div>
   </div>
  </div>
  <div class="rb tl"></div><div class="rb tr"></div><div class="rb bl"></div><div class="rb br"></div>
 </div>
</div>
"""

DESKS = [
    "linear-gradient(100deg, #8a6443 0%, #9b7350 35%, #7f5a3b 60%, #946c4a 100%)",
    "linear-gradient(180deg, #c9c4ba, #b8b2a6)",
    "linear-gradient(95deg, #5e4a3a, #6f5946 50%, #59463a)",
]
COVERS = ["#14264a", "#1d2b45", "#4a1420", "#0f3a2c", "#1b1b1f", "#3a2313"]
TAGLINES = [
    "IICRC Approved School",
    "Restoration & Cleaning Education",
    "Technical Training Division",
    "Hands-on Restoration Training",
    "Certified Training Program",
]
HEADINGS = [
    "Certificate of Completion",
    "Certificate of Training",
    "Certificate of Achievement",
    "Course Completion Certificate",
]
LEADS = [
    "This is to certify that",
    "This certifies that",
    "We hereby certify that",
    "Be it acknowledged that",
]
MIDDLES = [
    "has successfully completed the course requirements for",
    "has attended and satisfactorily completed all requirements of",
    "has successfully completed the classroom and hands-on training in",
    "having met the attendance and examination requirements, has completed",
]


def _initials(org: str) -> str:
    skip = {"of", "and", "&", "the", "llc", "inc.", "co.", "llc,", "inc"}
    words = [w for w in org.replace(",", " ").split() if w.lower() not in skip]
    return "".join(w[0] for w in words[:3]).upper()


def _sig_px(longest: int) -> int:
    return 23 if longest < 15 else 19 if longest < 20 else 16


def _email(who: str, web: str) -> str:
    first, last = who.split()[0], who.split()[-1]
    plain = unicodedata.normalize("NFKD", first[0] + last).lower()
    clean = "".join(c for c in plain if c.isascii() and c.isalnum())
    return f"{clean}@{web.removeprefix('www.')}"


def fill(d):
    org_short = d.org_alt or d.org
    stamp = d.provider(d.pick(["upper", "upper", None]))
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code", "plain", "code_first"]))
    city = d.city()
    if d.chance(0.75):
        span = d.date_range(d.pick([1, 2, 2, 3]))
        when = d.pick(
            [
                f"held {span} in {city},",
                f"conducted {span} at {city},",
                f"given in {city} on {span},",
            ]
        )
    else:
        day = d.date("words")
        when = f"on {day}, at {city},"
    hours = d.hours(d.pick(["cec_hours", "words_cec", "words", "ceu_and_cec", "cecs"]))
    when += " " + d.pick(
        [f"and is credited with {hours}.", f"earning {hours}.", f"for a total of {hours}."]
    )
    approval_html = ""
    if d.chance(0.4):
        approval_html = (
            f'<div class="ap">{d.pick(["IICRC Course Approval No.", "IICRC Approved Course #"])} '
            f"{d.approval()}</div>"
        )
    instructor = d.person()
    director = d.person()
    web = d.web()
    card_bottom = d.pick([40, 52, 60])
    name_px = 38 if len(name) <= 16 else 32 if len(name) <= 22 else 27 if len(name) <= 28 else 23
    return {
        "desk": d.pick(DESKS),
        "cover": d.pick(COVERS),
        "gold": d.pick(["#d6b25e", "#cfa94f", "#e0c27a"]),
        "sheet": d.pick(["#fbf7ea", "#fffdf6", "#f6f1e1"]),
        "ink": d.colors["dark"],
        "ribbon": d.pick(["#b8975a", "#7a1f2b", "#1f3a66", "#c9b27a"]),
        "ribbon_dark": "rgba(0,0,0,.25)",
        "card_font": d.fonts["sans"],
        "card_tilt": d.pick([-0.8, 0, 0, 0.6]),
        "card_bottom": card_bottom,
        "slit_bottom": card_bottom + 12,
        "crest_top": d.pick([70, 84, 96]),
        "stamp_px": 19 if len(d.org) < 30 else 17,
        "sig_px": _sig_px(max(len(instructor), len(director))),
        "head_px": d.pick([28, 30]),
        "name_px": name_px,
        "title_px": 19 if len(title) < 36 else 16,
        "head_gap": d.pick([14, 22]),
        "initials": _initials(org_short),
        "stamp": stamp,
        "tagline": d.pick(TAGLINES),
        "card_org": org_short,
        "instructor": instructor,
        "card_role": d.pick(
            [
                "IICRC Approved Instructor",
                "Lead Instructor",
                "Technical Trainer",
                "Senior Instructor",
            ]
        ),
        "phone": d.phone(),
        "email": _email(instructor, web),
        "web": web,
        "heading": d.pick(HEADINGS),
        "lead": d.pick(LEADS),
        "name": name,
        "middle": d.pick(MIDDLES),
        "title": title,
        "when": when,
        "approval_html": approval_html,
        "inst_role": d.pick(["Instructor", "Course Instructor", "Approved Instructor"]),
        "director": director,
        "dir_role": d.pick(["School Director", "Director of Education", "President"]),
        "no_label": d.pick(["Certificate No.", "No.", "Cert. #"]),
        "cert_no": d.number(),
        "issued_label": d.pick(["Issued", "Date issued:", "Awarded"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "short_month", "long"])),
    }
