"""A school's "class schedules" web page printed from the browser: the site
header with the school's name and menu, a boxed article with a bordered
title, two columns (day and evening classes) each listing start dates, class
hours and bullet points of instruction and hands-on hours, then a table of
upcoming classes with dates, CECs, instructor and tuition, and the browser's
print header and footer. It is an advertisement, not anyone's record."""

SOURCE = "fastresponse/website:classes/career_courses/emt/class_schedules.php"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "portrait", "table", "distractor-person", "date-range", "tiny-footer")

TEMPLATE = """<style>
.pr { position:absolute; left:24px; right:24px; font: 9.5px ${sans}; color:#555; display:flex; justify-content:space-between }
.w { position:absolute; inset:44px 48px 40px; font: 12.5px ${sans}; color:#222; line-height:17px }
.site { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${accent}; padding-bottom:6px }
.site .n { font: bold 22px ${display}; color:${dark} } .site .m { font-size:11px; color:#444; word-spacing:8px }
.box { border:1px solid #bbb; margin-top:18px }
.ti { background:${light}; padding:10px 14px; border-bottom:1px solid #bbb }
.ti .tb { border-left:5px solid ${accent}; padding-left:10px }
.ti h1 { font-size:20px; margin:0 } .ti h2 { font-size:13px; margin:2px 0 0; font-weight:normal; color:#444 }
.cols { display:flex; gap:20px; padding:12px 14px }
.cols > div { flex:1 } h3 { font-size:13px; margin:8px 0 3px; color:${dark} }
ul { margin:5px 0 0; padding-left:18px }
table { width:calc(100% - 28px); margin:4px 14px 14px; border-collapse:collapse; font-size:11.5px }
th, td { border:1px solid #bbb; padding:4px 6px; text-align:left; vertical-align:top } th { background:#eee }
.note { font-size:11px; color:#444; margin:0 14px 12px }
</style>
<div class="pr" style="top:10px"><span>${printed}</span><span>${page_title}</span></div>
<div class="w">
 <div class="site"><div class="n">${school}</div><div class="m">Home Classes Schedule Register Contact</div></div>
 <div class="box">
  <div class="ti"><div class="tb"><h1>${heading}</h1><h2>${sub}</h2></div></div>
  <div class="cols">
   <div><h3>Day Class Start Dates</h3>${day_dates_html}
    <h3>Day Class Hours</h3>${day_hours}
    <ul><li>${instr_hours} hours of classroom instruction</li><li>${lab_hours} hours hands-on in our flood house</li><li>${exam_note}</li></ul></div>
   <div><h3>Evening Class Start Dates</h3>${eve_dates_html}
    <h3>Evening Class Hours</h3>${eve_hours}
    <ul><li>Same ${instr_hours} hours, spread over ${eve_weeks} weeks</li><li>Optional review night before the exam</li><li>Books and exam fee included</li></ul></div>
  </div>
  <table><tr><th>Class</th><th>Dates</th><th>CECs</th><th>Instructor</th><th>Tuition</th></tr>${rows_html}</table>
  <div class="note">${note}</div>
 </div>
</div>
<div class="pr" style="bottom:10px"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    school = d.pick(V.SCHOOLS)[0]
    code_course = d.pick([c for c in V.IICRC_COURSES if c[1]])
    start = d.completed

    style = d.pick(["long", "weekday", "short_month"])

    def dates(n, step):
        out = []
        for i in range(n):
            day = start + timedelta(days=step * i + r.randrange(0, 5))
            out.append(html.escape(fmt_date(day, style)))
        return "<br>".join(out)

    rows = []
    for i, (title, code) in enumerate(r.sample(V.IICRC_COURSES, 5)):
        a = start + timedelta(days=14 * i + r.randrange(0, 6))
        span = r.choice([1, 2, 2, 3])
        rows.append(
            f"<tr><td>{html.escape(title)}{f' ({code})' if code else ''}</td>"
            f"<td>{html.escape(fmt_range(a, a + timedelta(days=span), r))}</td>"
            f"<td>{r.choice(['7', '14', '14', '21'])}</td><td>{html.escape(d.person())}</td>"
            f"<td>${r.choice([395, 495, 650, 895, 1150])}</td></tr>"
        )
    instr = r.choice([14, 16, 18, 21])
    slug = "".join(ch for ch in school.split(",")[0].lower() if ch.isalnum())[:20]
    return {
        "printed": d.other_date("registered", "us_short") + ", " + d.pick(["9:41 AM", "2:03 PM"]),
        "page_title": f"Class Schedules | {school}",
        "school": school,
        "heading": d.pick(["Class Schedules", "Upcoming Classes"]),
        "sub": f"{code_course[0]} ({code_course[1]}) and other IICRC courses",
        "day_dates_html": dates(4, 21),
        "day_hours": d.pick(["Mon – Wed, 8:00 AM – 5:00 PM", "Tue – Thu, 8:30 AM – 4:30 PM"]),
        "instr_hours": str(instr),
        "lab_hours": str(r.choice([4, 6, 8])),
        "exam_note": "IICRC exam on the last afternoon",
        "eve_dates_html": dates(3, 28),
        "eve_hours": d.pick(["Mon & Wed, 6:00 PM – 10:00 PM", "Tue & Thu, 5:30 PM – 9:30 PM"]),
        "eve_weeks": str(r.choice([2, 3])),
        "rows_html": "\n".join(rows),
        "note": "Seats are held when tuition is paid. Cancellations within 14 days of the start date "
        "may be moved to a later class for a fee. Certificates of completion are issued on the last "
        "day of class.",
        "url": f"https://www.{slug}.com/classes/schedule",
    }
