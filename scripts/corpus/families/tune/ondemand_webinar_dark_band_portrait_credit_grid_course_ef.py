"""A self-study certificate for a recorded (on-demand) webinar, portrait:
a deep coloured band across the top with the school's name in white as its
wordmark and the name of its webinar library under it, a big serif heading
on white, the learner's name in bold serif caps or title case between two
short rules, a line saying the recording was viewed and its quiz passed,
the webinar title, and a two-column grid of boxed label-over-value cells
(completed, credit hours, format, presenter, original broadcast date, quiz
score, certificate number). A matching dark band at the foot holds the
school's address and a small note in white. The broadcast date and the
presenter are not the answer."""

SOURCE = (
    "realcme/newmigration:certifications/certificate-nace-amapracat1.tpl.php (enduring-material "
    "certificate: title, logo block with address, certifies-that, participated in the enduring "
    "material, date earned, credits) and ux-at-icfnext/child-welfare:_pages/templates/"
    "resource-webinar.md (webinar after the event: presenter, webinar date, recording length)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "labelled",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.tb { position:absolute; left:0; right:0; top:0; height:${tb_h}px; background:${band}; color:#fff; padding:${tb_pad}px 56px 0 }
.tb .on { font: bold ${org_px}px ${face}; letter-spacing:.5px; line-height:1.15 }
.tb .lib { font: 12px ${sans}; letter-spacing:3px; text-transform:uppercase; opacity:.85; margin-top:8px }
.tb .ic { position:absolute; right:56px; top:${tb_pad}px; width:54px; height:54px; border:2px solid rgba(255,255,255,.8); border-radius:50%; display:flex; align-items:center; justify-content:center; font-size:20px }
.c { position:absolute; left:70px; right:70px; top:${c_top}px; text-align:center; color:#222 }
h1 { font: ${h_px}px ${display}; color:${band}; margin:0; line-height:1.05 }
.p { font: italic 14px ${serif}; color:#555; margin-top:18px }
.nm { font: bold ${nm_px}px ${serif}; color:#111; margin:10px auto 0; padding:8px 0; border-top:1px solid ${acc}; border-bottom:1px solid ${acc}; display:inline-block; min-width:60%; ${nm_case} }
.ti { font: bold 19px ${sans}; color:#111; margin-top:8px; line-height:24px }
.grid { display:grid; grid-template-columns:1fr 1fr; gap:14px 16px; margin:34px auto 0; text-align:left; max-width:560px }
.cell { border:1px solid #ccd; border-left:4px solid ${acc}; padding:9px 12px; background:#fafbfc }
.cell small { display:block; font: 9.5px ${sans}; letter-spacing:1.2px; text-transform:uppercase; color:#777 }
.cell b { font: bold 13.5px ${sans}; color:#111 }
.fb { position:absolute; left:0; right:0; bottom:0; height:58px; background:${band}; color:#fff; display:flex; flex-direction:column; justify-content:center; align-items:center; font: 10px ${sans}; line-height:15px; opacity:.97 }
.fb b { font-size:11px; letter-spacing:.4px }
</style>
<div class="tb"><div class="on">${org}</div><div class="lib">${library}</div><div class="ic">&#9654;</div></div>
<div class="c">
 <h1>${heading}</h1>
 <div class="p">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="p">${viewed}</div>
 <div class="ti">${title}</div>
 <div class="grid">${cells_html}</div>
</div>
<div class="fb"><b>${org_foot}</b><span>${addr}</span><span>${foot_note}</span></div>
"""


def fill(d):
    import html

    e = html.escape
    r = d.rng
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long", "ordinal"]))
    hours_label, hours = d.pick(
        [
            ("Credit hours", lambda: d.hours_number()),
            ("Credit", lambda: d.hours(d.pick(["credit_hours", "cec_hours", "iicrc_cec"]))),
            ("CEC hours awarded", lambda: d.hours_number()),
        ]
    )
    hours = hours()
    cells = [
        (d.pick(["Completed", "Date completed", "Completion date"]), e(date)),
        (hours_label, e(hours)),
        (
            "Format",
            d.pick(["Recorded webinar", "On-demand webinar · self-study", "Webinar recording"]),
        ),
        (d.pick(["Presenter", "Speaker", "Instructor"]), e(d.person())),
        (
            d.pick(["Originally broadcast", "Live air date", "Recorded on"]),
            e(d.other_date("registered")),
        ),
        (d.pick(["Quiz score", "Post-test"]), f"{r.choice([80, 85, 90, 95, 100])}%"),
    ]
    if d.chance(0.4):
        cells.append(("IICRC approval", e(d.approval())))
    cells.append(("Certificate no.", e(d.number())))
    if len(cells) % 2:
        cells = cells[:-1] if d.chance(0.5) else cells
    cells_html = "".join(f'<div class="cell"><small>{k}</small><b>{v}</b></div>' for k, v in cells)
    street, town = d.address()
    nm_px = 30 if len(name) < 24 else 25
    return {
        "face": d.fonts[d.pick(["serif", "display", "sans"])],
        "band": d.pick([d.colors["dark"], "#14213d", "#3c1642", "#0b3d2e", "#222222"]),
        "acc": d.colors["accent"],
        "tb_h": str(d.pick([130, 146, 160])),
        "tb_pad": str(d.pick([34, 42])),
        "org_px": str(28 if len(org) < 34 else 23),
        "c_top": str(d.pick([236, 256, 276])),
        "h_px": str(d.pick([40, 46, 52])),
        "nm_px": str(nm_px),
        "nm_case": d.pick(["", "letter-spacing:1px"]),
        "org": org,
        "library": d.pick(
            ["On-Demand Webinar Library", "Webinars on demand", "Recorded education series"]
        ),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Credit", "Self-Study Certificate"]
        ),
        "awarded": d.pick(["awarded to", "This certifies that", "presented to"]),
        "name": name,
        "viewed": d.pick(
            [
                "viewed the recorded webinar and passed the post-viewing quiz for",
                "has completed the on-demand webinar",
                "watched the full recording and completed the knowledge check for",
            ]
        ),
        "title": title,
        "cells_html": cells_html,
        "org_foot": org,
        "addr": f"{street} · {town} · {d.web()}",
        "foot_note": d.pick(
            [
                "Self-study credit is issued once per learner per recording.",
                "Retain this certificate for four years for audit purposes.",
                "Questions about credit? Contact the education department.",
            ]
        ),
    }
