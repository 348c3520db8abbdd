"""A plain portrait certificate typeset as one bordered table: a heading
stacked on three centred lines ("... CERTIFICATE / OF / ... ACTIVITY"), an
italic sentence split over centred rows: "<school> certifies that", the
name in bold italics followed by the holder's designations, "has
participated in the ... titled", the course, "on <date>", then in smaller
type "The activity was designated for" over the credit with two decimals and
the approval. At the bottom, the school's postal block (address, phone and
fax) on the left and a signature over the signer's name, role and school on
the right."""

SOURCE = "realcme/newmigration:certifications/blades/certificate-cdr-cdr-default.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "sentence", "distractor-person", "approval")

TEMPLATE = """<style>
.box { position:absolute; left:50%; top:80px; width:640px; margin-left:-320px; border:2px solid #000; padding:46px 0 34px;
  font: 15px ${face}; color:#000 }
.row { text-align:center; padding-top:16px; padding-left:30px; padding-right:30px }
.hd { text-align:center; font: 19px ${serif}; text-transform:uppercase; line-height:38px; letter-spacing:${ls} }
.it { font-style:italic } .bi { font-weight:bold; font-style:italic; font-size:17px }
.sm { font-size:13px }
.foot { display:flex; padding:44px 26px 0; font-size:13px; line-height:18px }
.foot > div { flex:1 } .foot .sg { padding-left:30px } .foot .pa { padding-top:45px }
.foot .h { font: 28px ${hand}; color:#13306b; height:40px; border-bottom:1px solid #000; width:220px; margin-bottom:4px }
</style>
<div class="box">
 <div class="hd">${h1}<br>OF<br>${h2}</div>
 <div class="row it">${org} certifies that</div>
 <div class="row bi">${name}${designations}</div>
 <div class="row it">has participated in the ${format} titled</div>
 <div class="row it">${title}</div>
 <div class="row it">on ${date}</div>
 <div class="row sm">The activity was designated for</div>
 <div class="row sm">${credit_line}</div>
 <div class="foot">
  <div class="pa">${org}<br>${street}<br>${town}<br>${phone}<br>${fax} – Fax</div>
  <div class="sg"><div class="h">${signer}</div>${signer}<br>${role}<br>${org}</div>
 </div>
</div>
"""


def fill(d):
    from corpus import values as V

    org = d.provider()
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    designations = ""
    if d.chance(0.7):
        codes = sorted({d.pick(V.IICRC_COURSES)[1] for _ in range(d.pick([1, 2, 3]))})
        designations = ", " + ", ".join(codes)
    n = f"{d.credit:.2f}"
    unit = d.pick(["CECs", "IICRC CECs", "continuing education credit hours"])
    hours_text = f"{n} {unit}"
    d.put("hours", float(d.credit), hours_text)
    how = d.pick(["number", "paren", "none"])
    if how == "number":
        credit_line = f"{hours_text} under IICRC approval number {d.approval()}"
    elif how == "paren":
        credit_line = f"{hours_text} by the IICRC (approval {d.approval()})"
    else:
        credit_line = hours_text
    h1, h2 = d.pick(
        [
            ("Attendance Certificate", "Continuing Education Activity"),
            ("Completion Certificate", "Continuing Education Course"),
            ("Certificate of Completion", "Restoration Training Activity"),
        ]
    )
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "ls": d.pick(["0px", "1px", "2px"]),
        "h1": h1,
        "h2": h2,
        "org": org,
        "name": name,
        "designations": designations,
        "format": d.pick(
            ["classroom course", "hands-on workshop", "live training activity", "online course"]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "date": d.date(d.pick(["us_numeric", "us_numeric", "long", "short_month", "iso"])),
        "credit_line": credit_line,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "fax": d.phone(),
        "signer": d.person(),
        "role": d.pick(["Director of Education", "Director of Training", d.role()]),
    }
