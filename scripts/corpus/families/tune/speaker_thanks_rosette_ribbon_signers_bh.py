"""A trade show's certificate of appreciation given to the speaker of one
education session, not anyone's record of credit: landscape, on a tinted
page inside a patterned frame (a dark outer rule, a cross-hatched band and
a thin inner rule) with round rosettes in its corners. The show is named
only in its logo at the top: a round mark with the show's initials beside
its name and year and a small "Education Program" line. Then "Certificate
of Appreciation" in spaced capitals over an ornament, "is gratefully
presented to", the speaker's name in a large script face over a rule, and
one running sentence with no labels thanking them for presenting the
session (its title in quotes), the CEC hours the session was approved for
its attendees, the day it was given (often in words) and the hall. A
ribbon rosette sits at the foot between two signers (the education chair
and the show director, each with a handwritten signature over a rule), and
small print in the frame's corners gives a session code and the date the
certificate was issued. It names a person, a session, a show, a day and
hours, and records no one's completion."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl (bordered certificate: title, "
    "'presented to' line, the name, a reason, the day written as 'On the ... Day of ... In the "
    "Year', place, signature) and KasunYogeeMedia/nimesh-lms-new:profile/print_certificate.php "
    "(logo, large serif heading, the name in a script face); wording after "
    "https://allwording.com/certificate-appreciation/ (organisation, 'Certificate of "
    "Appreciation', presentation wording, recipient, reason, date, signer and signer's title), "
    "re-drawn as the thank-you a restoration trade show hands its session speakers"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "date-words",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.f1 { position:absolute; inset:16px; border:3px solid ${dark} }
.f2 { position:absolute; inset:23px; border:11px solid transparent;
  border-image: repeating-linear-gradient(-45deg, ${accent} 0 2px, ${paper} 2px 5px, ${dark} 5px 6px, ${paper} 6px 9px) 11 }
.f3 { position:absolute; inset:40px; border:1px solid ${dark}; outline:1px solid ${accent}; outline-offset:-5px }
.ro { position:absolute; width:34px; height:34px; border-radius:50%;
  background: radial-gradient(circle, ${accent} 0 4px, ${paper} 4px 7px, ${dark} 7px 10px, ${paper} 10px 12px, ${accent} 12px 17px) }
.ro.a { left:12px; top:12px } .ro.b { right:12px; top:12px } .ro.c { left:12px; bottom:12px } .ro.d { right:12px; bottom:12px }
.logo { position:absolute; left:0; right:0; top:62px; text-align:center }
.logo .rw { display:inline-flex; align-items:center; gap:12px }
.logo .mk { width:40px; height:40px; border-radius:50%; background:${dark}; color:${paper}; display:flex;
  align-items:center; justify-content:center; font: bold 14px ${sans}; letter-spacing:1px; box-shadow:0 0 0 3px ${paper}, 0 0 0 4px ${accent} }
.logo .tx { font: bold ${ev_size}px ${sans}; color:${dark}; letter-spacing:${ev_ls}px; white-space:nowrap }
.logo small { display:block; margin-top:6px; font: 11px ${sans}; color:#555; letter-spacing:2px; text-transform:uppercase }
.hd { position:absolute; left:80px; right:80px; top:${hd_top}px; text-align:center; font: ${hd_size}px ${display};
  color:${dark}; letter-spacing:${hd_ls}px; text-transform:uppercase }
.orn { position:absolute; left:0; right:0; top:${orn_top}px; text-align:center; color:${accent}; font-size:18px; letter-spacing:6px }
.body { position:absolute; left:110px; right:110px; top:${body_top}px; bottom:${body_bottom}px; display:flex; flex-direction:column;
  justify-content:center; text-align:center; font: italic 19px ${serif}; color:#2c2c2c }
.who { font: ${name_size}px ${script}; font-style:normal; color:${name_color}; margin:10px 0 2px; white-space:nowrap; line-height:1.25 }
.rule { width:56%; margin:0 auto 22px; border-top:1px solid ${accent} }
.txt { max-width:${txt_w}px; margin:0 auto; line-height:31px; font-size:${txt_size}px; font-style:${txt_style} }
.foot { position:absolute; left:120px; right:120px; bottom:78px; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:230px; text-align:center; font: 12.5px ${sans}; color:#333; line-height:16px }
.sg .h { font: 27px ${hand}; color:#1d2c6b; height:34px; white-space:nowrap; overflow:visible }
.sg .ln { border-top:1px solid #444; margin-bottom:4px }
.sg b { display:block; font-size:13px; color:#111 }
.seal { position:relative; width:104px; height:128px; margin-bottom:-8px }
.seal .t1, .seal .t2 { position:absolute; top:70px; width:26px; height:58px; background:${ribbon} }
.seal .t1 { left:26px; transform:rotate(14deg); clip-path:polygon(0 0,100% 0,100% 100%,50% 84%,0 100%) }
.seal .t2 { right:26px; transform:rotate(-14deg); clip-path:polygon(0 0,100% 0,100% 100%,50% 84%,0 100%) }
.seal .disc { position:absolute; left:2px; top:0; width:100px; height:100px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 6deg, ${gold_dark} 6deg 12deg); display:flex; align-items:center; justify-content:center }
.seal .in { width:72px; height:72px; border-radius:50%; background:${gold}; border:2px solid ${gold_dark}; display:flex;
  flex-direction:column; align-items:center; justify-content:center; font: bold 10px ${sans}; color:#4a3300; letter-spacing:1px; text-align:center; line-height:12px }
.seal .in big { font-size:13px }
.sm { position:absolute; bottom:50px; font: 10px ${sans}; color:#666; letter-spacing:0.3px }
.sm.l { left:56px } .sm.r { right:56px }
</style>
<div class="pg"></div>
<div class="f1"></div><div class="f2"></div><div class="f3"></div>
<div class="ro a"></div><div class="ro b"></div><div class="ro c"></div><div class="ro d"></div>
<div class="logo"><div class="rw"><div class="mk">${initials}</div><div class="tx">${event}</div></div><small>${tagline}</small></div>
<div class="hd">${heading}</div>
<div class="orn">${ornament}</div>
<div class="body">
 <div>${presented}</div>
 <div class="who">${name}</div>
 <div class="rule"></div>
 <div class="txt">${sentence_html}</div>
</div>
<div class="foot">
 <div class="sg"><div class="h">${sig1}</div><div class="ln"></div><b>${signer1}</b>${role1}</div>
 <div class="seal"><div class="t1"></div><div class="t2"></div><div class="disc"><div class="in">${seal1}<big>${seal2}</big>${seal3}</div></div></div>
 <div class="sg"><div class="h">${sig2}</div><div class="ln"></div><b>${signer2}</b>${role2}</div>
</div>
<div class="sm l">${code_line}</div>
<div class="sm r">${issued_line}</div>
"""

SPEAKER_FIRMS = [
    "Moisture Mapping Consultants, LLC",
    "Dry Logic Training",
    "Indoor Air Forensics Group",
    "Benchmark Restoration Consulting",
    "Fieldline Drying Technologies",
    "Carlisle Textile Care Advisors",
]


def fill(d):
    import html

    from corpus import values as V

    r = d.rng
    # The paper belongs to a show's education session, not to a school's course.
    d.course, d.code = d.pick(V.SESSIONS), None
    d.credit = float(d.pick([1, 1, 1.5, 1.5, 2, 0.5, 3]))
    show = d.pick(V.EVENTS)
    d.org, d.org_alt = f"{show} {d.completed.year}", show

    def esc(text):
        return html.escape(text, quote=False)

    def nw(text):
        return f'<span style="white-space:nowrap">{esc(text)}</span>'

    event = d.provider(d.pick([None, None, "upper"]))
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title("plain")
    day_style = d.pick(["words", "words", "long", "ordinal", "weekday"])
    day = d.date(day_style)
    if d.credit == 1:
        hours = f"{d.hours_number()} {d.pick(['IICRC CEC hour', 'continuing education credit'])}"
    else:
        hours = d.hours(d.pick(["cec_hours", "cec_hours", "cecs"]))
    venue = d.venue()
    firm = d.pick(SPEAKER_FIRMS)
    t_q, h_q, d_q, v_q = nw(f"\u201c{title}\u201d"), nw(hours), nw(day), esc(venue)
    sentence = d.pick(
        [
            f"in grateful recognition of your time and expertise as the presenter of the "
            f"education session {t_q}, approved for {h_q} for those attending, given on {d_q} "
            f"at the {v_q}.",
            f"with sincere thanks for sharing your knowledge with our attendees as speaker for "
            f"{t_q}, an IICRC-approved session of {h_q}, presented on {d_q}, {v_q}.",
            f"for your outstanding contribution to our education program as presenter of "
            f"{t_q} ({h_q} for attendees) on {d_q} at the {v_q}. Your generosity helps "
            f"raise the standard of our industry.",
        ]
    )
    if d.chance(0.35):
        sentence += f" Representing {esc(firm)}."
    words = [w for w in show.split() if w[0].isupper() and w != "&"]
    signer1, signer2 = d.person(), d.person()
    dark_ribbon = d.pick(["#1f3a5f", "#8b0000", "#0b3d2e", "#4a1c40"])

    def scrawl(who):
        parts = who.replace(".", "").split()
        return f"{parts[0]} {parts[-1]}" if d.chance(0.6) else f"{parts[0][0]}. {parts[-1]}"

    name_size = 60 if len(name) <= 22 else (50 if len(name) <= 28 else 44)
    hd = d.pick(
        ["Certificate of Appreciation", "Certificate of Appreciation", "Speaker Recognition"]
    )
    hd_size = d.pick([34, 36, 38])
    return {
        "paper": d.pick(["#fbf7ec", "#f8f4e6", "#fdfbf4", "#f3f1ea", "#f4f7f9"]),
        "ribbon": dark_ribbon,
        "gold": d.pick(["#d4af37", "#e0b84a", "#c9a227"]),
        "gold_dark": d.pick(["#a67c00", "#9c7a1a"]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "ev_size": 19 if len(event) > 30 else 21,
        "ev_ls": d.pick([0, 0.5, 1]),
        "tagline": d.pick(
            ["Education Program", "Conference Education", "Education & Training Committee"]
        ),
        "hd_top": 140,
        "hd_size": hd_size,
        "hd_ls": d.pick([3, 4, 5]) if hd_size < 38 else 3,
        "heading": hd,
        "orn_top": 140 + hd_size + 14,
        "ornament": d.pick(
            ["\u2766 \u25c6 \u2766", "\u2014 \u2726 \u2014", "\u25c6 \u25c6 \u25c6", "\u2767"]
        ),
        "body_top": 140 + hd_size + 40,
        "body_bottom": 200,
        "txt_size": d.pick([19, 20]),
        "presented": d.pick(
            [
                "is gratefully presented to",
                "is proudly presented to",
                "This certificate is awarded with gratitude to",
            ]
        ),
        "name": name,
        "name_size": name_size,
        "name_color": d.pick(["#1b2a4a", "#2a1b3d", "#111", "#5b2333"]),
        "txt_w": d.pick([700, 740, 760]),
        "txt_style": d.pick(["italic", "normal"]),
        "sentence_html": sentence,
        "sig1": scrawl(signer1),
        "signer1": signer1,
        "role1": d.pick(
            ["Education Committee Chair", "Director of Education", "Education Program Chair"]
        ),
        "sig2": scrawl(signer2),
        "signer2": signer2,
        "role2": d.pick(["Show Director", "Executive Director", "President, Show Management"]),
        "seal1": d.pick(["WITH", "OUR", "SPEAKER"]),
        "seal2": d.pick(["THANKS", "THANKS", "\u2605 \u2605 \u2605"]),
        "seal3": str(d.completed.year),
        "code_line": d.pick(
            [
                f"Session {d.pick(['ED', 'S', 'T', 'W'])}-{r.randrange(10, 240)}",
                f"Speaker ID {r.randrange(1000, 9999)}",
                f"Track {d.pick(['A', 'B', 'C', 'Water', 'Mold', 'Business'])} \u00b7 "
                f"Session {r.randrange(1, 40)}",
            ]
        ),
        "issued_line": f"{d.pick(['Issued', 'Presented', 'Date of issue:'])} "
        f"{d.other_date('issue', d.pick(['us_numeric', 'short_month', 'long']))}",
    }
