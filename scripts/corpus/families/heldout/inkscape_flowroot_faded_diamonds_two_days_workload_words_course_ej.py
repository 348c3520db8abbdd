"""A certificate drawn in Inkscape and filled by a script that swaps a
{name} placeholder: A4 landscape, a very large faded pair of interlocking
chevron shapes (the event's logo at 45 % opacity) filling the left half of
the page, the same mark small and in full colour at the top centre, a bold
condensed heading, and one long centred flowed paragraph: the name in bold
inside a sentence that names the course, the body that ran it, the two
days it was held and the total workload with the number in words and
figures. Two signature lines with names and roles sit at the foot and a
small validation code under them."""

SOURCE = "cassiobotaro/certificates:template.svg"
KIND = "course"
PAPER = "a4-landscape"
CATEGORIES = (
    "landscape",
    "sentence",
    "date-range",
    "hours-in-sentence",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.big { position:absolute; left:-60px; top:90px; width:560px; height:560px; opacity:.22 }
.ch { position:absolute; width:250px; height:250px; transform:rotate(45deg); border:58px solid ${c1}; border-left-color:transparent; border-bottom-color:transparent }
.ch.b { border-color:${c2}; border-right-color:transparent; border-top-color:transparent }
.big .a { left:60px; top:150px } .big .b { left:240px; top:150px }
.sm { position:absolute; left:50%; top:36px; width:150px; height:80px; margin-left:-75px }
.sm .ch { width:56px; height:56px; border-width:13px; top:12px }
.sm .a { left:20px } .sm .b { left:70px }
.mk { position:absolute; left:0; right:0; top:118px; text-align:center; font: bold 13px ${cond}; letter-spacing:3px; color:${c2} }
h1 { position:absolute; left:0; right:0; top:160px; margin:0; text-align:center; font: bold 52px ${cond}; color:#111 }
.fl { position:absolute; left:110px; right:110px; top:290px; text-align:center; font: 27px ${cond}; line-height:40px; color:#111 }
.fl b { font-weight:bold }
.sg { position:absolute; left:120px; right:120px; top:590px; display:flex; justify-content:space-between; font: 15px ${cond}; color:#222; text-align:center }
.sg div { width:320px; border-top:1.5px solid #333; padding-top:5px }
.sg b { display:block; font-size:17px }
.vc { position:absolute; left:0; right:0; bottom:30px; text-align:center; font: 11px ${mono}; color:#777 }
</style>
<div class="big"><div class="ch a"></div><div class="ch b"></div></div>
<div class="sm"><div class="ch a"></div><div class="ch b"></div></div>
<div class="mk">${mark_text}</div>
<h1>${heading}</h1>
<div class="fl">${lead} <b>${name}</b> ${verb} ${title} ${by} ${provider} ${on} ${span} ${load} ${words} (${n}) ${unit}.</div>
<div class="sg"><div><b>${s1}</b>${r1}</div><div><b>${s2}</b>${r2}</div></div>
<div class="vc">${code_label} ${code}</div>
"""


def fill(d):
    from corpus.formats import number_words

    org = d.provider()
    c1, c2 = d.pick([("#306998", "#e0b000"), ("#2d6a4f", "#9c6644"), ("#5b2333", "#1e6091")])
    n = d.hours_number()
    return {
        "cond": d.fonts["cond"],
        "c1": c1,
        "c2": c2,
        "mark_text": (d.org_alt or org).upper(),
        "heading": d.pick(
            ["Certificate of Participation", "Certificate of Completion", "Training Certificate"]
        ),
        "lead": d.pick(["We certify that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "verb": d.pick(
            ["took part in the course", "completed the", "participated in the training"]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "by": d.pick(["run by", "presented by", "organized by"]),
        "provider": org,
        "on": d.pick(["on the days", "over", "held"]),
        "span": d.date_range(d.pick([1, 1, 2])) + ",",
        "load": d.pick(["with a total workload of", "for a total of", "totalling"]),
        "words": number_words(d.credit),
        "n": n,
        "unit": d.pick(["hours", "hours of instruction", "CEC hours"]),
        "s1": d.person(),
        "r1": d.pick(["Instructor", "Course Instructor", "Trainer"]),
        "s2": d.person(),
        "r2": d.pick(["President", "Director of Education", "Executive Director"]),
        "code_label": d.pick(["Validation code:", "Verify at code", "Code:"]),
        "code": "-".join(
            "".join(d.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3)
        ),
    }
