"""A LaTeX-made attendance certificate: logos top-left and top-right, a huge
bold title, the name huge, the affiliation, "has attended the <type>
<title>", free text, the dates and duration in hours, and the signer with
their role, each block separated by vertical fill."""

SOURCE = "EcologyR/labeleR:reference/create_attendance_certificate.md"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("sentence", "landscape", "date-range", "distractor-person", "provider-in-logo")

TEMPLATE = """<style>
.w { position:absolute; inset:50px 70px; display:flex; flex-direction:column; justify-content:space-between; text-align:center;
  font-family:'CMU Serif', ${serif} }
.logos { display:flex; justify-content:space-between } .lg { width:150px; height:80px; border:2px solid ${dark}; font: bold 14px ${sans};
  color:${dark}; display:flex; align-items:center; justify-content:center; text-align:center; padding:4px }
.t { font-size:44px; font-weight:bold } .n { font-size:44px } .a { font-size:22px; font-weight:bold }
.b { font-size:20px; line-height:30px } .s { font-size:17px }
</style>
<div class="w">
 <div class="logos"><div class="lg">${org_logo}</div><div class="lg">${partner}</div></div>
 <div class="t">Certificate of attendance</div>
 <div><div class="n">${name}</div><div class="a">${company}</div></div>
 <div class="b">has attended the ${type} <b>${title}</b><br>${freetext}<br>held ${range}, with a duration of ${hours}.</div>
 <div class="s">${signer}<br><i>${signer_role}</i></div>
</div>
"""


def fill(d):
    org = d.provider()
    return {
        "org_logo": org,
        "partner": d.pick(
            [
                "IICRC Approved School",
                "In partnership with the Restoration Industry",
                "CEC Approved",
            ]
        ),
        "name": d.name("plain"),
        "company": d.pick(
            [
                "Dry Right Restoration",
                "Premier Cleaning Co.",
                "Tri-City Water Cleanup",
                "Independent",
            ]
        ),
        "type": d.pick(["course", "workshop", "training course"]),
        "title": d.title(),
        "freetext": d.pick(
            [
                "organised by the education department",
                "including the hands-on practical session",
                "",
            ]
        ),
        "range": d.date_range(d.pick([1, 2])),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "words"])),
        "signer": d.person(),
        "signer_role": d.pick(["Course coordinator", "Head of Training", "Organising committee"]),
    }
