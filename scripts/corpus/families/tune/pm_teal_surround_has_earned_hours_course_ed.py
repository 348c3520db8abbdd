"""A landscape diploma re-created from a Blade/PDF template: the whole sheet a
muted teal or slate surround with two thin white rules inset from the edge,
and a white panel inside it. The heading is in a script face and carries the
school's name before "Certificate of Completion"; under it the holder's name
in bold sans on an underline, "has earned" in script over the credit in bold
sans, "while completing the training course entitled" in script over the
course on an underline. The footer has two columns: the school's name over
a blank signature rule with the signer and title under it, and "Date
Completed" over a rule holding the date, then a technician number line."""

SOURCE = "radetzky-dev/fullstakdev_backend_nov2022:student/resources/views/pdf/diploma.blade.php"
KIND = "course"
PAPER = "letter-landscape"
CATEGORIES = (
    "landscape",
    "ornate",
    "provider-in-logo",
    "sentence",
    "labelled",
    "distractor-person",
)

TEMPLATE = """<style>
.sur { position:absolute; inset:0; background:${surround} }
.r1 { position:absolute; inset:12px; border:2px solid #fff }
.r2 { position:absolute; inset:44px; border:2px solid #fff }
.pn { position:absolute; inset:54px; background:#fff; border:1px solid #e1e5f0; color:#333; font-family:${sans} }
.hd { position:absolute; left:40px; right:40px; top:34px; text-align:center; font-family:${script};
  font-size:${head_px}px; line-height:1.2; color:#2a2a2a }
.blk { position:absolute; left:140px; right:140px; top:${blk_top}px; text-align:center }
.ul { border-bottom:1px solid #777; padding:5px }
.nm { font-weight:bold; font-size:${name_px}px; margin-bottom:14px }
.cs { font-family:${script}; font-size:23px; line-height:30px }
.cr { font-weight:bold; font-size:17px; margin:2px 0 16px }
.ct { font-weight:bold; font-size:${title_px}px; line-height:1.25; margin-top:2px }
.ft { position:absolute; left:60px; right:60px; bottom:30px; display:flex; justify-content:space-between }
.col { width:300px; text-align:center; font-size:12px }
.col .o { font-size:14px; line-height:18px }
.col .sp { height:42px; border-bottom:1px solid #777; margin-bottom:6px; position:relative }
.col .sp span { position:absolute; left:0; right:0; bottom:4px; font-size:15px; color:#222 }
.col .sp i { position:absolute; left:0; right:0; bottom:2px; font-style:normal; font-family:${hand}; font-size:26px; color:#23366f; white-space:nowrap }
.col b { display:block; line-height:16px }
</style>
<div class="sur"></div><div class="r1"></div><div class="r2"></div>
<div class="pn">
 <div class="hd">${heading}</div>
 <div class="blk">
  <div class="nm ul">${name}</div>
  <div class="cs">${earned}</div>
  <div class="cr">${hours}</div>
  <div class="cs">${entitled}</div>
  <div class="ct ul">${title}</div>
 </div>
 <div class="ft">
  <div class="col"><div class="o">${org}</div><div class="sp"><i>${sig_html}</i></div><b>${signer}, ${role}</b></div>
  <div class="col"><div class="o">${date_label}</div><div class="sp"><span>${date}</span></div><b>${idline}</b></div>
 </div>
</div>
"""


def fill(d):
    org = d.provider()
    heading = f"{org} {d.pick(['Certificate of Completion', 'Certificate of Training'])}"
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    signer = d.person()
    signed = d.chance(0.6)
    return {
        "surround": d.pick(["#618597", "#4f6d7a", "#5b7083", "#3e6259", "#6d7f8f"]),
        "heading": heading,
        "head_px": 36 if len(heading) <= 48 else 31 if len(heading) <= 62 else 27,
        "blk_top": 150 if len(heading) <= 48 else 168,
        "name": name,
        "name_px": 24 if len(name) <= 26 else 21,
        "earned": d.pick(["has earned", "has earned"]),
        "hours": d.hours(d.pick(["cec_hours", "iicrc_cec", "words_cec", "hours_title", "cecs"])),
        "entitled": d.pick(
            [
                "while completing the training course entitled",
                "while completing the course entitled",
            ]
        ),
        "title": title,
        "title_px": 19 if len(title) <= 40 else 17,
        "org": org,
        "sig_html": signer if signed else "&nbsp;",
        "signer": signer,
        "role": d.pick(
            ["Instructional Specialist", "Lead Instructor", "Director of Training", d.role()]
        ),
        "date_label": d.pick(["Date Completed", "Date Completed", "Completion Date"]),
        "date": d.date(d.pick(["long", "us_numeric", "short_month", "dmy_long"])),
        "idline": d.pick(
            [
                f"Technician No. {d.number()}",
                f"Student ID (last 4 digits): {d.rng.randrange(1000, 9999)}",
                f"Record {d.number('R-')}",
            ]
        ),
    }
