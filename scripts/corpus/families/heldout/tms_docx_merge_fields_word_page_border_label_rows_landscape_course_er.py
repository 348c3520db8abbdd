"""A completion certificate that a training management system fills from
an office-suite document the school uploaded, printed landscape: a
word-processor page border (a thick-thin double line with small square
corners), the school's name as a plain title-style line with a rule under
it, "Certificate of Completion" in the document's heading style, "awarded
to" and the student's name, "for completing" and the course, then a small
borderless two-column table of merge fields: course length (in hours, or in
days with the hours in brackets), completion date, location and training
days. Two signature lines (instructor and training manager) close the
page, with the document's footer text under them."""

SOURCE = (
    "LearnOnDemandSystems/docs:tms/tms-administrators/miscellaneous/"
    "create-completion-certificates.md (DOCX certificate template with the replacement "
    "fields StudentName, CourseName, CourseLength, CompletionDate, Location, TrainingDays)"
)
KIND = "course"
PAPER = ["letter-landscape", "letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "labelled",
    "table",
    "distractor-person",
    "distractor-number",
    "word-processor",
)

TEMPLATE = """<style>
.b1 { position:absolute; inset:34px; border:5px solid ${ink} }
.b2 { position:absolute; inset:44px; border:1.5px solid ${ink} }
.sq { position:absolute; width:12px; height:12px; background:${ink} }
.w { position:absolute; left:96px; right:96px; top:${w_top}px; font-family:${body}; color:#222 }
.org { font: 15px ${body}; color:${ink}; letter-spacing:${org_ls}px; text-transform:uppercase; border-bottom:1.5px solid ${ink}; padding-bottom:5px; text-align:${align} }
h1 { margin:22px 0 0; font: ${h_weight} ${h_px}px ${head}; color:${ink}; text-align:${align} }
.aw { margin-top:24px; font-size:17px; text-align:${align}; color:#444 }
.nm { font-size:34px; font-weight:bold; text-align:${align}; margin-top:4px; line-height:1.2 }
.fc { margin-top:16px; font-size:17px; text-align:${align}; color:#444 }
.cs { font-size:24px; text-align:${align}; margin-top:4px; line-height:1.25; color:${ink} }
table { margin:26px ${table_margin} 0; border-collapse:collapse; font-size:15px }
td { padding:3px 14px 3px 0; vertical-align:top }
td.l { color:#555; white-space:nowrap }
.sg { position:absolute; left:96px; right:96px; bottom:${sg_bottom}px; display:flex; justify-content:space-between; font: 13px ${body}; color:#333 }
.sg > div { width:260px; border-top:1px solid #333; padding-top:4px }
.ft { position:absolute; left:96px; right:96px; bottom:56px; font: 10px ${body}; color:#777; text-align:center }
</style>
<div class="b1"></div><div class="b2"></div>
<div class="sq" style="left:28px;top:28px"></div><div class="sq" style="right:28px;top:28px"></div>
<div class="sq" style="left:28px;bottom:28px"></div><div class="sq" style="right:28px;bottom:28px"></div>
<div class="w">
 <div class="org">${provider}</div>
 <h1>${heading}</h1>
 <div class="aw">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="fc">${for_line}</div>
 <div class="cs">${title}</div>
 <table>
  <tr><td class="l">${l_length}</td><td>${length}</td></tr>
  <tr><td class="l">${l_date}</td><td>${date}</td></tr>
  <tr><td class="l">${l_location}</td><td>${location}</td></tr>
  <tr><td class="l">${l_days}</td><td>${days}</td></tr>
 </table>
</div>
<div class="sg"><div>${instructor}<br>${instructor_role}</div><div>${manager}<br>${manager_role}</div></div>
<div class="ft">${footer}</div>
"""


def fill(d):
    provider = d.provider(d.pick([None, None, "upper"]))
    days = 3 if d.credit >= 19 else 2 if d.credit >= 10 else 1
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    if d.chance(0.6):
        length = d.hours(d.pick(["hours_title", "hrs", "cec_hours"]))
    else:
        n = d.hours_number()
        length = f"{days} day{'s' if days > 1 else ''} ({n} hours)"
    date = d.date(d.pick(["long", "us_numeric", "short_month", "weekday", "dmy_long"]))
    align = d.pick(["center", "center", "left"])
    return {
        "ink": d.pick(["#1f3a5f", "#2f2f2f", "#1b4332", "#5b2333", "#123c69"]),
        "body": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "w_top": d.pick([76, 86]),
        "org_ls": d.pick([0, 1, 3]),
        "align": align,
        "table_margin": "auto" if align == "center" else "0",
        "h_weight": d.pick(["bold", "normal"]),
        "h_px": d.pick([36, 40, 44]),
        "provider": provider,
        "heading": d.pick(
            [
                "Certificate of Completion",
                "Certificate of Completion",
                "Course Completion Certificate",
            ]
        ),
        "awarded": d.pick(["awarded to", "This certificate is awarded to", "presented to"]),
        "name": name,
        "for_line": d.pick(
            ["for completing", "for successfully completing the course", "for completion of"]
        ),
        "title": title,
        "l_length": d.pick(["Course length:", "Course Length", "Length:"]),
        "length": length,
        "l_date": d.pick(["Completion date:", "Completed:", "Date completed:"]),
        "date": date,
        "l_location": d.pick(["Location:", "Location", "Held at:"]),
        "location": d.pick([d.city(), d.venue(), "Online (self-paced)"]),
        "l_days": d.pick(["Training days:", "Training Days", "Days of training:"]),
        "days": str(days),
        "sg_bottom": d.pick([94, 104]),
        "instructor": d.person(),
        "instructor_role": d.pick(["Instructor", "Lead Instructor"]),
        "manager": d.person(),
        "manager_role": d.pick(["Training Manager", "Director of Education", "Registrar"]),
        "footer": d.pick(
            [
                "Printed from the training management system. Keep this certificate for your records.",
                f"{d.web()} \u00b7 {d.phone()}",
                "This certificate was generated automatically when the class was marked complete.",
            ]
        ),
    }
