"""A landscape certificate set in titling capitals, after a release-order
certificate: a thick coloured border with an inner shadow, the provider's
name as a small red letter-spaced kicker at the top, a very wide spaced
heading word over a second heading line with a soft shadow, a short gold
rule, "presented to" and the holder's name in a large script face over a
dotted rule, then the course particulars in capitals on two centred
lines (the course, then the dates the class was held and the credit
hours), and two signature blocks at the foot with a small round seal
between them."""

SOURCE = (
    "gopakumar-nfonics/amrita_expense_track:resources/views/lead/release_order.blade.php "
    "(8px coloured border with an inset shadow, a red Felix Titling kicker line, a 56px "
    "letter-spaced heading, a shadowed uppercase second heading, a short rule, a Great Vibes "
    "name over a dotted rule, course details in uppercase)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "letter-spaced",
    "big-serif-title",
    "date-range",
    "distractor-person",
    "seal",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${serif}; color:#222 }
.bx { position:absolute; inset:${inset}px; border:${bw}px solid ${edge}; box-shadow: inset 0 0 14px rgba(0,0,0,.45);
  background:${stock} }
.cn { position:absolute; width:54px; height:54px; border:2px solid ${edge} }
.w { position:absolute; left:90px; right:90px; top:${w_top}px; bottom:${w_bot}px; text-align:center;
  display:flex; flex-direction:column; justify-content:space-between }
.k { font: 600 ${k_px}px ${engr}; letter-spacing:1.5px; color:${red}; text-transform:uppercase }
.h1 { font: ${h1_px}px ${engr}; letter-spacing:${h1_ls}px; color:#1c1c1c; line-height:1; margin-top:8px }
.h2 { font: 30px ${engr}; text-transform:uppercase; letter-spacing:3px; text-shadow: 2px 2px 4px rgba(0,0,0,.3);
  margin-top:10px }
.rule { width:30%; height:2px; background:${edge}; margin:12px auto 0 }
.b { font-size:18px }
.nm { font: ${nm_px}px ${script}; line-height:1.2; white-space:nowrap }
.dr { width:64%; margin:0 auto; border-bottom:2px dotted ${edge} }
.cd { font: ${cd_px}px ${engr}; letter-spacing:1.5px; text-transform:uppercase; line-height:1.6 }
.cd b { font-size:1.2em; color:${dark} }
.ft { display:flex; justify-content:space-between; align-items:flex-end; padding:0 50px }
.sg { width:230px; font: 13px ${serif}; line-height:17px }
.sg .h { font: 26px ${hand}; color:${ink}; white-space:nowrap; height:34px }
.sg .l { border-top:1px solid #333; padding-top:4px; text-transform:uppercase; letter-spacing:1px; font-size:11.5px }
.seal { width:86px; height:86px; border-radius:50%; border:3px double ${red}; color:${red}; display:flex;
  align-items:center; justify-content:center; font: bold 10px ${sans}; letter-spacing:1px; line-height:13px;
  transform:rotate(-12deg) }
</style>
<div class="pg">
<div class="bx"></div>
<div class="cn" style="left:${cn}px;top:${cn}px;border-right:0;border-bottom:0"></div>
<div class="cn" style="right:${cn}px;top:${cn}px;border-left:0;border-bottom:0"></div>
<div class="cn" style="left:${cn}px;bottom:${cn}px;border-right:0;border-top:0"></div>
<div class="cn" style="right:${cn}px;bottom:${cn}px;border-left:0;border-top:0"></div>
<div class="w">
 <div><div class="k">${provider}</div><div class="h1">${h1}</div><div class="h2">${h2}</div><div class="rule"></div></div>
 <div class="b">${presented}</div>
 <div><div class="nm">${name}</div><div class="dr"></div></div>
 <div class="b">${for_line}</div>
 <div class="cd"><b>${title}</b><br>${details}</div>
 <div class="ft">
  <div class="sg"><div class="h">${s1}</div><div class="l">${s1}<br>${r1}</div></div>
  <div class="seal">${seal_html}</div>
  <div class="sg"><div class="h">${s2}</div><div class="l">${s2}<br>${r2}</div></div>
 </div>
</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'Quattrocento', serif",
    "'EB Garamond', serif",
]
SCRIPTS = [
    "'Z003', cursive",
    "'Dancing Script', cursive",
    "'Lobster Two', cursive",
    "'Kaushan Script', cursive",
]


def fill(d):
    provider = d.provider()
    name = d.name("plain")
    title = d.title("upper")
    span = d.date_range(d.pick([1, 1, 2])) if d.credit >= 6 else None
    if span is None:
        date = d.date(d.pick(["long", "dmy_long", "ordinal"]))
        when = d.pick([f"completed {date}", f"held {date}", f"on {date}"])
        d.printed["completion_date"] = date.upper()
    else:
        when = d.pick([f"held {span}", f"class dates {span}", span])
        d.printed["completion_date"] = span.upper()
    hours = d.hours(d.pick(["cec_hours", "cecs", "words_cec", "hours_title", "credit_hours"]))
    d.printed["hours"] = hours.upper()
    details = f"{when} · {hours}".upper()
    long_name = len(name) > 22
    edge = d.pick(["#ffa400", "#c8102e", "#b8860b", "#1e6091", "#2d6a4f"])
    return {
        "stock": d.pick(["#ffffff", "#fffdf5", "#fbfaf6"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "red": d.pick(["#ea0029", "#b3001b", "#a61c1c"]),
        "edge": edge,
        "engr": d.pick(ENGRAVED),
        "script": d.pick(SCRIPTS),
        "inset": d.pick([18, 24]),
        "cn": d.pick([40, 46]),
        "bw": d.pick([8, 10]),
        "w_top": d.pick([62, 70]),
        "w_bot": d.pick([56, 62]),
        "k_px": 16 if len(provider) > 34 else 19,
        "h1_px": d.pick([56, 60]),
        "h1_ls": d.pick([8, 12]),
        "nm_px": 48 if long_name else 58,
        "cd_px": 15 if len(title) > 36 else 17,
        "provider": provider,
        "h1": d.pick(["CERTIFICATE", "CERTIFICATE", "DIPLOMA"]),
        "h2": d.pick(["of Professional Training", "of Course Completion", "of Achievement"]),
        "presented": d.pick(
            ["This certificate is presented to", "Presented to", "Is hereby awarded to"]
        ),
        "name": name,
        "for_line": d.pick(
            [
                "for successfully completing the course",
                "for satisfactory completion of",
                "in recognition of completing",
            ]
        ),
        "title": title,
        "details": details,
        "s1": d.person(),
        "r1": d.pick(["Course Director", "Lead Instructor", "Head of Training"]),
        "s2": d.person(),
        "r2": d.pick(["Registrar", "President", "Managing Director"]),
        "seal_html": d.pick(["SEAL OF<br>THE SCHOOL", "OFFICIAL<br>SEAL", "APPROVED<br>COURSE"]),
    }
