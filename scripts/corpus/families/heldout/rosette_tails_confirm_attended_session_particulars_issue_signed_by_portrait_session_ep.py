"""A portrait certificate of participation for one convention session,
after a workshop's generated confirmation certificate: a pleated rosette
with two ribbon tails hangs at the top centre over a thin ornamental
frame with corner flourishes, then a large engraved heading and a running
paragraph with no labels ("This is to confirm that <name> attended the
education session <title> during <show>, held on <date> at <venue>"),
followed by a short bulleted list of the session's particulars (session
code, the speaker, the room, the credited time). At the foot, a "Date of
issue" block on the left and a "Signed by" block with an ink signature on
the right."""

SOURCE = (
    "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md ('This is to "
    "confirm that <name> attended the co-located events held <dates> in <city>, comprising:' "
    "with an itemized list, 'Date of issue:' and 'Signed by:' minipages at the foot beside a "
    "signature image)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "seal",
    "sentence",
    "values-in-list",
    "distractor-person",
    "distractor-date",
    "big-serif-title",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock}; font-family:${serif}; color:#222 }
.f1 { position:absolute; inset:30px; border:1px solid ${accent} }
.f2 { position:absolute; inset:36px; border:3px double ${accent} }
.fl { position:absolute; font-size:34px; color:${accent}; line-height:1 }
.ros { position:absolute; left:50%; top:44px; width:130px; height:196px; margin-left:-65px }
.ros .t { position:absolute; top:96px; width:38px; height:96px; background:${rib};
  clip-path: polygon(0 0,100% 0,100% 100%,50% 84%,0 100%) }
.ros .p { position:absolute; left:0; top:0; width:130px; height:130px; border-radius:50%;
  background: repeating-conic-gradient(${rib} 0 8deg, ${rib2} 8deg 16deg) }
.ros .c { position:absolute; left:24px; top:24px; width:82px; height:82px; border-radius:50%; background:${stock};
  border:3px solid ${rib}; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 11px ${sans}; color:${rib}; letter-spacing:1px; line-height:14px }
.w { position:absolute; left:84px; right:84px; top:${w_top}px; bottom:${w_bot}px; display:flex;
  flex-direction:column; justify-content:space-evenly }
.hd { text-align:center; font: ${hd_px}px ${engr}; color:${dark}; line-height:1.1 }
.sub { text-align:center; font: 13px ${sans}; letter-spacing:4px; text-transform:uppercase; color:#666; margin-top:8px }
.par { font-size:${par_px}px; line-height:1.6; text-align:left }
.par b { font-weight:bold }
ul { margin:0; padding-left:26px; font-size:16px; line-height:28px }
.ft { position:absolute; left:84px; right:84px; bottom:${ft_b}px; display:flex; justify-content:space-between;
  align-items:flex-end; font-size:15px; line-height:22px }
.ft b { font-weight:bold }
.ft .sg { text-align:center; width:270px }
.ft .sg .h { font: 30px ${hand}; color:${ink}; white-space:nowrap; border-bottom:1px solid #555; line-height:44px }
</style>
<div class="pg">
<div class="f1"></div><div class="f2"></div>
<div class="fl" style="left:44px;top:42px">❦</div><div class="fl" style="right:44px;top:42px;transform:scaleX(-1)">❦</div>
<div class="fl" style="left:44px;bottom:42px;transform:scaleY(-1)">❦</div><div class="fl" style="right:44px;bottom:42px;transform:scale(-1,-1)">❦</div>
<div class="ros"><div class="t" style="left:22px;transform:rotate(10deg)"></div><div class="t" style="right:22px;transform:rotate(-10deg)"></div>
 <div class="p"></div><div class="c">${ros_html}</div></div>
<div class="w">
 <div><div class="hd">${heading}</div><div class="sub">${sub}</div></div>
 <div class="par">${par_html}</div>
 <ul>${items_html}</ul>
</div>
<div class="ft">
 <div><b>${issue_label}</b> ${issue}<br><b>${place_label}</b> ${city}</div>
 <div class="sg"><div class="h">${signer}</div><b>${signed_label}</b> ${signer}<br>${role}</div>
</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'P052', serif",
]


def fill(d):
    from html import escape as e

    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title("plain")
    event = d.provider()
    date = d.date(d.pick(["ordinal_dmy", "long", "weekday", "dmy_long"]))
    venue = d.venue()
    par = d.pick(
        [
            f"This is to confirm that <b>{e(name)}</b> attended the education session "
            f"<b>{e(title)}</b> during the {e(event)}, held on {e(date)} at {e(venue)}.",
            f"We hereby confirm that <b>{e(name)}</b> took part in the session <b>{e(title)}</b>, "
            f"presented on {e(date)} as part of the {e(event)} ({e(venue)}).",
        ]
    )
    hours = d.hours(d.pick(["cec_hours", "words", "cecs", "hrs"]))
    minutes = round(d.credit * 60)
    items = [
        f"{d.pick(['Session code', 'Session no.'])}: {d.pick(['ED', 'S', 'T'])}-{d.rng.randrange(100, 480)}",
        f"{d.pick(['Speaker', 'Presenter'])}: {d.person()}",
        f"{d.pick(['Room', 'Hall'])}: {d.pick(['Ballroom B', 'Room 204', 'Hall C, Theater 2', 'Room 118A'])}",
        f"{d.pick(['Credited time', 'Credit for time attended'])}: {minutes} minutes ({hours})",
    ]
    if d.chance(0.4):
        items.insert(2, f"Moderator: {d.person()}")
    return {
        "stock": d.pick(["#ffffff", "#fdfbf4", "#f9f7f0"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "rib": d.pick(["#1f3a5f", "#8b0000", "#0b3d2e", "#5b2333"]),
        "rib2": d.pick(["#3f6aa0", "#c0392b", "#2f7a5c", "#9a4a5e"]),
        "engr": d.pick(ENGRAVED),
        "w_top": d.pick([250, 262]),
        "w_bot": d.pick([180, 190]),
        "ft_b": d.pick([78, 86]),
        "hd_px": d.pick([44, 50]),
        "par_px": d.pick([18, 19]),
        "ros_html": d.pick(["SESSION<br>ATTENDED", "CE<br>CREDIT", "OFFICIAL<br>RECORD"]),
        "heading": d.pick(["Certificate of Participation", "Certificate of Attendance"]),
        "sub": d.pick(
            ["Continuing Education Program", "Education Sessions", "Conference Education"]
        ),
        "par_html": par,
        "items_html": "".join(f"<li>{e(i)}</li>" for i in items),
        "issue_label": d.pick(["Date of issue:", "Issued:"]),
        "issue": d.other_date("issue", d.pick(["ordinal_dmy", "long", "dmy_long"])),
        "place_label": d.pick(["Place:", "Issued at:"]),
        "city": d.city(),
        "signed_label": d.pick(["Signed by:", "Signed:"]),
        "signer": d.person(),
        "role": d.pick(
            ["on behalf of the Education Committee", "Education Director", "Conference Chair"]
        ),
    }
