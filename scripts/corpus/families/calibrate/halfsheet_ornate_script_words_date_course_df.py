"""A half-sheet completion certificate in a double ornamental frame with
corner flourishes: "This is to certify that", the technician's name in a
script face on a rule, the course and hours in a sentence, the day written
out in words, a gold seal between the director's and instructor's signatures."""

SOURCE = (
    'azuya/CertificateBuilder:templates/default/default.tpl ("This is to certify that ... has '
    'successfully completed the course requirements for ... On the day of ... In the Year")'
)
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "ornate",
    "script-name",
    "sentence",
    "hours-in-sentence",
    "date-words",
    "landscape",
    "seal",
    "distractor-person",
)

TEMPLATE = """<style>
.o { position:absolute; inset:14px; border:5px double ${accent}; background:${light} }
.i { position:absolute; inset:8px; border:1px solid ${accent} }
.cn { position:absolute; width:34px; height:34px; border:2px solid ${accent}; border-radius:50%; background:${light} }
.cn::after { content:""; position:absolute; inset:7px; border:1px solid ${accent}; transform:rotate(45deg) }
.w { position:absolute; inset:40px 60px 42px; text-align:center; font-family:${serif}; color:#222 }
.sch { font: 13px ${display}; letter-spacing:3px; text-transform:uppercase; color:${dark} }
h1 { font: 36px ${display}; margin:14px 0 4px; color:${dark}; letter-spacing:1px }
.cert { font-style:italic; font-size:15px; margin-top:10px }
.nm { font: ${name_px}px ${script}; color:${dark}; margin:2px auto 0; border-bottom:1px solid #777; display:inline-block; padding:0 30px; line-height:1.25; white-space:nowrap }
.txt { font-size:15.5px; line-height:25px; margin:16px 20px 0 }
.txt b { font-size:16px }
.bt { position:absolute; left:0; right:0; bottom:0; display:flex; align-items:flex-end; justify-content:space-between }
.sg { width:200px; font-size:10.5px; line-height:13px }
.sg .h { font: 22px ${hand}; color:#1d2b6b; border-bottom:1px solid #444; line-height:28px; margin-bottom:3px; white-space:nowrap }
.seal { width:78px; height:78px; border-radius:50%; background:radial-gradient(circle, #e3c46a 0 55%, #c9a13b 56% 60%, #e3c46a 61%);
  border:3px dotted #a37f24; display:flex; align-items:center; justify-content:center; font: bold 8px ${sans}; color:#5a4210; letter-spacing:.5px; line-height:10px; padding:8px }
.no { margin-top:16px; font-size:10px; color:#555; font-style:italic }
</style>
<div class="o"><div class="i"></div>
 <div class="cn" style="left:-8px;top:-8px"></div><div class="cn" style="right:-8px;top:-8px"></div>
 <div class="cn" style="left:-8px;bottom:-8px"></div><div class="cn" style="right:-8px;bottom:-8px"></div>
</div>
<div class="w">
 <div class="sch">${school}</div>
 <h1>${heading}</h1>
 <div class="cert">This is to certify that</div>
 <div class="nm">${name}</div>
 <div class="txt">${verb} <b>${course}</b>, ${hours_phrase} <b>${hours}</b>${hours_tail}, on ${date}.</div>
 <div class="no">Given at ${city} &middot; Certificate No. ${cert_no}</div>
 <div class="bt">
  <div class="sg"><div class="h">${signer1}</div>${signer1}, ${role1}</div>
  <div class="seal">${seal}</div>
  <div class="sg"><div class="h">${signer2}</div>${signer2}, ${role2}</div>
 </div>
</div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    hours = d.hours(d.pick(["words", "cec_hours", "words_cec"]))
    return {
        "school": d.provider(),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Achievement", "Certificate"]
        ),
        "name_px": 38 if len(name) <= 22 else round(38 * 22 / len(name)),
        "name": name,
        "verb": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfactorily completed the course of instruction in",
                "has fulfilled all requirements of",
            ]
        ),
        "course": d.title(d.pick(["plain", "with_code"])),
        "hours_phrase": d.pick(["comprising", "earning", "for a total of"]),
        "hours": hours,
        "hours_tail": ""
        if "Credits" in hours
        else d.pick([" of continuing education", " of instruction"]),
        "city": d.city(),
        "date": d.date(d.pick(["words", "words", "ordinal", "long"])),
        "signer1": d.person(),
        "role1": d.pick(["Director of Education", "President", "Program Coordinator"]),
        "signer2": d.person(),
        "role2": d.pick(["Instructor", "Lead Instructor", "IICRC Approved Instructor"]),
        "seal": d.pick(["IICRC APPROVED SCHOOL", "OFFICIAL SEAL", "APPROVED CEC COURSE"]),
        "cert_no": d.number(),
    }
