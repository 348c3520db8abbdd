"""A portrait certificate on a faintly patterned ground: a wide header panel
with the school's name over "Certificate", then rows that each start with a
calligraphic phrase ("Presented to", "has successfully completed the",
"of duration", "held on") followed by the value written on an underlined
field, as if filled in on a pre-printed form; the certificate number on the
left and two signatures at the foot."""

SOURCE = (
    "Aatikur/institute:resources/views/web/student/student-certificate.blade.php "
    "(lucida calligraphy lead-ins floated left, values on underlined fields to the right)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "sentence",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:
  repeating-linear-gradient(45deg, transparent 0 14px, ${light} 14px 15px),
  repeating-linear-gradient(-45deg, transparent 0 14px, ${light} 14px 15px), #fff }
.hd { position:absolute; left:34px; right:34px; top:34px; height:250px; background:${dark}; color:#fff; text-align:center;
  border-bottom:8px solid ${accent}; padding-top:38px }
.hd .o { font: 21px ${serif}; letter-spacing:3px; text-transform:uppercase }
.hd h1 { font: 64px ${display}; margin:14px 0 0; font-weight:normal; letter-spacing:2px; line-height:70px }
.hd .k { font: italic 17px ${serif}; margin-top:8px; color:#f0e6c8 }
.rows { position:absolute; left:62px; right:62px; top:350px; bottom:270px; display:flex; flex-direction:column; justify-content:space-evenly }
.row { display:flex; align-items:flex-end }
.row .l { flex:none; font: bold 23px ${script}; color:#222; padding-right:14px; white-space:nowrap }
.row .v { flex:1; border-bottom:1px solid #222; font: 21px ${serif}; padding:0 0 3px 20px; min-height:30px; line-height:26px }
.row .v.big { font-weight:bold; font-size:25px }
.foot { position:absolute; left:62px; right:62px; bottom:110px; display:flex; justify-content:space-between; align-items:flex-end; font: 13px ${sans} }
.foot .sg { width:36%; text-align:center; border-top:1px solid #333; padding-top:5px; position:relative }
.foot .sg i { position:absolute; left:0; right:0; top:-40px; font: 28px ${hand}; color:#1a2a6c; font-style:normal }
.foot .no { font: 12px ${mono}; color:#333 }
</style>
<div class="bg"></div>
<div class="hd"><div class="o">${org}</div><h1>${heading}</h1><div class="k">${kicker}</div></div>
<div class="rows">
 <div class="row"><div class="l">${lead_name}</div><div class="v big">${name}</div></div>
 <div class="row"><div class="l">${lead_course}</div><div class="v">${title}</div></div>
 <div class="row"><div class="l">${lead_hours}</div><div class="v">${hours}</div></div>
 <div class="row"><div class="l">${lead_date}</div><div class="v">${date}</div></div>
 <div class="row"><div class="l">${lead_place}</div><div class="v">${place}</div></div>
</div>
<div class="foot">
 <div class="sg"><i>${sig1}</i>${sig1}<br>${role1}</div>
 <div class="no">${no_label}<br>${cert_no}</div>
 <div class="sg"><i>${sig2}</i>${sig2}<br>${role2}</div>
</div>
"""


def fill(d):
    return {
        "org": d.provider(),
        "heading": d.pick(["Certificate", "Certificate of Training", "Certificate of Merit"]),
        "kicker": d.pick(
            ["Continuing education for the cleaning and restoration trades", "Technical training"]
        ),
        "lead_name": d.pick(["Presented to", "Awarded to", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "honorific"])),
        "lead_course": d.pick(["has successfully completed the", "has completed the course"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "lead_hours": d.pick(["of duration", "carrying", "for a total of"]),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "words", "hrs"])),
        "lead_date": d.pick(["held on", "completed on", "dated"]),
        "date": d.date(d.pick(["long", "dmy_long", "ordinal", "long_upper"])),
        "lead_place": d.pick(["at", "conducted at"]),
        "place": d.pick([d.venue(), d.city(), f"our training center, {d.city()}"]),
        "sig1": d.person(),
        "role1": d.pick(["Course Instructor", "Trainer"]),
        "sig2": d.person(),
        "role2": d.pick(["Principal", "Director of Education", "Managing Director"]),
        "no_label": d.pick(["Certificate No.", "Reg. No.", "Serial"]),
        "cert_no": d.number(),
    }
