"""A landscape certificate whose centre is a full-width dark ribbon with
notched (swallow-tail) ends, and the holder's name is printed on the ribbon
in pale type, with a small "awarded to" line in the ribbon above it. Above
the ribbon: the school's name in small letter-spaced capitals and a big
two-line heading. Below it, one centred paragraph names the course, the
school, the credit and the day it was completed. A second, narrower dark
band runs along the foot with the completion date and a certificate number
in pale type at either side, a plain round foil seal at the lower left, and the
instructor's signature block sitting on
the white just above it, near the holder's name column."""

SOURCE = "avrinapratiwi/EZ-Eng:resources/views/certificate.blade.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "dark-band",
    "sentence",
    "landscape",
    "distractor-person",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; text-align:center; font-family:${sans}; color:#222 }
.fr { position:absolute; inset:18px; border:1.5px solid ${accent} }
.org { font: 14px ${sans}; letter-spacing:5px; text-transform:uppercase; color:${dark}; padding-top:84px }
h1 { font: bold 54px ${display}; color:${dark}; margin:12px 0 0; line-height:56px; letter-spacing:1px }
h1 small { display:block; font: 22px ${display}; letter-spacing:6px; text-transform:uppercase; color:${accent}; line-height:34px }
.rb { position:relative; margin:40px 0 0; height:118px; background:${dark}; color:${light};
  clip-path:polygon(0 0, 100% 0, 96% 50%, 100% 100%, 0 100%, 4% 50%) }
.rb .aw { font: italic 15px ${serif}; padding-top:14px; opacity:0.9 }
.rb .nm { font: ${name_weight} ${name_px}px ${name_face}; color:${name_color}; line-height:64px; white-space:nowrap }
.tx { width:74%; margin:40px auto 0; font: 19px ${serif}; line-height:34px }
.tx span { white-space:nowrap } .tx b { color:${dark} }
.sg { position:absolute; right:90px; bottom:78px; width:250px; border-top:1px solid #333; padding-top:4px; font-size:13px; line-height:17px }
.sg i { position:absolute; left:0; right:0; top:-34px; font: 26px ${hand}; color:#1d2c6b; font-style:normal }
.seal { position:absolute; left:110px; bottom:84px; width:96px; height:96px; border-radius:50%; background:radial-gradient(circle, ${accent} 0 52%, ${dark} 53% 58%, ${accent} 59% 100%); box-shadow:0 0 0 4px ${light}, 0 0 0 6px ${accent} }
.ft { position:absolute; left:18px; right:18px; bottom:18px; height:44px; background:${dark}; color:${light}; display:flex; justify-content:space-between; align-items:center; padding:0 40px; font-size:14px; letter-spacing:0.5px }
</style>
<div class="fr"></div>
<div class="w">
 <div class="org">${org}</div>
 <h1>${h1}<small>${h2}</small></h1>
 <div class="rb"><div class="aw">${awarded}</div><div class="nm">${name}</div></div>
 <div class="tx">${body_html}</div>
 <div class="seal"></div>
 <div class="sg"><i>${instructor}</i>${instructor}<br>${instructor_role}</div>
 <div class="ft"><span>${date_label} ${date}</span><span>${no_label} ${cert_no}</span></div>
</div>
"""


def fill(d):
    from html import escape

    def span(text):
        return f"<span>{escape(text)}</span>"

    org = d.provider()
    instructor = d.person()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title()
    hours = d.hours(d.pick(["words", "cec_hours", "hours_title", "ceu_and_cec"]))
    body = d.pick(
        [
            f"for successfully completing <b>{span(title)}</b>, presented by {span(org)}, "
            f"for {span(hours)} of continuing education.",
            f"in recognition of the completion of <b>{span(title)}</b> offered by "
            f"{span(org)}, with {span(hours)} of credit awarded.",
        ]
    )
    script = d.chance(0.5)
    return {
        "org": org,
        "h1": d.pick(["Certificate", "CERTIFICATE"]),
        "h2": d.pick(["of Completion", "of Achievement", "of Training"]),
        "awarded": d.pick(["proudly awarded to", "this certificate is presented to", "awarded to"]),
        "name": name,
        "name_face": d.fonts["script"] if script else d.fonts["display"],
        "name_weight": "normal" if script else "bold",
        "name_px": (54 if script else 44) if len(name) < 24 else (44 if script else 36),
        "name_color": d.pick(["#ffffff", "#f3e3a3", "#e8eef5"]),
        "body_html": body,
        "instructor": instructor,
        "instructor_role": d.pick(
            ["Lead Instructor", "IICRC Approved Instructor", "Course Director"]
        ),
        "date_label": d.pick(["Completed", "Date of completion:", "Issued on completion:"]),
        "date": d.date(d.pick(["long", "ordinal", "dmy_long", "us_numeric", "long_upper"])),
        "no_label": d.pick(["Certificate No.", "Cert. #", "Reference"]),
        "cert_no": d.number(),
    }
