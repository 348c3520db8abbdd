"""A workshop announcement, not a certificate: a big headline, a blurb and
bullet list, then DATE / TIME / PLACE / COST lines and a "Register Now"
button. It names a course, an instructor and CEC hours; none is a record."""

SOURCE = "longlife52/fortyfivedegrees_wp:wp-content/themes/fortyfivedegrees/single-workshop.php"
KIND = "other"
PAPER = "letter-portrait"
CATEGORIES = ("other", "portrait", "dark-band")

TEMPLATE = """<style>
.hero { height:250px; background:${dark}; color:#fff; text-align:center; padding-top:60px; font-family:${display} }
.hero h1 { font-size:44px; margin:0 30px } .hero h3 { font: 20px ${sans}; margin-top:16px }
.w { padding:30px 70px; font: 16px ${sans}; line-height:26px }
.det p { margin:2px 0; font-weight:bold } .btn { display:inline-block; background:${accent}; color:#fff; padding:12px 30px; border-radius:6px; margin-top:24px; font-weight:bold }
</style>
<div class="hero"><h1>${title}</h1><h3>Earn ${hours} &mdash; ${org}</h3></div>
<div class="w">
 <p>${blurb}</p>
 <ul><li>Hands-on practice with current equipment</li><li>Take-home reference guide</li><li>Lunch and refreshments included</li></ul>
 <div class="det"><p>DATE - ${date}</p><p>TIME - 8:00 a.m. - 4:30 p.m.</p><p>PLACE - ${street}, ${town}</p><p>COST - ${cost}</p>
 <p>INSTRUCTOR - ${instructor}</p></div>
 <div style="text-align:center"><span class="btn">Register Now &gt;&gt;</span></div>
 <p style="font-size:11px;margin-top:30px">Seats are limited. Cancellations within 7 days forfeit the deposit. Questions? ${phone}</p>
</div>
"""


def fill(d):
    street, town = d.address()
    return {
        "title": d.course,
        "hours": f"{d.credit:g} IICRC CECs",
        "org": d.org,
        "blurb": f"Join us for a one-day workshop on {d.course.lower()}, taught by working "
        "restorers for technicians who want field-ready skills.",
        "date": d.other_date("registered", "weekday"),
        "street": street,
        "town": town,
        "cost": d.pick(["$195 per person", "$89 members / $129 non-members", "Free for members"]),
        "instructor": d.person(),
        "phone": d.phone(),
    }
