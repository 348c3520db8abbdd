"""Words from the DOM grouped into the visual lines a reader would see."""

from __future__ import annotations

# A gap wider than this many font sizes separates columns.
COLUMN_GAP = 2.2


def group_lines(words: list[dict]) -> list[dict]:
    """Lines in reading order, each a chain of words that follow each other.

    A word's next word is the nearest word to its right that it can follow
    (`_follows`: overlapping it vertically, not a column gap away). Lines are
    built from such neighbours alone, never from rows across the whole page:
    on a page turned a degree or two, rows of two columns with different line
    spacing drift against each other, and a row chained through the other
    column took words of two lines of one column into one line.

    Links are made nearest first, each word getting at most one word before
    and one after it: a word beside two lines (a session code beside a
    title and a presenter under it) goes with the nearer, and the other line
    starts on its own.
    """
    ws = sorted(words, key=lambda w: (w["box"][0], w["box"][1]))
    widest = COLUMN_GAP * max((w["size"] for w in ws), default=0)
    pairs = []
    for i, a in enumerate(ws):
        for j in range(i + 1, len(ws)):
            if _gap(a, ws[j]) > widest:  # the words are in order from the left
                break
            if _follows(a, ws[j]):
                pairs.append((_distance(a, ws[j]), i, j))
    after: dict[int, int] = {}
    before: dict[int, int] = {}
    for _, i, j in sorted(pairs):
        if i not in after and j not in before:
            after[i], before[j] = j, i
    lines = []
    for i in range(len(ws)):
        if i in before:
            continue
        chain = [ws[i]]
        while i in after:
            i = after[i]
            chain.append(ws[i])
        lines.append(_line(chain))
    lines.sort(key=lambda ln: (round(ln["box"][1] / 4), ln["box"][0]))
    return lines


def _follows(prev: dict, w: dict) -> bool:
    """`w` can be the next word after `prev` on one text line: they share the
    line's height (overlap by more than half the shorter word), `w` starts
    where `prev` ends (a quarter em of overlap at most: a tall mark over the
    start of a line is not its next word, nor is a wrapped word's second
    part, which the browser reports under the same text), and the gap is no
    wider than about two font sizes, which would separate columns (a label
    column and a signature column sharing a row are different lines)."""
    size = max(prev["size"], w["size"])
    return -0.25 * size <= _gap(prev, w) <= COLUMN_GAP * size and _same_row(prev, w)


def _gap(a: dict, b: dict) -> float:
    return b["box"][0] - a["box"][2]


def _distance(a: dict, b: dict) -> float:
    """How far `b` starts from where `a` ends: the gap across and how far
    their vertical centres are apart."""
    drift = abs(a["box"][1] + a["box"][3] - b["box"][1] - b["box"][3]) / 2
    return _gap(a, b) + drift


def _same_row(a: dict, b: dict) -> bool:
    top, bottom = max(a["box"][1], b["box"][1]), min(a["box"][3], b["box"][3])
    overlap = bottom - top
    shorter = min(a["box"][3] - a["box"][1], b["box"][3] - b["box"][1])
    return overlap > 0.5 * shorter


def _line(words: list[dict]) -> dict:
    text = words[0]["text"]
    for prev, w in zip(words, words[1:], strict=False):
        gap = w["box"][0] - prev["box"][2]
        text += ("" if gap < 0.12 * w["size"] else " ") + w["text"]
    box = [
        min(w["box"][0] for w in words),
        min(w["box"][1] for w in words),
        max(w["box"][2] for w in words),
        max(w["box"][3] for w in words),
    ]
    chars = [len(w["text"]) for w in words]
    main = max(range(len(words)), key=lambda i: chars[i] * words[i]["size"])
    return {
        "text": text,
        "box": [round(v, 1) for v in box],
        "size": max(w["size"] for w in words),
        "bold": sum(c for c, w in zip(chars, words, strict=True) if w["bold"]) > sum(chars) / 2,
        "italic": words[main]["italic"],
        "font": words[main]["font"],
        "color": words[main]["color"],
        "background": words[main]["background"],
        "pattern": words[main]["pattern"],
    }
