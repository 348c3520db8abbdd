"""A landscape certificate of attendance that a trade show's registration
office issues to a technician who registered at the certification body's
booth, split into two panels. A dark column down the left carries, in light
letters, a stack of show facts as small spaced-capital labels over their
values (the show's days as a span, the venue, the day the attendee
registered online, the day the certificate was issued or e-mailed, and next
year's show dates as a "save the date"), and at its foot a round emblem with
the show's initials over the show's name (the show is named nowhere else).
The light right panel has a large script heading over a thin rule, a small
coloured certifying line, the holder's name in a large script over a rule,
the activity's name in script, one running sentence giving the day of the
booth visit (sometimes in words) and the credit, and a footer of two
signature blocks (the show's director and the certification body's booth
representative, each a script signature over a printed name and role)
flanking a round seal, with the certificate number in small type."""

SOURCE = (
    "gaurav-samosys/ea_admin_ang:src/assets/webroot/certificate/certificate_inline.php (landscape "
    "certificate: a left column with the logo at its foot, a right panel with a script title over "
    "a rule, a coloured 'This is to certify that', the name over a rule, the course in script, "
    "two signature widgets either side of a stamp); booth credit from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (sign in at the "
    "IICRC booth at a trade show or convention)"
)
KIND = "booth"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "script-name",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
)

TEMPLATE = """<style>
.col { position:absolute; left:0; top:0; bottom:0; width:29%; background:${dark}; color:#f4f1ea; font-family:${sans} }
.col .rule { position:absolute; inset:14px; border:1px solid rgba(255,255,255,0.35) }
.facts { position:absolute; left:38px; right:30px; top:52px }
.facts .hd { font: bold 11px ${sans}; letter-spacing:3px; color:${band_accent}; padding-bottom:8px; border-bottom:1px solid rgba(255,255,255,0.3); margin-bottom:16px }
.fact { margin-bottom:15px }
.fact .l { font-size:9.5px; letter-spacing:2.2px; text-transform:uppercase; color:${band_accent} }
.fact .v { font-size:14px; margin-top:3px; line-height:18px }
.emb { position:absolute; left:30px; right:30px; bottom:46px; text-align:center }
.emb .ring { width:84px; height:84px; margin:0 auto 12px; border-radius:50%; border:3px solid ${band_accent};
  display:flex; align-items:center; justify-content:center; font: bold 26px ${display}; color:#fff; letter-spacing:1px }
.emb .nm { font: bold 15px ${sans}; letter-spacing:1.2px; text-transform:uppercase; line-height:19px }
.emb .tg { font-size:10.5px; opacity:.8; margin-top:4px; letter-spacing:1px }
.main { position:absolute; left:29%; right:0; top:0; bottom:0; background:${light} }
.main .frame { position:absolute; inset:18px 18px 18px 0; border:1px solid ${accent}; border-left:none }
.in { position:absolute; left:60px; right:60px; top:40px }
.ttl { font: 58px ${script}; color:#1a1a1a; border-bottom:1px solid ${accent}; padding-bottom:8px; white-space:nowrap }
.cert { margin-top:54px; font: 17px ${sans}; color:${accent}; letter-spacing:.5px }
.nm2 { display:inline-block; min-width:62%; font: 52px ${script}; color:#111; border-bottom:1px solid ${accent}; padding:2px 10px 4px 0; margin-top:6px; white-space:nowrap }
.act { margin-top:30px; font: 36px ${script}; color:${dark}; white-space:nowrap }
.sen { margin-top:22px; font: 17px ${serif}; color:#222; line-height:25px; max-width:590px }
.foot { position:absolute; left:60px; right:60px; bottom:54px; display:flex; align-items:flex-end; justify-content:space-between }
.sg { width:228px; text-align:center; font-family:${sans} }
.sg .s { font: 27px ${hand}; color:#1d2c6b; border-bottom:1px solid ${accent}; height:40px; line-height:44px; overflow:hidden; white-space:nowrap }
.sg .p { font-size:14px; color:${accent}; margin-top:5px }
.sg .r { font-size:12.5px; font-style:italic; color:#222; margin-top:2px }
.seal { width:96px; height:96px; border-radius:50%; border:2px solid ${accent}; display:flex; align-items:center; justify-content:center; margin-bottom:4px }
.seal div { width:80px; height:80px; border-radius:50%; border:1px dashed ${accent}; display:flex; align-items:center; justify-content:center;
  text-align:center; font: bold 9.5px ${sans}; letter-spacing:1.5px; color:${accent}; line-height:13px }
.no { position:absolute; right:60px; bottom:28px; font: 10.5px ${sans}; color:#666 }
</style>
<div class="col">
 <div class="rule"></div>
 <div class="facts">
  <div class="hd">${facts_head}</div>
  <div class="fact"><div class="l">${span_label}</div><div class="v">${span}</div></div>
  <div class="fact"><div class="l">Venue</div><div class="v">${venue}</div></div>
  <div class="fact"><div class="l">${reg_label}</div><div class="v">${registered}</div></div>
  <div class="fact"><div class="l">${issue_label}</div><div class="v">${issued}</div></div>
  <div class="fact"><div class="l">${next_label}</div><div class="v">${next_span}</div></div>
 </div>
 <div class="emb">
  <div class="ring">${initials}</div>
  <div class="nm">${provider}</div>
  <div class="tg">${tagline}</div>
 </div>
</div>
<div class="main">
 <div class="frame"></div>
 <div class="in">
  <div class="ttl">${heading}</div>
  <div class="cert">${certify}</div>
  <div class="nm2">${name}</div>
  <div class="act">${title}</div>
  <div class="sen">${sentence}</div>
 </div>
 <div class="foot">
  <div class="sg"><div class="s">${sig1}</div><div class="p">${sig1}</div><div class="r">${role1}</div></div>
  <div class="seal"><div>${seal_html}</div></div>
  <div class="sg"><div class="s">${sig2}</div><div class="p">${sig2}</div><div class="r">${role2}</div></div>
 </div>
 <div class="no">${cert_no}</div>
</div>
"""

LIGHT_ACCENTS = ["#d9b45a", "#e0c27a", "#9fc6e8", "#b5d6b2", "#e8b4a0"]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (2, 1), (0, 1), (1, 0)])
    start = d.completed - timedelta(days=before)
    end = d.completed + timedelta(days=after)
    span = fmt_range(start, end, r)
    # next year's show: the same week a year on, give or take a week
    nstart = start + timedelta(days=d.pick([357, 364, 364, 371]))
    next_span = fmt_range(nstart, nstart + timedelta(days=before + after), r)
    side_style = d.pick(["long", "short_month", "us_numeric", "dmy_long"])
    registered = d.other_date("registered", side_style)
    issued = d.other_date("issue", side_style)

    event = d.org_alt or d.org
    words = [w for w in event.replace("&", " ").split() if w[:1].isupper()]
    date_style = d.pick(["long", "ordinal", "words", "words", "weekday", "dmy_long"])
    day = d.date(date_style)
    hours = d.hours(d.pick(["cec_hours", "cecs", "words_cec", "words", "iicrc_cec"]))
    if hours.startswith("IICRC"):
        credit = f"({hours})"
    else:
        credit = d.pick([f"earning {hours}", f"for {hours}"])
    sentence = d.pick(
        [
            f"visited the IICRC booth in the exhibit hall on {day} and completed booth "
            f"registration {credit}.",
            f"registered at the booth of the Institute of Inspection, Cleaning and Restoration "
            f"Certification on {day} {credit}.",
            f"signed in at the IICRC booth on the show floor on {day}, {credit}. The show reports "
            f"booth registrations to the certifying body.",
        ]
    )
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "Booth Registration"]),
        ["IICRC Booth Registration"],
    )
    return {
        "band_accent": d.pick(LIGHT_ACCENTS),
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "facts_head": d.pick(["THE SHOW", "SHOW FACTS", "EVENT DETAILS", "AT A GLANCE"]),
        "span_label": d.pick(["Show dates", "Show days", "Exhibit hall open", "Held"]),
        "span": span,
        "venue": d.venue(),
        "reg_label": d.pick(["Registered online", "Registration received", "Pre-registered"]),
        "registered": registered,
        "issue_label": d.pick(["Certificate issued", "Issued", "E-mailed", "Date of issue"]),
        "issued": issued,
        "next_label": d.pick(["Save the date", "Next year", "See you next year", "Next show"]),
        "next_span": next_span,
        "initials": "".join(w[0] for w in words)[:3],
        "provider": d.provider(d.pick(["upper", None])),
        "tagline": d.pick(
            ["Trade Show & Convention", "Education · Exhibits · Networking", "Exhibits & Education"]
        ),
        "heading": d.pick(
            ["Certificate of Attendance", "Certificate of Participation", "Booth Attendance"]
        ),
        "certify": d.pick(
            ["This is to certify that", "This certifies that", "We hereby certify that"]
        ),
        "name": d.name("plain"),
        "title": title,
        "sentence": sentence,
        "sig1": d.person(),
        "role1": d.pick(["Show Director", "Show Manager", "Director of Education"]),
        "sig2": d.person(),
        "role2": d.pick(
            ["IICRC Booth Representative", "IICRC Registrant Services", "CEC Coordinator"]
        ),
        "seal_html": d.pick(["OFFICIAL<br>SHOW<br>RECORD", "VERIFIED<br>BOOTH<br>VISIT"]),
        "cert_no": f"{d.pick(['Certificate No.', 'No.', 'Cert. #'])} "
        f"{d.completed.year}-{r.randrange(1000, 99999):05d}",
    }
