"""A block-editor certificate from a WordPress LMS laid over a decorative
background: a patterned border band with rosettes in the corners, the
school's shield mark at the top, a heavy all-capitals heading, a small
"presented to", the learner's name very large in a flowing script, one
centred paragraph that carries the course, the credit and the completion
date in running text, and a single wide signature strip with two signers
side by side."""

SOURCE = "common-repository/academy:addons/certificates/dummy-certificate/certificate-6.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "hours-in-sentence",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${paper} }
.bd { position:absolute; inset:22px; border:16px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${ink} 0 6px, ${paper} 6px 12px, ${gold} 12px 16px, ${paper} 16px 22px) 16 }
.ln { position:absolute; inset:48px; border:2px solid ${gold} }
.ln2 { position:absolute; inset:54px; border:1px solid ${ink} }
.ro { position:absolute; width:58px; height:58px; border-radius:50%; background:radial-gradient(circle, ${gold} 0 22%, ${paper} 23% 38%, ${ink} 39% 50%, ${gold} 51% 62%, transparent 63%) }
.w { position:absolute; inset:60px 90px; text-align:center; color:#222 }
.sh { width:64px; height:72px; margin:18px auto 4px; background:${ink}; color:${gold}; clip-path:polygon(0 0,100% 0,100% 62%,50% 100%,0 62%);
  font: bold 20px ${display}; line-height:60px }
.sn { font: bold 12px ${sans}; letter-spacing:2.5px; text-transform:uppercase; color:${ink} }
h1 { margin:22px 0 0; font: ${hd_weight} 40px ${display}; letter-spacing:2px; color:${ink}; line-height:50px }
.pt { margin-top:24px; font: 17px ${sans}; color:#444 }
.nm { font: ${name_size}px ${scr}; color:#1b1b1b; line-height:${name_line}px; margin-top:4px; white-space:nowrap }
.tx { width:74%; margin:18px auto 0; font: 16px ${sans}; line-height:25px; color:#333 }
.tx b { color:#111 }
.sig { position:absolute; left:12%; right:12%; bottom:20px; display:flex; justify-content:space-between }
.sig div { width:40%; font: 12.5px ${sans}; color:#333 }
.sig i { display:block; height:46px; font: normal 30px/46px ${hnd}; color:#1c2f70; border-bottom:1px solid #444; padding-bottom:2px; margin-bottom:4px; white-space:nowrap }
.sig b { display:block; color:#111; font-size:13.5px }
</style>
<div class="bg"></div><div class="bd"></div><div class="ln"></div><div class="ln2"></div>
<div class="ro" style="left:14px; top:14px"></div><div class="ro" style="right:14px; top:14px"></div>
<div class="ro" style="left:14px; bottom:14px"></div><div class="ro" style="right:14px; bottom:14px"></div>
<div class="w">
 <div class="sh">${mark}</div>
 <div class="sn">${org}</div>
 <h1>${heading}</h1>
 <div class="pt">${presented}</div>
 <div class="nm">${name}</div>
 <div class="tx">${text_html}</div>
 <div class="sig">
  <div><i>${s1}</i><b>${s1}</b>${r1}</div>
  <div><i>${s2}</i><b>${s2}</b>${r2}</div>
 </div>
</div>
"""


def fill(d):
    import html

    fallback = ", 'Z003', 'Dancing Script', cursive"
    org = d.provider()
    mark = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    name = d.name("plain")
    size = 76 if len(name) <= 16 else 64 if len(name) <= 22 else 54 if len(name) <= 28 else 46
    e = html.escape
    title = e(d.title(d.pick(["plain", "plain", "with_code"])))
    hours = e(d.hours(d.pick(["words", "cec_hours", "hours_title", "words_cec", "ceu_and_cec"])))
    date = e(d.date(d.pick(["long", "ordinal", "words", "dmy_long", "long"])))
    org_e = e(org)
    text = d.pick(
        [
            f"for successfully completing <b>{title}</b>, a course of {hours} offered by "
            f"{org_e}, on {date}.",
            f"in recognition of completing <b>{title}</b> ({hours}). "
            f"All lessons, the hands-on lab and the final assessment were completed on {date}.",
            f"who completed <b>{title}</b> on {date} and is hereby awarded {hours} of "
            "continuing education credit.",
        ]
    )
    r1, r2 = d.rng.sample(
        ["Lead Instructor", "Director of Education", "President", "Program Coordinator"], 2
    )
    return {
        "paper": d.pick(["#fbf7ee", "#f6f1e1", "#fffdf8", "#f3efe6"]),
        "ink": d.pick(["#1f3a5f", "#4a1c40", "#0b3d2e", "#3d2b1f", "#5b2333"]),
        "gold": d.pick(["#b8860b", "#a67c00", "#c9a227"]),
        "mark": mark,
        "org": org,
        "hd_weight": d.pick(["bold", "900"]),
        "heading": d.pick(
            ["CERTIFICATE OF ACHIEVEMENT", "CERTIFICATE OF COMPLETION", "CERTIFICATE OF TRAINING"]
        ),
        "presented": d.pick(["Presented to", "This certificate is presented to", "Awarded to"]),
        "scr": d.fonts["script"].replace(", cursive", fallback),
        "hnd": d.fonts["hand"].replace(", cursive", fallback),
        "name": name,
        "name_size": str(size),
        "name_line": str(int(size * 1.3)),
        "text_html": text,
        "s1": d.person(),
        "r1": r1,
        "s2": d.person(),
        "r2": r2,
    }
