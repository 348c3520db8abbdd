"""A certificate an LMS builds as one HTML table on a half sheet: a heavy
blue band across the top and bottom edges and lighter blue bands down the
sides, the school's logo centred at the top (its name only inside the
logo), a flowing script title in blue, "This Certificate is awarded to",
the name in green script over a dashed rule, a light-weight line about
completing the course with the course under it, the award date, and the
credit in a small line."""

SOURCE = "JRendel-main/CapstoneV1:generate-certificate/certificate.php"
KIND = "course"
PAPER = ["half-letter"]
CATEGORIES = (
    "landscape",
    "slip",
    "script-name",
    "script-title",
    "provider-in-logo",
    "sentence",
)

TEMPLATE = """<style>
.ct { position:absolute; inset:14px; border-top:15px solid ${edge}; border-bottom:15px solid ${edge};
  border-left:15px solid ${side}; border-right:15px solid ${side}; font-family:${body}; color:#383737; text-align:center;
  display:flex; flex-direction:column; justify-content:space-between; padding:12px 30px 10px }
.lg { display:inline-flex; align-items:center; gap:10px; margin:0 auto }
.lg .m { width:48px; height:48px; border-radius:${radius}; background:${edge}; color:#fff; font: bold 17px ${sans};
  display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.lg .t { text-align:left; font: bold 15px ${sans}; color:${edge}; line-height:17px; max-width:300px }
.lg .t small { display:block; font-weight:normal; font-size:10px; letter-spacing:1.5px; color:#666; text-transform:uppercase }
.ti { font: ${ti_px}px ${script}; color:#0060a9; letter-spacing:1px; line-height:1.1 }
.aw { font: bold 17px ${body}; line-height:20px }
.nm { display:inline-block; width:80%; margin:0 auto; font: ${nm_px}px ${script}; color:#27ae60; border-bottom:1px dashed #bdbdbd;
  line-height:1.2; padding:0 20px }
.af { font-weight:300; font-size:15px; line-height:19px }
.cs { font: bold ${cs_px}px ${body}; line-height:21px; color:#222 }
.on { font: bold 15px ${body} }
.cr { font-size:11.5px; color:#555 }
</style>
<div class="ct">
 <div class="lg"><div class="m">${initials}</div><div class="t">${org}<small>${tag}</small></div></div>
 <div class="ti">${heading}</div>
 <div class="aw">${awarded}</div>
 <div class="nm">${name}</div>
 <div><div class="af">${after}</div><div class="cs">${title}</div></div>
 <div class="on">${on_label} ${date}</div>
 <div class="cr">${credit}</div>
</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    title = d.title(d.pick(["plain", "plain", "code_first"]))
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    hours = d.hours(d.pick(["cec_hours", "iicrc_cec", "cecs_colon", "credit_hours", "hrs"]))
    credit = d.pick(
        [
            f"{hours} · Certificate No. {d.number()}",
            f"Credit: {hours}",
            f"{hours} awarded · Ref. {d.number('R-')}",
        ]
    )
    return {
        "edge": d.pick(["#0072c6", "#0b4f8a", "#1f3a5f", "#00695c"]),
        "side": d.pick(["#0894fb", "#4fa3e0", "#5aa9d6", "#4db6ac"]),
        "radius": d.pick(["50%", "8px", "50% 50% 8px 8px"]),
        "body": d.pick(["Arial, 'Liberation Sans', sans-serif", d.fonts["sans"]]),
        "initials": "".join(w[0] for w in words)[:3],
        "org": org,
        "tag": d.pick(
            ["Restoration Training", "IICRC Approved School", "Est. 2004", "Education Center"]
        ),
        "heading": d.pick(
            ["Certificate of Recognition", "Certificate of Completion", "Certificate of Training"]
        ),
        "ti_px": d.pick([38, 42]),
        "awarded": d.pick(
            ["This Certificate is awarded to", "This certificate is proudly awarded to"]
        ),
        "name": name,
        "nm_px": 40 if len(name) < 24 else 32,
        "after": d.pick(
            [
                "For the successful completion of the course",
                "In recognition of the successful completion of",
                "For successfully completing the course",
            ]
        ),
        "title": title,
        "cs_px": 18 if len(title) < 44 else 15,
        "on_label": d.pick(["Awarded on", "Awarded", "Date:"]),
        "date": d.date(d.pick(["long", "us_numeric", "ordinal", "short_month", "dmy_long"])),
        "credit": credit,
    }
