"""A screenshot of the last slide of an e-learning module, printed on a
landscape sheet: the browser window's tab and address bar (the LMS's SCORM
player address), then the authoring tool's player: a dark frame with the
module title, a sidebar menu listing the slides with the last one
("Certificate") highlighted, and the slide itself. The slide is a
certificate built by the course author: a thin frame, the school's logo
in a corner, "Certificate of Completion", the name the learner typed into
a text-entry box earlier in the module, the course, the quiz score, the
date the slide's script filled in, sometimes the CEC hours, and a "Print"
button on the slide. Prev/next buttons and a seek bar sit under it."""

SOURCE = (
    "wording and layout: certificate slides built in e-learning authoring tools "
    "(Articulate Storyline modern player with sidebar menu and seekbar; learner name from a "
    "text-entry variable, date from a JavaScript trigger, 'Print certificate' button) "
    "running in an LMS's SCORM player window"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "screenshot",
    "sentence",
    "provider-in-logo",
    "dark-background",
    "web-printout",
    "distractor-score",
)

TEMPLATE = """<style>
.win { position:absolute; left:${m}px; right:${m}px; top:${m}px; bottom:${m}px; border:1px solid #999; background:#fff; font-family:${ui} }
.tabs { height:34px; background:#dee1e6; display:flex; align-items:flex-end; padding-left:10px }
.tab { height:28px; width:260px; background:#fff; border-radius:8px 8px 0 0; font-size:11.5px; color:#333; padding:7px 12px; white-space:nowrap; overflow:hidden }
.addr { height:34px; background:#fff; border-bottom:1px solid #ccc; display:flex; align-items:center; gap:12px; padding:0 12px; font-size:12px; color:#444 }
.addr span.u { flex:1; background:#f1f3f4; border-radius:14px; padding:5px 14px; white-space:nowrap; overflow:hidden }
.pl { position:absolute; left:0; right:0; top:69px; bottom:0; background:${player} }
.ph { height:40px; display:flex; align-items:center; justify-content:space-between; padding:0 18px; color:#eee; font-size:14px }
.ph b { font-weight:600 }
.sb { position:absolute; left:12px; top:44px; bottom:58px; width:${sbw}px; background:${sidebar}; color:#ddd; font-size:12px; padding:10px 0 }
.sb div { padding:6px 14px; line-height:15px }
.sb .on { background:${accent}; color:#fff }
.sb .hd { color:#fff; font-weight:bold; font-size:12.5px; padding-bottom:10px; border-bottom:1px solid rgba(255,255,255,.2); margin-bottom:6px }
.sl { position:absolute; left:${sl_left}px; right:14px; top:44px; bottom:58px; background:${slide_bg}; overflow:hidden }
.fr { position:absolute; inset:14px; border:${fr_w}px solid ${dark} }
.fr2 { position:absolute; inset:24px; border:1px solid ${accent} }
.lg { position:absolute; left:40px; top:38px; display:flex; align-items:center; gap:8px; font: bold 14px ${sans}; color:${dark}; max-width:300px; line-height:17px }
.lg i { width:30px; height:30px; background:${accent}; border-radius:50% 50% 0 50%; flex:none }
.c { position:absolute; left:40px; right:40px; top:${c_top}px; text-align:center; color:#222; font-family:${body} }
.c h1 { margin:0; font: ${h_weight} ${h_size}px ${h_face}; color:${dark}; letter-spacing:${h_sp}px }
.c .s { font-size:16px; margin-top:14px; color:#444 }
.c .n { display:inline-block; margin-top:8px; font: ${n_size}px ${n_face}; color:#111; padding:2px 24px; border-bottom:1.5px solid #777; min-width:300px }
.c .ti { font-size:${t_size}px; font-weight:bold; margin-top:6px; color:${dark}; line-height:1.25 }
.c .x { font-size:15px; margin-top:12px; color:#333; line-height:22px }
.sig { position:absolute; left:60px; bottom:44px; width:230px; text-align:center; border-top:1px solid #555; padding-top:4px; font: 12px ${sans}; color:#333 }
.sig .h { position:absolute; left:0; right:0; bottom:26px; font: 26px ${hand}; color:#1d2a5c; white-space:nowrap }
.bd { position:absolute; left:50%; margin-left:-45px; bottom:34px; width:90px; height:90px; border-radius:50%; border:5px double ${accent}; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 11px ${sans}; color:${accent}; line-height:14px }
.pb { position:absolute; right:40px; bottom:32px; background:${accent}; color:#fff; font: bold 13px ${sans}; padding:8px 16px; border-radius:3px }
.ctl { position:absolute; left:${sl_left}px; right:14px; bottom:10px; height:38px; display:flex; align-items:center; gap:14px; color:#ddd; font-size:12px }
.ctl .sk { flex:1; height:5px; background:#666; border-radius:3px; position:relative }
.ctl .sk i { position:absolute; left:0; top:0; bottom:0; width:${seek}%; background:${accent}; border-radius:3px }
.ctl .bt { border:1px solid #888; border-radius:3px; padding:5px 12px; color:#eee }
.cap { position:absolute; left:${m}px; right:${m}px; bottom:6px; font: 10px ${ui}; color:#555; display:flex; justify-content:space-between }
</style>
<div class="win">
 <div class="tabs"><div class="tab">${tab}</div></div>
 <div class="addr"><span>&#8592; &#8594; &#8635;</span><span class="u">${url}</span></div>
 <div class="pl">
  <div class="ph"><b>${module}</b><span>${player_right}</span></div>
  <div class="sb">${menu_html}</div>
  <div class="sl">
   <div class="fr"></div><div class="fr2"></div>
   <div class="lg"><i></i><span>${org}</span></div>
   <div class="c">
    <h1>${heading}</h1>
    <div class="s">${certifies}</div>
    <div class="n">${name}</div>
    <div class="s">${completed}</div>
    <div class="ti">${title}</div>
    <div class="x">${facts_html}</div>
   </div>
   <div class="sig"><div class="h">${signer}</div>${signer}, ${signer_role}</div>
   <div class="bd">${badge_html}</div>
   <div class="pb">${print_label}</div>
  </div>
  <div class="ctl"><span>${slide_no}</span><div class="sk"><i></i></div><span class="bt">&#9664; ${prev}</span><span class="bt">${next} &#9654;</span></div>
 </div>
</div>
<div class="cap"><span>${printed}</span><span>${cap_right}</span></div>
"""

MENU = [
    "Welcome",
    "How to use this module",
    "Learning objectives",
    "Lesson 1",
    "Lesson 2",
    "Lesson 3",
    "Knowledge check",
    "Final quiz",
    "Results",
]


def fill(d):
    import html

    r = d.rng
    org = d.provider()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    n_menu = d.pick([6, 7, 8])
    items = [f'<div class="hd">{html.escape(title)}</div>']
    items += [f"<div>{html.escape(m)}</div>" for m in MENU[:n_menu]]
    items.append(
        f'<div class="on">{d.pick(["Certificate", "Your certificate", "Completion"])}</div>'
    )
    score = r.randrange(80, 101)
    date = d.date(d.pick(["us_short", "us_numeric", "weekday", "long", "short_month"]))
    facts = [
        html.escape(
            d.pick(
                [
                    f"with a score of {score}% on {date}",
                    f"Score: {score}% \u00b7 Date: {date}",
                    f"on {date} with a final score of {score}%",
                ]
            )
        )
    ]
    if d.chance(0.5):
        facts.append(html.escape(d.hours(d.pick(["cec_hours", "iicrc_cec", "cecs_colon"]))))
    total = n_menu + 1
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:14]
    wide = d.chance(0.5)
    return {
        "m": 22,
        "ui": d.fonts["sans"],
        "player": d.pick(["#2b2b2b", "#3a3f44", "#1f2933"]),
        "sidebar": d.pick(["#3b3b3b", "#2e3338", "#283540"]),
        "sbw": 200 if wide else 0,
        "sl_left": 224 if wide else 14,
        "slide_bg": d.pick(["#fff", "#fdfbf4", d.colors["light"]]),
        "fr_w": d.pick([3, 6, 10]),
        "c_top": d.pick([104, 118, 130]),
        "signer": d.person(),
        "signer_role": d.pick(["Instructor", "Course author", d.role()]),
        "badge_html": d.pick(["COURSE<br>COMPLETE", "PASSED", "&#10003;<br>VERIFIED"]),
        "body": d.fonts[d.pick(["sans", "serif"])],
        "h_weight": d.pick(["bold", "normal"]),
        "h_size": d.pick([30, 34, 38]),
        "h_face": d.fonts[d.pick(["display", "serif", "sans"])],
        "h_sp": d.pick([0, 1, 3]),
        "n_size": d.pick([30, 34, 38]),
        "n_face": d.fonts[d.pick(["script", "sans", "serif"])],
        "t_size": d.pick([20, 22, 24]),
        "seek": d.pick([100, 100, 97]),
        "tab": f"{title} - {org}",
        "url": f"https://learn.{slug}.com/mod/scorm/player.php?a={r.randrange(10, 999)}"
        f"&currentorg={d.pick(['ORG-1', 'articulate_rise', 'story_default'])}&scoid={r.randrange(100, 9999)}",
        "module": title,
        "player_right": d.pick(["Resources", "Glossary  \u00b7  Resources", "Exit course"]),
        "menu_html": "".join(items) if wide else "",
        "org": org,
        "heading": d.pick(
            ["Certificate of Completion", "CERTIFICATE OF COMPLETION", "Certificate"]
        ),
        "certifies": d.pick(["This certifies that", "This is to certify that", "Presented to"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "upper"])),
        "completed": d.pick(
            ["has successfully completed", "has completed the online module", "completed"]
        ),
        "title": title,
        "facts_html": "<br>".join(facts),
        "print_label": d.pick(["Print certificate", "PRINT", "Print"]),
        "slide_no": f"{total} / {total}" if d.chance(0.5) else f"Slide {total} of {total}",
        "prev": d.pick(["PREV", "Prev"]),
        "next": d.pick(["NEXT", "Next"]),
        "printed": f"{d.other_date('issue', 'us_short')} {r.randrange(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "cap_right": d.pick(["Screenshot", "1 of 1", "Page 1"]),
    }
