"""A bilingual certificate an e-learning school prints for its
Spanish-language course sections: a header band with the school's name and
the title in both languages, a bordered grid of fields whose labels are
given in English over Spanish (participant, course, date completed, credit
hours, course number, language of delivery, proctor), a short statement in
both languages and two signature lines; the school's approval number sits
in a small box beside the grid."""

SOURCE = (
    "wording of bilingual English/Spanish completion certificates that restoration and "
    "cleaning training schools issue for Spanish-language online courses; grid after "
    "mwikah/schooltemplatesmain:resources/views/transcriptchatgpt.blade.php"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "labelled",
    "dark-band",
    "approval",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:150px; background:${dark}; color:#fff; text-align:center; padding-top:26px }
.band .o { font: bold 17px ${sans}; letter-spacing:3px }
.band h1 { font: 34px ${display}; margin:10px 0 0; font-weight:normal }
.band h2 { font: italic 20px ${serif}; margin:2px 0 0; font-weight:normal; opacity:.9 }
.w { position:absolute; left:64px; right:64px; top:190px; font: 15px ${sans}; color:#222 }
.st { font: 15px ${serif}; line-height:22px; margin-bottom:18px; text-align:center }
.st i { display:block; color:#555 }
table { width:100%; border-collapse:collapse }
td { border:1px solid #999; padding:8px 10px; vertical-align:top }
td.k { width:34%; background:${light}; font: bold 13px ${sans}; line-height:17px }
td.k i { display:block; font-weight:normal; color:#666 }
td.v { font-size:16px }
.ap { margin-top:16px; display:flex; justify-content:space-between; align-items:center; font-size:12.5px; color:#444 }
.ap b { border:2px solid ${accent}; padding:6px 10px; font-size:13px; color:#222 }
.sg { position:absolute; left:80px; right:80px; bottom:110px; display:flex; justify-content:space-between }
.sg div { width:250px; border-top:1px solid #333; padding-top:5px; font: 12.5px ${sans}; color:#333; text-align:center; line-height:16px; position:relative }
.sg em { position:absolute; left:-60px; right:-60px; top:-38px; white-space:nowrap; font: normal 26px ${hand}; color:#223 }
.ft { position:absolute; left:64px; right:64px; bottom:40px; font: 10px ${sans}; color:#777; text-align:center; line-height:14px }
</style>
<div class="band"><div class="o">${org}</div><h1>${title_en}</h1><h2>${title_es}</h2></div>
<div class="w">
 <div class="st">${st_en}<i>${st_es}</i></div>
 <table>
  <tr><td class="k">Participant<i>Participante</i></td><td class="v">${name}</td></tr>
  <tr><td class="k">Course<i>Curso</i></td><td class="v">${title}</td></tr>
  <tr><td class="k">Date completed<i>Fecha de terminación</i></td><td class="v">${date}</td></tr>
  <tr><td class="k">Credit hours<i>Horas de crédito</i></td><td class="v">${hours}</td></tr>
  <tr><td class="k">Language of delivery<i>Idioma del curso</i></td><td class="v">Español / Spanish</td></tr>
  <tr><td class="k">Exam proctor<i>Supervisor del examen</i></td><td class="v">${proctor}</td></tr>
  <tr><td class="k">Enrolled<i>Inscrito</i></td><td class="v">${enrolled}</td></tr>
 </table>
 <div class="ap"><span>${ap_note}</span><b>${ap_label} ${approval}</b></div>
</div>
<div class="sg"><div><em>${s1}</em>${s1}<br>${r1}</div><div><em>${s2}</em>${s2}<br>${r2}</div></div>
<div class="ft">${foot}</div>
"""


def fill(d):
    style = d.pick(["long", "dmy_long", "us_numeric", "iso"])
    title_en, title_es = d.pick(
        [
            ("Certificate of Completion", "Certificado de Terminación"),
            ("Certificate of Course Completion", "Constancia de Curso Terminado"),
            ("Online Course Certificate", "Certificado de Curso en Línea"),
        ]
    )
    return {
        "org": d.provider(d.pick(["upper", None])),
        "title_en": title_en,
        "title_es": title_es,
        "st_en": d.pick(
            [
                "The person named below has completed the online course and passed its final exam.",
                "This certifies that the participant below completed the following course.",
            ]
        ),
        "st_es": d.pick(
            [
                "La persona nombrada abajo terminó el curso en línea y aprobó el examen final.",
                "Se certifica que el participante terminó el siguiente curso.",
            ]
        ),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date": d.date(style),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "cecs", "hrs"])),
        "proctor": d.person(),
        "enrolled": d.other_date("registered", style),
        "ap_note": d.pick(
            [
                "IICRC-approved course / Curso aprobado por el IICRC",
                "Approved for CEC / Aprobado para CEC",
            ]
        ),
        "ap_label": d.pick(["Approval No.", "Course approval #", "No. de aprobación"]),
        "approval": d.approval(),
        "s1": d.person(),
        "r1": d.pick(["Instructor / Instructor", "Course Instructor / Instructor del curso"]),
        "s2": d.person(),
        "r2": d.pick(["Director / Director", "Registrar / Registro"]),
        "foot": d.pick(
            [
                "Keep this certificate for your records. / Guarde este certificado para sus registros.",
                "Issued online. / Emitido en línea.",
            ]
        ),
    }
