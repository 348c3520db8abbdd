"""Landscape LMS certificate drawn over a full-page background: a guilloche
rosette field inside a thick coloured frame, the school's wordmark alone at
the top, a big certificate title, the learner's name in script and one
merged paragraph of running text that holds the course, a two- or three-day
span, the credit and sometimes the approval number. A signer and a small
issue line sit at the foot."""

SOURCE = "gocodebox/lifterlms:templates/certificates/template.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "script-name",
    "provider-in-logo",
    "ornate",
    "guilloche",
    "date-range",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:18px; border:16px solid ${dark};
  background:
    repeating-radial-gradient(circle at 50% 50%, transparent 0 9px, rgba(0,0,0,0.045) 9px 10px),
    repeating-conic-gradient(from 0deg at 50% 50%, rgba(0,0,0,0.03) 0 3deg, transparent 3deg 6deg),
    ${light} }
.in { position:absolute; inset:44px; border:1.5px solid ${accent} }
.in:after { content:""; position:absolute; inset:5px; border:0.5px solid ${accent} }
.lg { position:absolute; top:72px; left:0; right:0; text-align:center }
.lg span { display:inline-block; font: bold 15px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${dark};
  border-top:3px solid ${accent}; border-bottom:3px solid ${accent}; padding:5px 14px; background:${light} }
h1 { position:absolute; top:128px; left:0; right:0; margin:0; text-align:center; font: 46px ${display};
  color:${dark}; letter-spacing:1px }
.nm { position:absolute; top:210px; left:80px; right:80px; text-align:center; font: 54px ${script}; color:#1a1a1a;
  line-height:1.3 }
.tx { position:absolute; top:332px; left:130px; right:130px; text-align:center; font: 19px ${serif}; line-height:31px;
  color:#222; background:rgba(255,255,255,0.55) }
.tx b { color:${dark} }
.seal { position:absolute; left:50%; bottom:92px; width:132px; height:132px; margin-left:-66px; border-radius:50%;
  background: repeating-conic-gradient(${accent} 0 5deg, ${dark} 5deg 10deg); box-shadow:0 0 0 4px ${light}, 0 0 0 6px ${accent} }
.seal:after { content:""; position:absolute; inset:18px; border-radius:50%; background:${light}; border:2px solid ${dark} }
.ft { position:absolute; left:110px; right:110px; bottom:82px; display:flex; justify-content:space-between;
  align-items:flex-end; font: 13px ${serif} }
.ft .s { width:250px; text-align:center }
.ft .s .h { font: 28px ${hand}; color:#1d2b64; border-bottom:1px solid #333; height:40px }
.ft .i { font: 12px ${sans}; color:#444; text-align:right; line-height:17px }
</style>
<div class="fr"></div><div class="in"></div>
<div class="lg"><span>${org}</span></div>
<h1>${heading}</h1>
<div class="nm">${name}</div>
<div class="tx">${text_html}</div>
<div class="seal"></div>
<div class="ft">
 <div class="s"><div class="h">${signer}</div>${signer}<br>${role}</div>
 <div class="i">${issued_label} ${issued}<br>${cert_label} ${cert_no}</div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    org = d.provider()
    title = d.title(d.pick(["plain", "with_code"]))
    span = d.date_range(d.pick([1, 2, 2]))
    hours = d.hours(d.pick(["words", "cec_hours", "words_cec", "contact_and_cec"]))
    verb = d.pick(
        ["has completed", "successfully completed", "completed all lessons and the final quiz of"]
    )
    text = f"{verb} <b>{e(title)}</b>, held {e(span)}, and earned {e(hours)}."
    if d.chance(0.6):
        text += f" IICRC approved course no. {e(d.approval())}."
    return {
        "org": org,
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Achievement", "Course Certificate"]
        ),
        "name": d.name("plain"),
        "text_html": text,
        "signer": d.person(),
        "role": d.pick(["Instructor", "Education Manager", "Owner & Lead Trainer"]),
        "issued_label": d.pick(["Earned on", "Issued", "Awarded"]),
        "issued": d.other_date("issue"),
        "cert_label": d.pick(["Certificate #", "ID:"]),
        "cert_no": d.number(),
    }
