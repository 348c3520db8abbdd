"""What a document is: a course certificate, a trade-show session record, a
booth slip, or a paper that records no one's completion ("other").

The same signs, counted, are the page's evidence of being a record: the
field models weigh them, so a value on a paper that barely reads like a
record needs more to be filled.
"""

from __future__ import annotations

import re

from server.ocr.models import Line
from server.ocr.record_words import page_words, record_likelihood, session_likelihood

# A page whose words make it less likely than this a record of someone's
# credit records no one, whatever the rules below find in it. Set on the
# calibration part's OCR readings, with the words fitted on 471 tuning
# families: at 0.4 rather than 0.2, 223 of its 244 papers of no one are kept
# as such instead of 212, for 5 more of its 946 records lost (3 courses, a
# session, a booth slip), and 2 wrong values fewer filled for 3 right ones
# (five fields); at 0.5, 5 more papers of no one are kept for 3 more
# sessions lost.
RECORD_AT = 0.4
# A record the rules take for a course's is a session's when its words make
# that at least this likely; one they take for a session's is a course's when
# its words make a session's less likely than COURSE_AT. Set on the
# calibration part: of 946 records the rules call a course or a session, 36
# are the wrong one by the rules, 6 so.
SESSION_AT = 0.5
COURSE_AT = 0.1
# A page whose words make it at least this likely a record is not taken for
# a paper of no one for the signs of one it also prints (an employer's
# training form with the course's cost and a word on reimbursement), by the
# rules or by the field models, unless it says so of itself ("SPECIMEN",
# "no credit is issued"); what it records is still for the rules to say. Set
# on the calibration part with the words fitted on 471 tuning families: at
# 0.9 rather than 0.95, 3 more of its 1,190 readings get their kind right
# (sessions at a show whose app screen or kiosk slip prints a day's agenda),
# no paper of no one is taken for a record that was not before, and 17 more
# values are filled right for none wrong; at 0.85 one more paper of no one
# passes and one more value is wrong.
RECORD_SURE = 0.9


def classify(lines: list[Line]) -> str:
    """What the document is: a course certificate unless it says otherwise.

    A booth slip names the booth; a trade-show session record speaks of
    sessions at an event. Papers around a course record no one's completion:
    a receipt, flyer or agenda sells or schedules it, a roster signs the whole
    class in, a reminder, a letter before the class or a syllabus tells what
    is to come. Anything else that awards hours is a course. A page whose
    words as a whole read unlike a record's (`record_words.py`) records no
    one, though it be of a sort these rules never name."""
    text = " ".join(ln.text for ln in lines).lower()
    words = page_words(text)
    record = record_likelihood(words) if text.strip() else 0.0
    if record < RECORD_AT:
        return "other"
    kind = rules_kind(text, sure=record >= RECORD_SURE)
    return settled(kind, session_likelihood(words)) if kind in ("course", "session") else kind


def settled(kind: str, session: float) -> str:
    """A course or a session, as the rules took it, settled by how likely the
    page's words make a session's record."""
    if kind == "course" and session >= SESSION_AT:
        return "session"
    if kind == "session" and session < COURSE_AT:
        return "course"
    return kind


def rules_kind(text: str, sure: bool = False) -> str:
    """What the kind rules alone make of a page's text (lower case); `sure`
    when the page's words as a whole make it surely a record, so that only
    what the page says of itself (a specimen, no credit) makes it a paper of
    no one."""
    if not text.strip():
        return "other"
    signs = surely_a_record(evidence(text)) if sure else evidence(text)
    # A record may mention some of the signs of a paper around a course ("the
    # class roster is kept on file"): the surer it says someone completed,
    # the more it takes to outweigh that.
    not_record = signs["not_record"]
    certifies = signs["certifies"]
    # A programme lists the day's sessions by the clock and names no one who attended.
    schedule = len(re.findall(r"\b\d{1,2}:\d\d\s*(?:[ap]\.?m\b)", text)) >= 3
    needed = 3 if signs["statement"] else 2 if certifies else 1
    booth = re.search(
        r"\bbooth\s+(?:visit|registration|check-?in|attendance|scan)|\biicrc\s+booth\b", text
    )
    # A booth slip may be a receipt too; a paper that only mentions the booth
    # among the ways to earn credit says much more that records no one.
    if booth:
        return "other" if not_record >= needed + 2 else "booth"
    if not_record >= needed or (schedule and not sure and not certifies and not signs["statement"]):
        return "other"
    # One session of a show ("attended the session", "Session S-390", "this
    # session qualifies"); a course speaks of its class, or of its sessions.
    sessions = re.search(
        r"\bsession\b(?!s)|"
        r"\bsessions?\s+(?:attended|listed|title|code|of|/|attendance|:)|education(?:al)?\s+sessions?|"
        r"\bspeaker\b|\bpresenter\b|"
        r"sessions?\s+of\s+the|event\s+(?:name|approval)|\bevent\s+attendance|"
        # A workshop at a show, or the show itself attended.
        r"\bworkshop\b|\battend(?:ed|ing)\s+the\s+(?:[\w&'’-]+\s+){0,5}" + _EVENT,
        _LED_WORKSHOP.sub(" ", text),
    )
    event = re.search(_EVENT, text)
    if sessions and event:
        return "session"
    if not _LEARNING.search(text):
        return "other"
    return "course" if signs["statement"] or certifies or find_hours_in(text) else "other"


# What any record of a course says somewhere: what was learned or taken (a
# course, class, training, quiz), what it earned (credit, hours), or that it
# was attended, awarded to someone or completed by them. A paper that
# certifies without any of it (an instrument checked, work at a property
# passed) records no course. "Class 2" is a class of water damage.
_LEARNING = re.compile(
    r"\b(?:course|class(?!\s+\d)|training|trained|seminar|programm?e?|workshop|sessions?|module|lesson|"
    r"curriculum|education(?:al)?|cecs?|ceus?|credits?|instruct\w*|learn\w*|exams?|stud(?:y|ies)|"
    r"webinar|lecture|cpd|pdh|school|academy|institute|hours?|hrs?|quiz\w*|attend\w*|"
    r"participat\w*|awarded\s+to|presented\s+to|ha(?:s|ve)\s+(?:successfully\s+)?completed)\b"
)


# A workshop the holder gave is no sign of a session attended: "for leading
# the workshop …", "presenting the workshop".
_LED_WORKSHOP = re.compile(
    r"\b(?:lead|leading|led|present(?:ed|ing)?|teach(?:ing)?|taught|facilitat(?:e|ed|ing)|"
    r"conduct(?:ed|ing)?|deliver(?:ed|ing)?|host(?:ed|ing)?)\s+(?:\S+\s+){0,6}?workshop\b"
)


# A show, not the verb: "our records show that ..." names none; an
# association's education day or meeting.
_EVENT = (
    r"\b(?:expo|convention|conference|trade\s+show|show(?!\s+(?:that|you|us|how|your)\b)|"
    r"summit|symposium|trade\s+fair|education\s+day|"
    # An association's meeting, where its members' sessions are held.
    r"(?:annual|business|chapter|members['’]?|general|regional|monthly)\s+meeting)\b"
)


# What says that someone completed or attended something.
_STATEMENT = re.compile(
    r"(?:certif(?:y|ies)|verif(?:y|ies)|confirms?|attests?)\s+that|"
    r"(?:has|have|having)\s+(?:successfully\s+)?(?:completed|attended|participated|fulfilled|satisfied)|"
    r"(?:was|were)\s+present\b|(?:presented|awarded)\s+to|successfully\s+completed|"
    r"certificate\s+of\s+(?:completion|attendance|achievement|participation)|"
    r"statement\s+of\s+(?:credit|attendance|completion)|proof\s+of\s+(?:completion|attendance)"
)
_SELLING = re.compile(
    r"\breceipt\b|amount\s+paid|payment|invoice|register\s+now|sign\s+up|seats\s+are\s+limited|"
    r"\bcost\b|\$\d|agenda|schedule\s+of|join\s+us|early[\s-]bird|not\s+a\s+certificate|"
    # A voucher for a seat: what a class is worth.
    r"\bvoucher\b|no\s+cash\s+value|prize\s+drawing|not\s+valid\s+with\s+(?:any\s+)?other\s+offers?"
)
# What else "carries no credit" may be the paper, or only some of what it
# lists (the dinner, a session not approved): more than one sign, less than
# a disclaimer. What "carries no separate credit" is credited as part of a
# whole ("single sessions from this track").
_NO_CREDIT = re.compile(
    r"\bcarr(?:y|ies)\s+no\s+(?!(?:separate|additional|extra|further|other)\b)(?:\w+\s+){0,4}credits?\b"
)
_OF_ITSELF = re.compile(r"\b(?:this|these)\s+(?:[\w-]+\s+){1,6}?" + _NO_CREDIT.pattern)
NO_CREDIT_WEIGHT = 2
# What a record says carries no credit besides what it records: the day's
# breaks and meals, trainings or sessions it lists apart ("Breaks and meals
# are not instructional time and carry no credit", "In-house trainings above
# carry no IICRC credit", "Sessions that were not submitted … carry no …").
_PARTS = re.compile(
    r"\b(?:breaks?|meals?|lunch(?:es)?|dinners?|receptions?|networking|exhibits?|in-house|"
    r"(?:sessions?|trainings?|courses?|items?|rows?|entries|activities)\s+(?:that|which|marked|"
    r"listed|above|below|not|without|shown))\b"
)


def _said_of_the_paper(text: str) -> int:
    """How often the page says "carries no credit" of the paper, not of a part
    of the day or a row it lists apart (its own sentence's words before it)."""
    return sum(
        not _PARTS.search(re.split(r"[.;!?]\s", text[max(0, m.start() - 160) : m.start()])[-1])
        for m in _NO_CREDIT.finditer(text)
    )


# Thanks to whoever gave a session: a speaker's certificate of appreciation
# credits those who attended, not the one it names ("your time and
# expertise as the presenter of …", "for sharing expertise as a featured
# speaker on …", "for speaking at …"). It says so of itself.
_SPEAKER_THANKED = (
    r"\b(?:your|his|her|their|for\s+(?:sharing|lending|contributing|giving))\s+"
    r"(?:[\w'’-]+\s+){0,8}?as\s+(?:(?:the|a|an|our|guest|featured|"
    r"keynote|invited)\s+)*(?:speaker|presenter|instructor|moderator|panell?ist|facilitator|"
    r"lecturer)\b|"
    r"\bfor\s+(?:presenting|speaking|teaching|moderating)\s+(?:at\b|(?:\S+\s+){0,3}?(?:session|"
    r"seminar|workshop|course|class|talk|presentation|lecture|panel)\b)"
)
# A paper that says outright it proves no credit: a record of badge scans
# "not valid as a certificate", a checklist that "carries no certification
# credit". Said once, it outweighs the surest statement. (A
# statement of attendance may well say it "is not a certificate": of
# certification, that is; that counts once, among what sells a course.)
_DISCLAIMER = re.compile(
    r"\bnot\s+(?:valid|to\s+be\s+used)\s+as\s+an?\s+(?:certificate|record|proof)\b|"
    r"\b(?:is|are)\s+not\s+(?:proof|evidence)\s+of\b|\bnot\s+continuing\s+education\b|"
    # What the paper counts is said not to be credit: "Service hours are not CECs".
    r"\b(?:is|are)\s+not\s+(?:iicrc\s+)?(?:cecs?|ceus?|ce\s+(?:credits?|hours))\b|"
    # A board's approval of a course, which names a school and no one who took it.
    r"\bdoes\s+not\s+certify\s+(?:any|an)\s+individuals?\b|"
    # A certificate printed to show what one looks like ("SPECIMEN" across
    # it), not a mold course's specimens.
    r"\bspecimen\b(?!\s+(?:collection|sampling|handling|submission|containers?|labels?)\b)|"
    r"\bsample\s+(?:certificate|copy)\b|\bthis\s+is\s+a\s+sample\b|"
    # A course not yet earned: the certificate held back until something is
    # done ("your file is not yet complete", "no credit has been reported",
    # "Certificate locked").
    r"\bnot\s+yet\s+(?:been\s+)?(?:complete|completed|earned|issued|awarded|reported)\b|"
    r"\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:issued|awarded|reported|earned)\b|"
    r"\bno\s+(?:credit|cecs?|hours)\s+(?:has|have)\s+(?:yet\s+)?been\s+(?:reported|issued|awarded|earned)\b|"
    r"\bcertificate\s+(?:is\s+)?(?:locked|on\s+hold)\b|"
    # A paper named for what earns no credit: a membership, a good standing,
    # time given to a show.
    r"\bcertificate\s+of\s+(?:membership|good\s+standing|service)\b|"
    rf"{_SPEAKER_THANKED}|"
    # Said of the paper itself: "This checklist … carries no … credit".
    rf"{_OF_ITSELF.pattern}"
)
DISCLAIMER_WEIGHT = 3
_NOT_RECORD = re.compile(
    # A membership, an honour or an invitation: who belongs, who served, who is asked to dine.
    r"\bmember(?:ship)?\s+(?:since|in\s+good\s+standing|dues)\b|"
    r"\b(?:honou?rary|life)\s+membership\b|\byears?\s+of\s+(?:[a-z]+\s+)?service\b|"
    r"\brsvp\b|\b(?:banquet|gala)\b|\bcordially\s+invite|"
    # Thanks for time given: a volunteer's service at a show.
    r"\bvolunteer(?:s|\s+(?:corps|coordinator|service))\b|"
    r"(?:attendance|class|sign[\s-]?in)\s+roster\b|sign[\s-]?in\s+(?:sheet|each)|signature\s+(?:in|out)\b|\bprint\s+name\b|"
    r"\breminder\b|disregard\s+this|renewal\s+(?:is\s+)?(?:due|notice)|this\s+notice\b|"
    # Written before the class: what to bring, where to be, what it will be.
    r"\bplease\s+(?:arrive|bring|register|plan\s+to)\b|\byou\s+will\s+(?:learn|receive|need)\b|"
    r"\bwill\s+be\s+held\b|\bupcoming\b|\byou(?:\s+a|['’])re\s+(?:registered|enrolled)\b|"
    r"\bregistration\s+is\s+(?:complete|confirmed)\b|\byour\s+seat\s+is\b|"
    # A paper that says the certificate comes later is not the certificate
    # (OCR drops a letter of "will" and "emailed" often enough to allow it).
    r"\bcertificates?\s+(?:are|is|wil?l\s+be)\s+(?:issued|sent|e-?mai?led|mailed|posted)\b|"
    r"\bcertificates?\s+of\s+\w+\s+wil?l\s+be\s+(?:issued|sent|e-?mai?led|mailed|posted)\b|"
    r"\bcancell?ation\s+policy\b|\bwait[\s-]?list\b|\benrol(?:l|ment)\s+(?:now|today|by)\b|"
    # What a course will teach or what a body requires: a syllabus, an information sheet.
    r"\bsyllabus\b|\bcourse\s+outline\b|\bprerequisites?\b|\bshould\s+be\s+able\s+to\b|"
    r"\binformation\s+sheet\b|\bwhat\s+counts\s+toward|\bhow\s+to\s+(?:report|submit|register|renew)\b|"
    r"\blate\s+fee\b|\brenewal\s+fee\b|"
    # A form that asks what someone thought of a class, or asks for something.
    r"\bplease\s+rate\b|\bstrongly\s+(?:agree|disagree)\b|\bsurvey\b|"
    r"\bevaluation\s+form\b|\bhow\s+(?:likely|satisfied)\s+(?:are|were)\s+you\b|"
    r"\bapplicant\b|\bapplication\s+(?:for|form|per)\b|"
    # A form still to be filled in and sent: how to fill it, what happens if not.
    r"\bcomplete\s+one\s+form\s+per\b|\bincomplete\s+forms?\s+wil?l\s+not\b|"
    # A provider's request to have a course approved: what it proposes; the
    # approval it gets back: for how long, on what terms.
    r"\bapproval\s+request\b|\bproposed\s+dates?\b|\b(?:cecs?|credits?|hours)\s+requested\b|"
    r"\bapproval\s+period\b|\bthis\s+approval\s+is\b|\bcertificate\s+of\s+(?:course\s+)?approval\b|"
    r"\bis\s+approved\s+as\s+an?\s+(?:[\w-]+\s+){0,3}course\b|"
    # A request for a copy of a certificate, or for leave to take a class.
    r"\brequest\s+for\s+(?:a\s+)?(?:duplicate|replacement)\b|\bcomplete\s+all\s+sections\b|"
    r"\bpre-?approval\b|\bbefore\s+registering\b|\breimburse(?:ment|d)?\b|"
    # A product's registration or warranty card: equipment registered to an owner.
    r"\bproduct\s+registration\b|\bregistered\s+owners?\b|\bdealer\b|"
    # A job's paperwork: the work done at a property for its owner or insurer.
    r"\b(?:property|home)\s*owner\b|\bproperty\s+address\b|"
    r"\bscope\s+of\s+work\s+(?:performed|completed)\b|"
    r"\bdate\s+of\s+loss\b|\b(?:claim|policy|job)\s*(?:/\s*claim\s*)?(?:no\.|no\s*:|number\b|#)|"
    r"\bwork\s+authori[sz]ation\b|\bcertificate\s+of\s+satisfaction\b|"
    # What a job's own checks certify: materials dried to a standard, an area
    # cleared after remediation, a worker cleared to wear a respirator, an
    # instrument calibrated. A course about them is named, not certified so.
    r"\bdry(?:ing)?\s+standard\b|\bmoisture\s+content\s+of\b|\baffected\s+materials\b|"
    r"\bpassed\s+(?:the\s+)?clearance\b|\bclearance\s+(?:report|testing|sampling|criteria|\(prv\))|"
    r"\bspore\s+(?:trap|counts?)\b|\boutdoor\s+(?:reference|control|baseline)\b|\bdate\s+sampled\b|"
    r"\bmedically\s+cleared\b|\bmedical\s+(?:evaluation|questionnaire|clearance)\b|"
    r"\bwritten\s+recommendation\b|"
    r"\bas\s+found\s*(?:[:/]|and\s+as\s+left)|\bas\s+left\s*[:/]|\bcal(?:ibration|\.)\s+due\b|"
    r"\btraceable\s+to\b|\breference\s+standards?\s+used\b|\btest\s+points?\b|"
    # A public register's lookup page: what a search found about a licence.
    r"\bsearch\s+(?:results|criteria)\b|\b\d+\s+records?\s+found\b|"
    r"\blicen[cs]e\s+(?:search|lookup|look-up)\b|"
    r"\bspeaker\s+(?:recognition|appreciation|id)\b|\bcertificate\s+of\s+appreciation\b|"
    r"\b(?:hours?|cecs?|credits?)\s+(?:\w+\s+)?for\s+(?:those\s+attending|attendees|participants)\b|"
    # An instructor's papers: an approval or credential to teach, a log of
    # the classes taught. Whoever they name teaches and earns no credit by
    # it; "Approved Instructor" under a signature is only the signer.
    r"\b(?:approved|authori[sz]ed|qualified|eligible)\s+to\s+(?:teach|instruct)\b|"
    r"\bmay\s+(?:teach|instruct)\b|\b(?:classes|courses)\s+taught\b|\bteaching\s+hours\b|"
    r"\binstructor\s+(?:credential|renewal|approval)\b|"
    # A sign by a room's door: what is on in it, for whoever comes in.
    r"\bin\s+this\s+room\b|\bsilence\s+(?:your\s+)?(?:cell\s+)?(?:phones?|devices?)\b|"
    # A letter to everyone, not about someone.
    r"\bdear\s+(?:certified\s+)?(?:technician|participant|student|attendee|member|customer|"
    r"colleague|registrant)s?\b"
)


# What a record cites as its own proof is no sign of a paper of no one: "our
# sign-in sheets and the course outline are kept on file", "the registration
# receipt is attached", "the badge scan and the sign-in sheet both show full
# attendance", and what it says is no proof beside it: "a program, badge or
# receipt alone is not proof of attendance" (the whole clause); "Enclosure:
# course outline" (what follows).
_OWN_PROOF = re.compile(
    r"\b(?:kept|retained|held|maintained|available)\s+on\s+(?:file|request)\b|"
    r"\b(?:is|are)\s+attached\b|\bshows?\s+(?:full|complete)\s+attendance\b|"
    r"\balone\s+(?:is|are)\s+not\s+(?:proof|evidence)\b"
)
_ENCLOSED = re.compile(r"\benclos(?:ures?|ed)\b")


def _without_own_proof(text: str) -> str:
    """The text without the clauses in which a record cites its own proof.
    Found phrase by phrase and cut to the nearest stops, so a long page
    without a full stop costs no more than a short one."""
    cuts = [(_clause_start(text, m.start()), m.end()) for m in _OWN_PROOF.finditer(text)]
    cuts += [(m.start(), m.end()) for m in _ENCLOSED.finditer(text)]
    out, at = [], 0
    for start, phrase_end in sorted(cuts):
        stops = [i for i in (text.find(".", phrase_end), text.find(";", phrase_end)) if i >= 0]
        if start >= at:
            out.append(text[at:start])
        at = max(at, min(stops, default=len(text)))
    return " ".join([*out, text[at:]])


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(stop, 0, at) for stop in ".;:") + 1


def page_evidence(text: str) -> dict[str, float]:
    """The page's `evidence`; where its words as a whole make it surely a
    record (RECORD_SURE), its signs of a paper of no one are only what it
    says of itself: the kind rules count no more there, nor do the field
    models."""
    signs = evidence(text)
    if signs["not_record"] > signs["disclaims"]:
        if record_likelihood(page_words(text)) >= RECORD_SURE:
            return surely_a_record(signs)
    return signs


def surely_a_record(signs: dict[str, float]) -> dict[str, float]:
    """`evidence` of a page its words make surely a record: of its signs of a
    paper of no one, only what it says of itself counts."""
    return signs | {"not_record": signs["disclaims"]}


def evidence(text: str) -> dict[str, float]:
    """How much a page's text (lower case) reads like a record of someone's
    completion: a statement that someone completed or attended, a weaker
    word of certifying, how many signs of a paper that records no one (what
    sells or schedules a course, a roster, a reminder or notice; of them,
    how much the page says of itself that it is no proof or earns no
    credit), and how the page is printed: times of day, prices, blank lines
    of a form."""
    own = _without_own_proof(text)
    disclaims = DISCLAIMER_WEIGHT * len(_DISCLAIMER.findall(own)) + NO_CREDIT_WEIGHT * max(
        0, _said_of_the_paper(text) - len(_OF_ITSELF.findall(text))
    )
    return {
        "statement": float(bool(_STATEMENT.search(text))),
        "certifies": float(bool(_CERTIFIES.search(text))),
        "not_record": float(len(_SELLING.findall(own)) + len(_NOT_RECORD.findall(own)) + disclaims),
        "disclaims": float(disclaims),
        # How a schedule, a price list or a blank form is printed.
        "clock": float(len(re.findall(r"\b\d{1,2}:\d\d\b", text)) >= 3),
        "money": float(bool(re.search(r"\$\s?\d", text))),
        "blanks": float(len(re.findall(r"_{4,}|\[\s?\]|☐|□", text)) >= 3),
    }


_CERTIFIES = re.compile(
    r"certif(?:y|ies|icate)|confirms?\s+that|has\s+(?:successfully\s+)?(?:completed|attended|"
    r"participated)|awarded|presented\s+to|attendee\s+name|participant|verification|"
    r"statement\s+of\s+credit|transcript|record|completion|completed|"
    # What confers something on someone: "confers the award", "Attestation", "Be it known".
    r"\bawards?\b|\battestation\b|\bconfers?\b|be\s+it\s+known|in\s+recognition"
)


def find_hours_in(text: str) -> bool:
    """Whether the page speaks of hours of credit: their unit, or a credit's
    figure ("CREDIT 7.5" on a credential card)."""
    return bool(
        re.search(
            r"\b(?:cecs?|ceus?|credit\s+hours?|ce\s+hours?|hrs?|hours?|"
            r"continuing\s+education\s+(?:credits?|units?))\b|\bcredits?\s*:?\s*\d{1,2}(?:\.\d\d?)?\b",
            text,
        )
    )
