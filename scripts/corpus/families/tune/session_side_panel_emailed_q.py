"""A landscape certificate of attendance that a conference platform e-mails as
a PDF attachment a few days after the show: a dark vertical panel down the
left third carries the show's round mark, its name in light letter-spaced
capitals, the show's dates and venue and a short line on the certifying
body; the white right side carries the title, "presented to" and the
attendee's name in a script, a line naming the education session over the
session title, a row of three labelled cells (session date, credit,
approval number), two signatures (the presenter and the education chair),
and a line of tiny print with the e-mail delivery date and a certificate
ID."""

SOURCE = (
    "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php (title, "
    "'presented to', script name, reason line, info row of date and signature cells); "
    "emailed session certificates as conference platforms deliver them after a show"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "letter-spaced",
    "script-name",
    "labelled",
    "sentence",
    "distractor-person",
    "distractor-date",
    "date-range",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.pn { position:absolute; left:0; top:0; bottom:0; width:31%; background:${dark}; color:#eef0ea; padding:58px 30px 40px; font-family:${sans} }
.pn .mk { width:88px; height:88px; border-radius:50%; border:3px solid ${accent}; display:flex; align-items:center; justify-content:center;
  font: bold 24px ${display}; letter-spacing:2px; color:#fff; box-shadow: inset 0 0 0 5px ${dark}, inset 0 0 0 6px rgba(255,255,255,0.5) }
.pn .ev { font: bold 19px ${sans}; letter-spacing:3.5px; text-transform:uppercase; line-height:27px; margin-top:30px }
.pn .rule { width:48px; height:3px; background:${accent}; margin:18px 0 }
.pn .dt { font-size:13.5px; line-height:20px; opacity:0.92 }
.pn .cb { position:absolute; left:30px; right:26px; bottom:40px; font-size:10.5px; line-height:15px; opacity:0.75; letter-spacing:0.3px }
.rt { position:absolute; left:31%; right:0; top:0; bottom:0; padding:64px 62px 40px 58px; font-family:${serif}; color:#222 }
.rt h1 { margin:0; font: 40px ${display}; color:${dark}; letter-spacing:1px; line-height:46px }
.rt .kk { font: 11px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${accent}; margin-top:6px }
.rt .to { font-size:17px; font-style:italic; margin-top:48px; color:#444 }
.rt .nm { font: 46px ${scriptf}; color:#111; line-height:58px; margin-top:4px; border-bottom:1px solid #bbb; padding-bottom:4px }
.rt .for { font-size:17px; margin-top:28px; line-height:23px }
.rt .ti { font: bold 23px ${serif}; margin-top:8px; line-height:29px; color:#111 }
.cells { display:flex; margin-top:36px; border-top:1px solid #999; border-bottom:1px solid #999 }
.cells div { flex:1; padding:8px 12px 9px 0; font: 15px ${sans} }
.cells div + div { padding-left:14px; border-left:1px solid #ccc }
.cells small { display:block; font-size:9.5px; letter-spacing:1.6px; text-transform:uppercase; color:#666; margin-bottom:3px }
.sigs { position:absolute; left:58px; right:62px; bottom:64px; display:flex; gap:44px }
.sigs div { flex:1; font: 12px ${sans}; color:#333; line-height:16px }
.sigs .h { font: 25px ${handf}; color:#1d2c6b; border-bottom:1px solid #444; height:32px; line-height:38px; white-space:nowrap; overflow:hidden }
.ft { position:absolute; left:58px; right:62px; bottom:16px; font: 8.5px ${sans}; color:#888; letter-spacing:0.2px }
</style>
<div class="pn">
 <div class="mk">${initials}</div>
 <div class="ev">${event}</div>
 <div class="rule"></div>
 <div class="dt">${show_range}<br>${venue}</div>
 <div class="cb">${cb_line}</div>
</div>
<div class="rt">
 <h1>${heading}</h1>
 <div class="kk">${kicker}</div>
 <div class="to">${to}</div>
 <div class="nm">${name}</div>
 <div class="for">${for_line}</div>
 <div class="ti">${title}</div>
 <div class="cells">
  <div><small>${date_label}</small>${date}</div>
  <div><small>${credit_label}</small>${hours}</div>
  <div><small>${appr_label}</small>${approval}</div>
 </div>
 <div class="sigs">
  <div><div class="h">${speaker}</div>${speaker}<br>${speaker_role}</div>
  <div><div class="h">${chair}</div>${chair}<br>${chair_role}</div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(1, 1), (0, 2), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    words = [w for w in d.org_alt.split() if w[0].isalpha()]
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "scriptf": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "initials": "".join(w[0] for w in words if w[0].isupper())[:3],
        "event": d.provider(),
        "show_range": show,
        "venue": d.venue(),
        "cb_line": d.pick(
            [
                "Education sessions at this show were reviewed and approved for continuing "
                "education credit by the IICRC.",
                "An IICRC-approved continuing education event.",
            ]
        ),
        "heading": d.pick(["Certificate of Attendance", "Attendance Certificate"]),
        "kicker": d.pick(["Education session", "Continuing education", "Session credit"]),
        "to": d.pick(["presented to", "This certificate is presented to", "awarded to"]),
        "name": d.name("plain"),
        "for_line": d.pick(
            [
                "for attending the full education session",
                "who was present for the education session titled",
                "in recognition of attending",
            ]
        ),
        "title": d.title("plain"),
        "date_label": d.pick(["Session date", "Date attended", "Date"]),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "ordinal", "dmy_long"])),
        "credit_label": d.pick(["Credit", "CEC credit", "Approved for"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec"])),
        "appr_label": d.pick(["Approval no.", "IICRC course #", "Approval #"]),
        "approval": d.approval(),
        "speaker": d.person(),
        "speaker_role": d.pick(["Presenter", "Session speaker", "Instructor"]),
        "chair": d.person(),
        "chair_role": d.pick(["Education Chair", "Director of Education", "Program Chair"]),
        "foot": f"Delivered by e-mail {d.other_date('issue', 'long')} · Certificate ID "
        f"{d.number()} · Retain for your records; duplicates are available for one year.",
    }
