"""The end page of a session evaluation survey that a show's education team
uses to hand out credit for its online sessions, printed from the browser:
the survey theme's header band with the event's name, a full progress bar,
a thank-you line, then a bordered certificate box whose values are piped
from the attendee's answers (the name typed in the first question, the
session picked from a drop-down with its slot code in front, the event, the
day, the credit, the presenter), a "print this page" instruction, sometimes
a summary of the answers, the response ID and the survey tool's footer."""

SOURCE = (
    "wording: CE credit claimed through a post-session evaluation survey (end-of-survey "
    "message with piped text: attendee name, session chosen from a list, credit; 'print this "
    "page for your records'), as show and association education teams set up in survey tools"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "web-printout",
    "labelled",
    "dark-band",
    "distractor-person",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.pr { position:absolute; left:24px; right:24px; top:10px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.pf { position:absolute; left:24px; right:24px; bottom:10px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.bg { position:absolute; left:0; right:0; top:30px; bottom:30px; background:${page_bg} }
.hd { position:absolute; left:0; right:0; top:30px; height:${hd_h}px; background:${dark}; color:#fff; display:flex; flex-direction:column; justify-content:center; align-items:center; text-align:center }
.hd b { font: bold 24px ${lfont}; letter-spacing:${hd_sp}px }
.hd span { font-size:13px; opacity:.85; margin-top:4px; font-family:${sans} }
.sv { position:absolute; left:${sv_x}px; right:${sv_x}px; top:${sv_top}px; background:#fff; border-radius:${sv_r}px; padding:26px 36px 30px; font: 14.5px ${sans}; color:#333; box-shadow:0 1px 4px rgba(0,0,0,.15) }
.pg { height:10px; background:#e3e3e3; border-radius:5px; overflow:hidden } .pg i { display:block; height:10px; width:100%; background:${accent} }
.pgl { font-size:11.5px; color:#777; margin:4px 0 18px; text-align:right }
.ty { font-size:17px; font-weight:bold; margin-bottom:8px }
.cb { margin:18px 0 14px; border:${cb_w}px ${cb_style} ${accent}; padding:20px 26px; text-align:center }
.cb h3 { margin:0 0 12px; font: bold 19px ${hface}; letter-spacing:${h3_sp}px; color:${dark}; text-transform:uppercase }
.cb .n { font: bold 24px ${nface}; color:#111; margin:6px 0 }
.cb .t { font-weight:bold; font-size:16px; margin:6px 0; line-height:1.3 }
.cb .t span { font-weight:normal; color:#666 }
.cb p { margin:4px 0; line-height:21px }
.ins { font-size:13.5px; color:#444; line-height:20px }
.sm { margin-top:14px; font-size:12.5px; color:#555; border-top:1px solid #eee; padding-top:10px }
.sm div { display:flex; justify-content:space-between; padding:3px 0 }
.rid { margin-top:12px; font-size:11.5px; color:#888 }
.pw { position:absolute; left:0; right:0; bottom:54px; text-align:center; font: 11px ${sans}; color:#888 }
</style>
<div class="pr"><span>${printed}</span><span>${page_title}</span></div>
<div class="bg"></div>
<div class="hd"><b>${org}</b><span>${hd_sub}</span></div>
<div class="sv">
 <div class="pg"><i></i></div><div class="pgl">100%</div>
 <div class="ty">${thanks}</div>
 <div class="ins">${lead}</div>
 <div class="cb">
  <h3>${cert_heading}</h3>
  <p>${certifies}</p>
  <div class="n">${name}</div>
  <p>${attended}</p>
  <div class="t"><span>${slot}</span> ${title}</div>
  <p>${at} ${org} &middot; ${date}</p>
  <p>${presenter_label} ${presenter}</p>
  <p><b>${credit_label} ${hours}</b></p>
 </div>
 <div class="ins">${instruction}</div>
 ${summary_html}
 <div class="rid">${rid_label} ${rid}</div>
</div>
<div class="pw">${powered}</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    import html

    r = d.rng
    org = d.provider()
    slot = d.pick(
        [
            f"{d.pick(['1', '2', '3', '4'])}{d.pick(['A', 'B', 'C', 'D'])} \u2013",
            f"Session {r.randrange(1, 24)}:",
            f"{d.pick(['Tue', 'Wed', 'Thu'])} {d.pick(['9:00', '10:30', '1:15', '3:00'])} \u2013",
        ]
    )
    summary = ""
    if d.chance(0.5):
        rows = [
            ("Did you attend the entire session?", "Yes"),
            ("The presenter was knowledgeable", d.pick(["Strongly agree", "Agree"])),
            ("Overall rating", f"{d.pick([4, 5])} of 5"),
        ]
        summary = (
            '<div class="sm">'
            + "".join(
                f"<div><span>{html.escape(q)}</span><span>{html.escape(a)}</span></div>"
                for q, a in rows
            )
            + "</div>"
        )
    rid = "R_" + "".join(
        r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(15)
    )
    hh, mm = r.randrange(1, 12), r.randrange(0, 60)
    sv_top = d.pick([150, 170])
    return {
        "page_bg": d.pick(["#eef1f4", "#f4f4f4", d.colors["light"]]),
        "hd_h": sv_top - 60,
        "lfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "hd_sp": d.pick([0, 1, 2]),
        "sv_x": d.pick([60, 80, 100]),
        "sv_top": sv_top,
        "sv_r": d.pick([0, 4, 8]),
        "cb_w": d.pick([2, 3, 4]),
        "cb_style": d.pick(["solid", "double", "dashed"]),
        "hface": d.fonts[d.pick(["serif", "sans", "display"])],
        "h3_sp": d.pick([1, 2, 3]),
        "nface": d.fonts[d.pick(["serif", "sans", "script"])],
        "printed": f"{d.other_date('issue', 'us_short')}, {hh}:{mm:02d} {d.pick(['AM', 'PM'])}",
        "page_title": d.pick(
            ["Session Evaluation", "CE Credit Survey", "Evaluation & CE Certificate"]
        ),
        "org": org,
        "hd_sub": d.pick(
            ["Session Evaluation & CE Credit", "Continuing Education Survey", "Education Program"]
        ),
        "thanks": d.pick(
            [
                "Thank you for completing the session evaluation!",
                "Thank you! Your evaluation has been recorded.",
                "We appreciate your feedback.",
            ]
        ),
        "lead": d.pick(
            [
                "Your certificate of attendance appears below.",
                "Below is your record of attendance for the session you selected.",
                "",
            ]
        ),
        "cert_heading": d.pick(
            ["Certificate of Attendance", "CE Attendance Record", "Certificate of Completion"]
        ),
        "certifies": d.pick(["This certifies that", "This is to confirm that"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "plain"])),
        "attended": d.pick(["attended the education session", "participated in", "attended"]),
        "slot": slot,
        "title": d.title("plain"),
        "at": d.pick(["at", "presented at", "during the"]),
        "date": d.date(d.pick(["long", "weekday", "us_numeric", "short_month"])),
        "presenter_label": d.pick(["Presenter:", "Speaker:", "Instructor:"]),
        "presenter": d.person(),
        "credit_label": d.pick(["Credit awarded:", "CE credit:", "IICRC CECs:"]),
        "hours": d.hours_number() if d.chance(0.4) else d.hours(d.pick(["cecs", "hrs"])),
        "instruction": d.pick(
            [
                "Please print this page for your records. A copy will not be e-mailed to you.",
                "Print or save this page as a PDF now; you will not be able to return to it.",
                "Use your browser's Print command to keep a copy. Submit it with your CEC renewal.",
            ]
        ),
        "summary_html": summary,
        "rid_label": d.pick(["Response ID:", "Your response ID:"]),
        "rid": rid,
        "powered": d.pick(
            [
                "Powered by Qualtrics",
                "Survey software by SurveyMonkey",
                "Powered by the survey platform",
            ]
        ),
        "url": f"https://{d.pick(['survey', 'eval', 'events'])}.{d.pick(['qualtrics.com/jfe/form', 'surveymonkey.com/r'])}/SV_{rid[2:12]}",
    }
