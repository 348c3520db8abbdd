"""A coloured frame round the page with a header band carrying the heading in
white, the holder's name in a coloured heading and the rest as one
paragraph: the gradebook certificate of an open-source LMS."""

SOURCE = "chamilo/chamilo-lms:main/template/rainbow/gradebook/custom_certificate.tpl"
KIND = "course"
PAPER = "letter-landscape"
CATEGORIES = ("dark-band", "sentence", "provider-in-logo", "landscape")

TEMPLATE = """<style>
.frame { position:absolute; inset:0; background:${band}; padding:26px 34px }
.head { height:92px; color:#fff; font: 34px ${mono}; display:flex; align-items:center; padding-left:64px }
.inner { background:#fff; height:640px; padding:40px 56px; font-family:${mono}; color:${band}; font-size:18px; line-height:30px }
.inner h3 { color:${name_color}; font-size:28px; margin:0 0 18px }
.foot { margin-top:40px; display:flex; justify-content:space-between; font-size:14px; color:#444 }
.org { position:absolute; right:60px; top:60px; color:#fff; font: bold 16px ${sans}; text-align:right }
</style>
<div class="frame">
 <div class="head">${heading}</div>
 <div class="org">${org}<br><span style="font-weight:normal;font-size:12px">${web}</span></div>
 <div class="inner">
  <h3>${name}</h3>
  <p>${body}</p>
  <div class="foot"><span>${signer}<br>${role}</span><span>${number_label} ${number}</span></div>
 </div>
</div>
"""
BANDS = ["#92c647", "#2a7ab0", "#7b2d8e", "#1d6b5a", "#b5462f"]
HEADINGS = ["Certificate of completion", "Course certificate", "Certificate"]


def fill(d):
    org = d.provider()
    title = d.title()
    when = d.date()
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs", "contact_and_cec"]))
    body = d.pick(
        [
            f"has taken part in the training course {title} on the {org} learning platform, "
            f"completed on {when}, with a workload of {hours}.",
            f"has successfully completed {title}, delivered by {org}. Date of completion: {when}. "
            f"Credit awarded: {hours}.",
        ]
    )
    return {
        "band": d.pick(BANDS),
        "name_color": d.pick(["#672290", "#222", "#0d3b66"]),
        "heading": d.pick(HEADINGS),
        "org": org,
        "web": d.web(),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "body": body,
        "signer": d.person(),
        "role": d.role(),
        "number_label": d.pick(["Certificate code:", "Code", "No."]),
        "number": d.number(),
    }
