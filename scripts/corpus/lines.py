"""Words from the DOM grouped into the visual lines a reader would see."""

from __future__ import annotations


def group_lines(words: list[dict]) -> list[dict]:
    """Lines in reading order: words on one row, split where a gap is wide.

    A gap wider than about two font sizes separates columns (a label column
    and a signature column sharing a row are different lines).
    """
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: ((w["box"][1] + w["box"][3]) / 2, w["box"][0])):
        for row in rows:
            if _same_row(row[-1], w) or any(_same_row(o, w) for o in row[-4:]):
                row.append(w)
                break
        else:
            rows.append([w])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["box"][0])
        current = [row[0]]
        for w in row[1:]:
            prev = current[-1]
            gap = w["box"][0] - prev["box"][2]
            if gap > 2.2 * max(prev["size"], w["size"]):
                lines.append(_line(current))
                current = [w]
            else:
                current.append(w)
        lines.append(_line(current))
    lines.sort(key=lambda ln: (round(ln["box"][1] / 4), ln["box"][0]))
    return lines


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
