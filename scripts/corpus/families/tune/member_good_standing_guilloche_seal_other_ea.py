"""Not a training record: a trade association's framed certificate of
membership, landscape, for the office wall. A broad guilloche border (two
fine ring patterns from opposite corners crossing into a moiré) around a
cream field with a dark rule and a thin gold rule; the association's
shield mark and name across the top; a big serif display heading
("Certificate of Membership"); "This is to certify that" and the
member's name in a large script face over a line; a sentence that the
member is hereby recognised as a member in good standing, entitled to the
rights and privileges of membership; a line of labelled values (member
since, member number, membership class, valid through); a notched gold
seal with ribbons at the foot between the signatures of the president and
the secretary, with the day it was given. It looks like a completion
certificate but records dues paid, not a course or any credit."""

SOURCE = (
    "ronspeedster/portal.acms:pdf/test.php ('Certificate of Good Standing': 'This is to certify "
    "that', the member's number, 'is a bonafide MEMBER IN GOOD STANDING and is entitled to all "
    "the rights and privileges', dues settled, valid until, the president's name) and "
    "jechekudzie/zea:resources/views/certificate.blade.php ('Certificate of Membership', "
    "registration number, valid period, a double-bordered frame, the president signing)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "guilloche",
    "seal",
    "script-name",
    "sentence",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.gl { position:absolute; inset:20px;
  background: repeating-radial-gradient(circle at 0 0, transparent 0 5px, ${ring1} 5px 6px),
              repeating-radial-gradient(circle at 100% 100%, transparent 0 5px, ${ring2} 5px 6px),
              repeating-radial-gradient(circle at 50% -40%, transparent 0 7px, ${ring1} 7px 8px) }
.fd { position:absolute; inset:48px; background:${paper}; border:3px solid ${ink} }
.fd2 { position:absolute; inset:56px; border:1px solid ${gold} }
.w { position:absolute; left:86px; right:86px; top:74px; bottom:70px; text-align:center; color:#222; font-family:${body};
  display:flex; flex-direction:column; align-items:center }
.lg { display:flex; align-items:center; gap:12px }
.sh { width:42px; height:48px; background:${ink}; color:${gold_lt}; clip-path: polygon(0 0,100% 0,100% 62%,50% 100%,0 62%);
  font: bold 14px ${head}; display:flex; align-items:flex-start; justify-content:center; padding-top:9px }
.lg .o { font: bold 16px ${sans}; letter-spacing:2.5px; text-transform:uppercase; color:${ink} }
h1 { margin:14px 0 0; font: ${h1_w} ${h1_px}px ${head}; color:${ink}; letter-spacing:${h1_ls}px; line-height:1.1 }
.ct { font: italic 17px ${body}; color:#444; margin-top:12px }
.nm { font: ${name_px}px ${script}; color:#1c1c1c; margin-top:4px; min-width:520px; border-bottom:1px solid #777; line-height:1.25; padding:0 20px; white-space:nowrap }
.sn { font-size:16.5px; line-height:24px; margin-top:12px; max-width:720px; color:#333 }
.kv { display:flex; gap:30px; margin-top:14px; font: 12.5px ${sans}; color:#333 }
.kv span { color:#777; text-transform:uppercase; letter-spacing:1px; font-size:10.5px; margin-right:6px }
.mid { flex:1; display:flex; flex-direction:column; align-items:center; justify-content:center; padding-bottom:10px }
.ft { align-self:stretch; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:250px; font: 12.5px ${sans}; color:#333; line-height:17px }
.sg .h { font: 30px ${hand}; color:#1d2f6a; line-height:36px; white-space:nowrap }
.sg .l { border-top:1px solid #333; padding-top:4px }
.seal { position:relative; width:112px; height:150px }
.seal .rb { position:absolute; top:70px; width:28px; height:76px; background:${ribbon}; clip-path: polygon(0 0,100% 0,100% 100%,50% 84%,0 100%) }
.seal .rb.a { left:26px; transform:rotate(14deg) } .seal .rb.b { right:26px; transform:rotate(-14deg) }
.seal .dk { position:absolute; left:0; top:0; width:112px; height:112px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 6deg, ${gold_dk} 6deg 12deg) }
.seal .in { position:absolute; left:12px; top:12px; width:88px; height:88px; border-radius:50%; background:${gold};
  border:2px solid ${gold_lt}; color:#fff; display:flex; flex-direction:column; align-items:center; justify-content:center;
  font: bold 10px ${sans}; letter-spacing:1px; line-height:13px }
.seal .in b { font: bold 17px ${head}; letter-spacing:1px; line-height:20px }
.gv { font: 12px ${sans}; color:#555; margin-top:6px; text-align:center }
</style>
<div class="pg"></div><div class="gl"></div><div class="fd"></div><div class="fd2"></div>
<div class="w">
 <div class="lg"><div class="sh">${initials}</div><div class="o">${assoc}</div></div>
 <div class="mid">
 <h1>${heading}</h1>
 <div class="ct">${certify}</div>
 <div class="nm">${member}</div>
 <div class="sn">${sentence}</div>
 <div class="kv">${kv_html}</div>
 </div>
 <div class="ft">
  <div class="sg"><div class="h" style="font-size:${sig1_px}px">${sig1}</div><div class="l">${sig1}<br>${role1}</div></div>
  <div><div class="seal"><div class="rb a"></div><div class="rb b"></div><div class="dk"></div>
   <div class="in">${seal_top}<b>${initials}</b>${seal_bottom}</div></div><div class="gv">${given}</div></div>
  <div class="sg"><div class="h" style="font-size:${sig2_px}px">${sig2}</div><div class="l">${sig2}<br>${role2}</div></div>
 </div>
</div>
"""

CLASSES = [
    "Certified Firm",
    "Technician Member",
    "Associate Member",
    "Individual Member",
    "Company Member",
    "Professional Member",
]


def fill(d):
    import html

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    assoc = d.pick(V.ASSOCIATIONS)
    words = [w for w in assoc.replace("&", "").split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)[:4]
    member = d.person()
    cls = d.pick(CLASSES)
    since = d.completed.year - r.randint(0, 15)
    kv = [
        ("Member since", str(since)),
        ("Member no.", d.number(d.pick(["", "M-", "No. "]))),
        ("Class", cls),
    ]
    if d.chance(0.7):
        kv.append(
            ("Valid through", d.other_date("expiry", d.pick(["long", "us_numeric", "short_month"])))
        )
    kv_html = "".join(f"<div><span>{html.escape(k)}</span>{html.escape(v)}</div>" for k, v in kv)
    name_px = d.pick([50, 54, 58]) if len(member) < 24 else 46
    given_day = d.completed
    out = {
        "paper": d.pick(["#fbf7ee", "#fffdf6", "#f6f1e1"]),
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#4a1c40", "#123c69", "#5b2333"]),
        "ring1": d.pick(["#1f3a5f40", "#0b3d2e40", "#4a1c4038"]),
        "ring2": d.pick(["#b8860b55", "#a67c0050", "#9c664450"]),
        "gold": "#c49a2c",
        "gold_dk": "#9d7a1c",
        "gold_lt": "#f3dc8a",
        "ribbon": d.pick(["#8b0000", "#1f3a5f", "#0b3d2e"]),
        "body": d.fonts["serif"],
        "head": d.fonts[d.pick(["display", "serif"])],
        "initials": initials,
        "assoc": assoc,
        "heading": d.pick(
            [
                "Certificate of Membership",
                "Membership Certificate",
                "Certificate of Good Standing",
            ]
        ),
        "h1_px": d.pick([46, 50, 54]),
        "h1_w": d.pick(["normal", "bold"]),
        "h1_ls": d.pick([0, 1, 2]),
        "certify": d.pick(["This is to certify that", "Be it known that", "This certifies that"]),
        "member": member,
        "name_px": name_px,
        "sentence": d.pick(
            [
                f"is hereby recognised as a member in good standing of the {assoc} and is entitled "
                "to all the rights and privileges of membership.",
                f"having met the requirements of the By-laws, has been duly admitted as "
                f"{'an' if cls[0] in 'AEIOU' else 'a'} {cls} of "
                f"the {assoc}, with all the rights and privileges thereto.",
                f"is {'an' if cls[0] in 'AEIOU' else 'a'} {cls} in good standing, its dues for the current year having been paid, "
                "and is entitled to vote at meetings of the membership.",
            ]
        ),
        "kv_html": kv_html,
        "sig1": d.person(),
        "role1": "President",
        "sig2": d.person(),
        "role2": d.pick(
            ["Secretary", "Secretary-Treasurer", "Membership Chair", "Executive Director"]
        ),
        "seal_top": "OFFICIAL",
        "seal_bottom": d.pick(["SEAL", f"EST. {d.pick([1978, 1984, 1991, 1996, 2003])}"]),
        "given": f"{d.pick(['Given', 'Issued', 'Dated'])} {F.fmt_date(given_day, d.pick(['long', 'ordinal', 'dmy_long']))}",
    }
    for k in ("sig1", "sig2"):
        out[f"{k}_px"] = min(30, int(2 * 250 / len(out[k])))
    return out
