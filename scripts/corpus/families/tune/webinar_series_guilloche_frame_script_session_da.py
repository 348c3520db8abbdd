"""An online education series' attendance certificate dressed up as a
formal award: a guilloche-style patterned frame with corner rosettes, a
ribbon seal, "Certificate of Attendance" in small caps, the attendee's name
in a large script face, and a single running paragraph that gives the
webinar title, the series it belongs to, the air date and the CEC hours;
two signatures (moderator and presenter) sit at the foot."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-cdr-cdr-default.tpl.php "
    "(attendance certificate: certifies that ... has participated in ... designated for)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "script-name",
    "sentence",
    "hours-in-sentence",
    "landscape",
    "distractor-person",
    "seal",
)

# Script faces with the accented letters the names need; Z003 fills any gap.
SCRIPTS = ["Dancing Script", "Z003", "Kaushan Script", "Kristi", "Lobster Two"]
SCRIPT_STACK = "'{}', 'Z003', 'Kaushan Script', cursive"

TEMPLATE = """<style>
.fr { position:absolute; inset:20px; border:14px solid transparent;
  border-image: repeating-linear-gradient(60deg, ${accent} 0 2px, transparent 2px 6px, ${dark} 6px 7px, transparent 7px 10px) 14 }
.in { position:absolute; inset:44px; border:2px solid ${dark} }
.in2 { position:absolute; inset:50px; border:1px solid ${accent} }
.ro { position:absolute; width:46px; height:46px; border-radius:50%; background: repeating-conic-gradient(${accent} 0 10deg, #fff 10deg 20deg); border:3px solid ${dark} }
.w { position:absolute; left:110px; right:110px; top:110px; text-align:center; color:#222 }
.k { font: 15px ${serif}; letter-spacing:5px; text-transform:uppercase; color:${accent} }
h1 { font: 46px ${display}; font-variant:small-caps; color:${dark}; margin:8px 0 18px; letter-spacing:1px; font-weight:normal }
.pre { font: italic 18px ${serif}; color:#444 }
.nm { font: 62px ${script}; color:${dark}; margin:16px 0 22px; line-height:1.3 }
.p { font: 18px ${serif}; line-height:30px; margin:0 30px }
.p i { font-style:normal; font-weight:bold }
.sigs { position:absolute; left:130px; right:130px; bottom:92px; display:flex; justify-content:space-between; align-items:flex-end }
.sigs > div { width:250px; text-align:center; border-top:1px solid #333; font: 13px ${sans}; padding-top:4px; position:relative }
.sigs .h { position:absolute; bottom:100%; left:0; right:0; font: 28px ${hand}; color:#1c2c66; white-space:nowrap }
.sigs > .seal { flex:none; width:108px; height:108px; border-radius:50%; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 11px ${sans}; letter-spacing:1px; line-height:14px; box-shadow: 0 0 0 5px #fff, 0 0 0 8px ${accent}; position:relative }
.seal:after { content:""; position:absolute; left:30px; top:96px; width:48px; height:40px; background:${accent}; clip-path:polygon(0 0,100% 0,100% 100%,50% 75%,0 100%); z-index:-1 }
.no { position:absolute; left:0; right:0; bottom:58px; text-align:center; font: 11px ${sans}; color:#555 }
</style>
<div class="fr"></div><div class="in"></div><div class="in2"></div>
<div class="ro" style="left:30px;top:30px"></div><div class="ro" style="right:30px;top:30px"></div>
<div class="ro" style="left:30px;bottom:30px"></div><div class="ro" style="right:30px;bottom:30px"></div>
<div class="w">
 <div class="k">${kicker}</div>
 <h1>${heading}</h1>
 <div class="pre">${pre}</div>
 <div class="nm">${name}</div>
 <div class="p">${para_html}</div>
</div>
<div class="sigs">
 <div><div class="h">${moderator}</div>${moderator}<br>${moderator_role}</div>
 <div class="seal">${seal_html}</div>
 <div><div class="h">${presenter}</div>${presenter}<br>Presenter</div>
</div>
<div class="no">${no_label} ${no}</div>
"""


def fill(d):
    import html

    e = html.escape
    name = d.name("plain")
    title = d.title()
    org = d.provider()
    date = d.date(d.pick(["long", "ordinal", "words", "weekday"]))
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "cecs"]))
    presenter = d.person()
    series = d.pick(["Online Education Series", "Webinar Wednesdays", "Virtual Learning Series"])
    para = d.pick(
        [
            f"has attended the live webinar <i>{e(title)}</i>, part of the {e(org)} {e(series)}, "
            f"broadcast on {e(date)}, and is awarded {e(hours)} for the time attended.",
            f"participated in <i>{e(title)}</i>, presented online by {e(presenter)} for the "
            f"{e(org)} {e(series)} on {e(date)}. This session is approved for {e(hours)}.",
            f"was in attendance for <i>{e(title)}</i> on {e(date)}, an interactive webinar "
            f"of the {e(org)} {e(series)}, earning {e(hours)}.",
        ]
    )
    return {
        "script": SCRIPT_STACK.format(d.pick(SCRIPTS)),
        "kicker": d.pick(["Live Webinar", "Online Education", "Virtual Session"]),
        "heading": d.pick(["Certificate of Attendance", "Certificate of Participation"]),
        "pre": d.pick(
            ["This certificate is presented to", "Be it known that", "We hereby certify that"]
        ),
        "name": name,
        "para_html": para,
        "moderator": d.person(),
        "moderator_role": d.pick(["Series Moderator", "Education Chair", d.role()]),
        "presenter": presenter,
        "seal_html": d.pick(["LIVE<br>WEBINAR<br>ATTENDED", "CE<br>VERIFIED", "OFFICIAL<br>SEAL"]),
        "no_label": d.pick(["Certificate No.", "Attendance ID"]),
        "no": d.number(),
    }
