"""A landscape LMS certificate laid out from positioned elements on a
two-rule frame: the school's name in small capitals over a large heading,
the learner's name, a line saying the course was completed on its date
(sometimes only under a caption at the foot), the course and its credit,
then a tinted band across the foot holding the certificate's validity,
either as two captioned dates (awarded or issued, and expires on or valid
until) or as one line reading from one date to the other, with the
certificate code and the signer beside it."""

SOURCE = (
    "mdjnelson/moodle-mod_customcert:element/expiry/lang/en/customcertelement_expiry.php "
    "(the Expiry element: 'Expires on', 'Valid for ... year(s)', start from the completion "
    "date, award date or issued date) placed with the date, code and signature elements"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "labelled",
    "distractor-date",
    "distractor-person",
    "dark-band",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:26px; border:3px solid ${dark} } .f2 { position:absolute; inset:34px; border:1px solid ${accent} }
.ct { position:absolute; left:90px; right:90px; top:96px; text-align:center; color:#1d1d1d }
.org { font: 600 16px ${serif}; letter-spacing:4px; font-variant:small-caps; color:${dark} }
.h { font: bold 44px ${display}; color:${dark}; margin-top:14px; letter-spacing:1px }
.lead { font: italic 17px ${serif}; color:#444; margin-top:20px }
.nm { font: bold 38px ${serif}; margin:8px auto 0; padding-bottom:6px; border-bottom:1px solid #999; width:70%; white-space:nowrap }
.mid { font: 17px ${serif}; color:#333; margin-top:18px; line-height:24px }
.ti { font: bold 26px ${sans}; color:${dark}; margin-top:8px; line-height:32px }
.cr { font: 16px ${serif}; color:#333; margin-top:12px }
.band { position:absolute; left:34px; right:34px; bottom:34px; height:118px; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:space-between; padding:0 56px; font-family:${sans} }
.band .dt { display:flex; gap:42px }
.band .dt div { font: bold 17px ${cond}; white-space:nowrap }
.band .dt small { display:block; font: 10.5px ${cond}; letter-spacing:1.8px; text-transform:uppercase; color:#d8d8d8; margin-bottom:9px }
.band .vl { font: 16px ${sans}; max-width:520px; line-height:22px } .band .vl b { white-space:nowrap }
.band .sg { text-align:center; font-size:11.5px; color:#eee; width:210px }
.band .sg .s { font: 28px ${hand}; color:#fff; border-bottom:1px solid #ccc; padding-bottom:2px; margin-bottom:3px; white-space:nowrap }
.code { position:absolute; right:62px; bottom:160px; font: 11px ${mono}; color:#555 }
</style>
<div class="f1"></div><div class="f2"></div>
<div class="ct">
 <div class="org">${org}</div>
 <div class="h">${heading}</div>
 <div class="lead">${lead}</div>
 <div class="nm">${name}</div>
 <div class="mid">${mid}</div>
 <div class="ti">${title}</div>
 <div class="cr">${credit}</div>
</div>
<div class="code">${code}</div>
<div class="band">${band_html}
 <div class="sg"><div class="s">${signer}</div>${signer}, ${role}</div>
</div>
"""


def fill(d):
    import html

    r = d.rng
    style = d.pick(["long", "long", "dmy_long", "ordinal", "short_month", "us_numeric"])
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    where = d.pick(["sentence", "sentence", "band"])
    date = d.date(style)
    issued = d.other_date("issue", style)
    expires = d.other_date("expiry", style)
    if where == "sentence":
        mid = d.pick(
            [
                f"has successfully completed, on {date}, the course",
                f"completed on {date} all requirements of",
                f"on {date} satisfactorily completed",
            ]
        )
    else:
        mid = d.pick(["has successfully completed the course", "has met all requirements of"])
    years = d.pick(["one year", "two years", "three years"])
    band = d.pick(["captions", "line", "line"])
    if band == "captions":
        cells = []
        if where == "band":
            cells.append((d.pick(["Completion date", "Course completed", "Completed"]), date))
        cells.append((d.pick(["Certificate awarded", "Issued date", "Date issued"]), issued))
        cells.append((d.pick(["Expires on", "Valid until", "Expiry date"]), expires))
        band_html = (
            '<div class="dt">'
            + "".join(
                f"<div><small>{html.escape(k)}</small>{html.escape(v)}</div>" for k, v in cells
            )
            + "</div>"
        )
    else:
        line = d.pick(
            [
                f"Valid from <b>{issued}</b> to <b>{expires}</b>",
                f"This certificate is valid for {years}: <b>{issued}</b> – <b>{expires}</b>",
                f"Validity: <b>{issued}</b> through <b>{expires}</b>",
                f"<b>{issued} – {expires}</b>",
            ]
        )
        if where == "band":
            lead = d.pick(["Completion date", "Course completed on", "Date completed"])
            line = f"{lead}: <b>{date}</b><br>{line}"
        band_html = f'<div class="vl">{line}</div>'
    hstyle = d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec"])
    credit = d.hours(hstyle)
    if hstyle != "iicrc_cec":
        credit = d.pick(["Credit awarded: ", "IICRC continuing education: ", ""]) + credit
    return {
        "org": org,
        "heading": d.pick(
            ["Certificate of Training", "Certificate of Completion", "Training Certificate"]
        ),
        "lead": d.pick(["This is to certify that", "This certifies that", "Awarded to"]),
        "name": name,
        "mid": mid,
        "title": title,
        "credit": credit,
        "code": d.pick(["Certificate code: ", "Code ", "Verification code: "])
        + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
        "band_html": band_html,
        "signer": d.person(),
        "role": d.pick(["Training Director", "Lead Instructor", "Registrar", d.role()]),
    }
