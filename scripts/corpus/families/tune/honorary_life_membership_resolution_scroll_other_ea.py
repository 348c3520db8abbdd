"""Not a training record: an honorary life membership scroll, the framed
copy of a board resolution that a trade association presents to a
long-serving member, portrait, on a parchment-toned sheet drawn as an
unrolled scroll (shaded rolls across the top and bottom). A resolution
number in small capitals, a large display heading with an enlarged
coloured initial, "Be it known that" and the honoree's name in a big
script face, then two or three WHEREAS clauses (years of service, offices
held, technicians mentored, sometimes a count of volunteer teaching
hours), a NOW, THEREFORE, BE IT RESOLVED clause conferring honorary life
membership without dues, and "Adopted by the Board of Directors this
... day of ..." with the day in words. A red wax-style seal at the lower
left and the chair's and secretary's signatures at the right. It names a
person, an association, years, hours and a date, and records no course
or credit."""

SOURCE = (
    "gtalug/bylaws:GTALUG_Bylaw.markdown (a board resolution, 'WHEREAS ... BE IT RESOLVED', "
    "creating Honorary and Lifetime membership presented through a vote of the Board in "
    "recognition of substantial contributions) and zackiles/git-corporation-template:04-"
    "meetings-and-resolutions/board/0000-templates/board-resolution-template.md (resolution "
    "number, WHEREAS clauses, 'NOW THEREFORE BE IT RESOLVED', the secretary certifying)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "ornate",
    "script-name",
    "sentence",
    "date-words",
    "seal",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff }
.sc { position:absolute; left:46px; right:46px; top:58px; bottom:58px;
  background: radial-gradient(ellipse at 50% 45%, ${parch1} 0%, ${parch2} 78%, ${parch3} 100%);
  box-shadow: inset 0 0 40px rgba(120,80,20,.25) }
.roll { position:absolute; left:28px; right:28px; height:44px; border-radius:22px;
  background: linear-gradient(180deg, ${roll1} 0%, ${roll2} 45%, ${roll3} 100%) }
.roll::before, .roll::after { content:''; position:absolute; top:6px; width:32px; height:32px; border-radius:50%;
  background: radial-gradient(circle, ${roll3} 0 30%, ${roll1} 32% 60%, ${roll3} 62%) }
.roll::before { left:-4px } .roll::after { right:-4px }
.rt { top:36px } .rb { bottom:36px }
.w { position:absolute; left:104px; right:104px; top:112px; bottom:112px; text-align:center; font-family:${body}; color:#2b2118;
  display:flex; flex-direction:column; align-items:center }
.rn { font: 11.5px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#6b5a40 }
.as { font: bold 14px ${sans}; letter-spacing:2.5px; text-transform:uppercase; color:${ink}; margin-top:6px }
h1 { margin:12px 0 0; font: normal ${h1_px}px ${head}; color:#2b2118; line-height:1.1 }
h1::first-letter { color:${red}; font-size:1.35em }
.bk { font: italic 16px ${body}; margin-top:16px; color:#4a3b28 }
.nm { font: ${name_px}px ${script}; color:#1a140e; line-height:1.2; margin-top:2px; white-space:nowrap }
.mid { flex:1; display:flex; flex-direction:column; align-items:center; justify-content:center; align-self:stretch }
.cl { text-align:justify; font-size:${cl_px}px; line-height:${cl_lh}px; margin-top:18px; color:#2b2118 }
.cl p { margin:0 0 12px } .cl b { letter-spacing:1px }
.ft { align-self:stretch; display:flex; justify-content:space-between; align-items:flex-end }
.wax { width:104px; height:104px; border-radius:50%; position:relative; transform:rotate(${wax_rot}deg);
  background: radial-gradient(circle at 38% 35%, #d24a3c 0%, ${red} 55%, #5e0f0a 100%);
  box-shadow: 0 0 0 5px ${red}55; display:flex; align-items:center; justify-content:center }
.wax div { width:72px; height:72px; border-radius:50%; border:2px solid #f0b8a8aa; color:#f6d3c8; font: bold 15px ${head};
  display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.sgs { display:flex; gap:26px }
.sg { width:200px; text-align:center; font: 12px ${sans}; color:#3b2f22; line-height:16px }
.sg .h { font: 24px ${hand}; color:#1d2f6a; line-height:32px; white-space:nowrap }
.sg .l { border-top:1px solid #5a4a36; padding-top:4px }
</style>
<div class="pg"></div><div class="sc"></div><div class="roll rt"></div><div class="roll rb"></div>
<div class="w">
 <div class="rn">${resno}</div>
 <div class="as">${assoc}</div>
 <h1>${heading}</h1>
 <div class="mid">
 <div class="bk">${known}</div>
 <div class="nm">${honoree}</div>
 <div class="cl">${clauses_html}</div>
 </div>
 <div class="ft">
  <div class="wax"><div>${initials}</div></div>
  <div class="sgs">
   <div class="sg"><div class="h" style="font-size:${sig1_px}px">${sig1}</div><div class="l">${sig1}<br>${role1}</div></div>
   <div class="sg"><div class="h" style="font-size:${sig2_px}px">${sig2}</div><div class="l">${sig2}<br>${role2}</div></div>
  </div>
 </div>
</div>
"""

OFFICES = [
    "President",
    "Treasurer",
    "chair of the Education Committee",
    "chair of the Convention Committee",
    "chapter president",
    "Director-at-Large",
]


def fill(d):
    import html

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    assoc = d.pick(V.ASSOCIATIONS)
    words = [w for w in assoc.replace("&", "").split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)[:4]
    honoree = d.person()
    years = d.pick([20, 25, 30, 35, 40, 42])
    offices = r.sample(OFFICES, 2)
    adopted = d.completed
    adopted_text = F.fmt_date(adopted, "words")
    if d.chance(0.4):
        adopted_text = f"this {F.ORDINAL_WORDS[adopted.day]} day of {F.MONTHS[adopted.month - 1]}, {adopted.year}"
    else:
        adopted_text = adopted_text.replace("the ", "this ", 1)
    e = html.escape
    clauses = [
        f"<b>WHEREAS,</b> {e(honoree)} has been a member of the {e(assoc)} for {years} years, "
        f"serving as {e(offices[0])} and as {e(offices[1])}; and",
        d.pick(
            [
                "<b>WHEREAS,</b> through generous mentorship the honoree has helped more than "
                f"{d.pick(['500', '1,200', '2,000', '3,500'])} technicians begin careers in cleaning "
                "and restoration; and",
                "<b>WHEREAS,</b> the honoree has given more than "
                f"{d.pick(['600', '850', '1,100', '1,400'])} hours of volunteer time to the "
                "Association's committees and chapter meetings; and",
                "<b>WHEREAS,</b> the honoree's integrity and craftsmanship have raised the standing "
                "of our trade in the eyes of the public; and",
            ]
        ),
        f"<b>NOW, THEREFORE, BE IT RESOLVED</b> that the Board of Directors of the {e(assoc)} "
        f"hereby confers upon {e(honoree)} Honorary Life Membership, with all the privileges of "
        "membership and free of all dues, for life.",
        f"Adopted by the Board of Directors {e(adopted_text)}.",
    ]
    if d.chance(0.3):
        clauses.pop(1)
    clauses_html = "".join(f"<p>{c}</p>" for c in clauses)
    long_name = len(honoree) > 22
    out = {
        "parch1": d.pick(["#fbf3dc", "#f9f0d6", "#fdf6e3"]),
        "parch2": d.pick(["#f0e0b6", "#ecd9a8", "#efe2bf"]),
        "parch3": "#d9c08a",
        "roll1": "#b8956a",
        "roll2": "#f1dfb6",
        "roll3": "#8d6b43",
        "ink": d.pick(["#5b2333", "#1f3a5f", "#3d2b1f", "#0b3d2e"]),
        "red": d.pick(["#9b1c12", "#8b0000", "#a52a1a"]),
        "body": d.fonts["serif"],
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "head": d.fonts[d.pick(["display", "display", "serif"])],
        "resno": d.pick(
            [
                f"Resolution No. {adopted.year}-{r.randint(1, 24):02d}",
                f"Board Resolution {r.randint(100, 999)}",
                f"Res. {adopted.year}/{r.randint(1, 12)}",
            ]
        ),
        "assoc": assoc,
        "heading": d.pick(["Honorary Life Membership", "Life Membership", "Honorary Membership"]),
        "h1_px": d.pick([40, 44]),
        "known": d.pick(["Be it known that", "Know all by these presents that", "In honour of"]),
        "honoree": honoree,
        "name_px": 46 if long_name else d.pick([52, 58]),
        "clauses_html": clauses_html,
        "cl_px": d.pick([16, 16.5, 17]),
        "cl_lh": d.pick([26, 27]),
        "wax_rot": r.randint(-20, 20),
        "initials": initials,
        "sig1": d.person(),
        "role1": d.pick(["Chair of the Board", "President"]),
        "sig2": d.person(),
        "role2": d.pick(["Secretary", "Corporate Secretary"]),
    }
    for k in ("sig1", "sig2"):
        out[f"{k}_px"] = min(24, int(2 * 200 / len(out[k])))
    return out
