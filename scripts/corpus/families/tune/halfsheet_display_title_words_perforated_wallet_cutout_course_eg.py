"""A half-sheet certificate with its own wallet card to cut out. The left
part is a plain certificate: a very large serif display word as the title
with a smaller italic second line, one running paragraph with no labels
(the holder's name set large inside it, the course, the credit written in
words and figures, the school, the day written out in words), and a
signature over the director's name and title. A vertical perforation with
a pair of scissors divides it from a small card on the right that repeats
the holder, course, date and credit in short labelled lines for the
wallet, with the card number."""

SOURCE = (
    "wording of restoration training schools' completion certificates with a cut-out wallet "
    "card ('in recognition of', 'given this ... day of'); layout after "
    "MartMbithi/LMS:admin/labrat.php (large display title over a centred paragraph)"
)
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "landscape",
    "sentence",
    "big-serif-title",
    "date-words",
    "hours-in-sentence",
    "wallet",
    "distractor-person",
)

TEMPLATE = """<style>
.hs { position:absolute; inset:0; display:flex; background:#fff; color:#1c1c1c }
.cert { flex:1; padding:30px 34px 20px 40px; border:1px solid ${accent}; margin:12px 0 12px 12px; display:flex; flex-direction:column }
.big { font: 64px ${display}; line-height:60px; color:${dark}; letter-spacing:-1px }
.sub { font: italic 20px ${serif}; color:${accent}; margin:2px 0 14px 4px }
.para { font: 17px ${serif}; line-height:28px; max-width:470px }
.para .n { font: bold 23px ${serif}; color:${dark} }
.para .t { font-weight:bold; font-style:italic }
.sig { margin-top:auto; display:flex; gap:40px; align-items:flex-end }
.sig div { width:210px; border-top:1px solid #333; font: 11px ${sans}; padding-top:3px; line-height:14px }
.sig .hd { font: 22px ${script}; border:none; color:#223; width:auto; padding:0 }
.perf { width:24px; position:relative; border-left:2px dashed #888; margin-left:16px }
.perf span { position:absolute; top:40px; left:-10px; font-size:16px; color:#777; background:#fff; transform:rotate(90deg) }
.wc { width:230px; margin:auto 14px auto 0; height:148px; border:1.5px solid ${dark}; border-radius:8px; padding:8px 10px; font: 9.5px ${sans}; display:flex; flex-direction:column }
.wc .h { font: bold 8px ${sans}; letter-spacing:1.5px; color:#fff; background:${dark}; margin:-8px -10px 5px; padding:5px 10px; border-radius:6px 6px 0 0; text-transform:uppercase }
.wc .r { line-height:13px; margin-top:1px } .wc .r i { font-style:normal; color:#666; font-size:7.5px; text-transform:uppercase; margin-right:3px }
.wc .no { margin-top:auto; font: 7.5px ${mono}; color:#555 }
.cut { position:absolute; right:22px; bottom:14px; font: 8px ${sans}; color:#888 }
</style>
<div class="hs">
 <div class="cert">
  <div class="big">${word}</div>
  <div class="sub">${word2}</div>
  <div class="para">${opening} <span class="n">${name}</span> ${verb} <span class="t">${title}</span>,
   ${hours_phrase} <b>${hours}</b> ${of_credit} ${given_by} ${org}, ${given} ${date}.</div>
  <div class="sig">
   <div><span class="hd">${signer}</span><br>${signer}, ${role}</div>
   <div>${place}</div>
  </div>
 </div>
 <div class="perf"><span>&#9986;</span></div>
 <div class="wc">
  <div class="h">${card_head}</div>
  <div class="r">${name_plain}</div>
  <div class="r"><i>${c_course}</i>${title}</div>
  <div class="r"><i>${c_date}</i>${date_short}</div>
  <div class="r"><i>${c_credit}</i>${credit_short}</div>
  <div class="no">${no_label} ${number}</div>
 </div>
 <div class="cut">${cut}</div>
</div>
"""


def fill(d):
    from corpus.formats import fmt_date, fmt_number

    word, word2 = d.pick(
        [
            ("Certificate", "of Completion"),
            ("Completion", "Certificate of Training"),
            ("Certificate", "of Course Completion"),
            ("Diploma", "Continuing Education"),
        ]
    )
    return {
        "word": word,
        "word2": word2,
        "opening": d.pick(
            ["This certificate is awarded to", "Be it known that", "In recognition that"]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "verb": d.pick(
            [
                "has successfully completed the course",
                "has completed all requirements of",
                "did attend and complete",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "hours_phrase": d.pick(["comprising", "a course of", "totalling"]),
        "hours": d.hours(d.pick(["words", "words_cec"])),
        "of_credit": d.pick(["of instruction,", "of approved study,", "of classroom study,"]),
        "given_by": d.pick(["presented by", "given by", "offered by"]),
        "org": d.provider(),
        "given": d.pick(["on", "this", "given on"]),
        "date": d.date("words"),
        "signer": d.person(),
        "role": d.role(),
        "place": d.city(),
        "card_head": d.pick(["Wallet card", "Pocket card", "Cut out & keep"]),
        "name_plain": d.plain_name,
        "c_course": d.pick(["Course", "Class"]),
        "c_date": d.pick(["Date", "Done"]),
        "date_short": fmt_date(d.completed, d.pick(["us_numeric", "short_month", "us_short"])),
        "c_credit": d.pick(["Credit", "CECs"]),
        "credit_short": f"{fmt_number(d.credit, d.rng, decimals_ok=False)} {d.pick(['CEC hrs', 'hours', 'CECs'])}",
        "no_label": d.pick(["No.", "Card", "Cert #"]),
        "number": d.number(),
        "cut": d.pick(["Cut along the dotted line", "Detach and keep in your wallet", ""]),
    }
