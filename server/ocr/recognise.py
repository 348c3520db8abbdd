"""PP-OCR's line recogniser (ONNX weights inside the rapidocr wheel, its last
layer cut to the letters certificates here print: latin_recogniser.py), run
on the same line crops tesseract reads.

It reads display, script and handwriting-style faces that tesseract's
line model cannot ("Benoît Brzezinski" in a flowing script), keeps accents
and word spaces, and gives each letter a probability. The network's input
is the crop scaled to 48 px tall, grey in all three channels; its output is
a letter (or blank) per column, decoded greedily (CTC).
"""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher

import cv2
import numpy as np

from server.ocr import detect
from server.ocr.latin_recogniser import latin_recogniser
from server.ocr.models import Word

HEIGHT = 48
# Crops are run in batches of similar width, this many columns at most in
# all: the network's output holds every column's odds for each of its
# letters. Measured on 25 tuning photos with the wheel's whole output layer
# (18,710 letters, 75 KB a column): 4,000 columns peak at 457 MB and
# 17.5 s, 1,500 at 437 MB and 18.5 s, 800 at 419 MB and 19.0 s. The Latin
# layer's output is a tenth of that.
BATCH_WIDTH = 1500
# The network reads at most this many columns per letter; wider is padding.
MAX_WIDTH = 2400


@functools.cache
def alphabet() -> list[str]:
    """The network's letters, from the model's own metadata: index 0 is the blank."""
    meta = detect.session(latin_recogniser()).get_modelmeta().custom_metadata_map
    letters = meta["character"].splitlines()
    return ["", *letters, " "]


def recognise(crops: list[np.ndarray]) -> list[tuple[str, list[float]]]:
    """Each grey crop's text and the probability of each of its letters."""
    out: list[tuple[str, list[float]]] = [("", [])] * len(crops)
    order = sorted(range(len(crops)), key=lambda i: _width(crops[i]))
    batch: list[int] = []
    for i in [*order, None]:
        if batch and (i is None or _width(crops[i]) * (len(batch) + 1) > BATCH_WIDTH):
            for k, result in zip(batch, _run([crops[k] for k in batch]), strict=True):
                out[k] = result
            batch = []
        if i is not None:
            batch.append(i)
    return out


def _width(crop: np.ndarray) -> int:
    """The crop's width once scaled to the network's height."""
    return min(MAX_WIDTH, max(HEIGHT, round(crop.shape[1] * HEIGHT / max(1, crop.shape[0]))))


def _run(crops: list[np.ndarray]) -> list[tuple[str, list[float]]]:
    widths = [_width(c) for c in crops]
    width = max(widths)
    batch = np.zeros((len(crops), 3, HEIGHT, width), np.float32)
    for k, (crop, w) in enumerate(zip(crops, widths, strict=True)):
        sized = cv2.resize(crop, (w, HEIGHT), interpolation=cv2.INTER_AREA)
        batch[k, :, :, :w] = (sized.astype(np.float32) / 255.0 - 0.5) / 0.5
    net = detect.session(latin_recogniser())
    (probs,) = net.run(None, {net.get_inputs()[0].name: batch}, detect.shrink_arena())
    return [_decode(p) for p in probs]


def _decode(probs: np.ndarray) -> tuple[str, list[float]]:
    letters = alphabet()
    best = probs.argmax(axis=1)
    text, confidences, previous = [], [], 0
    for column, index in enumerate(best):
        if index != 0 and index != previous and index < len(letters):
            text.append(letters[index])
            confidences.append(float(probs[column, index]))
        previous = index
    return "".join(text), confidences


def words_of(text: str, confidences: list[float], width: int, height: int) -> list[Word]:
    """The line's words with boxes shared out along the crop by their letters,
    each as sure as its least sure letter."""
    out, position = [], 0
    total = max(1, len(text))
    for token in text.split(" "):
        if token:
            start = text.index(token, position)
            conf = min(confidences[start : start + len(token)], default=0.0)
            left = round(width * start / total)
            right = round(width * (start + len(token)) / total)
            out.append(Word(token, left, 0, max(1, right - left), height, conf))
            position = start + len(token)
    return out


def respaced(text: str, letters: list[float], other: str) -> tuple[str, list[float]]:
    """PP-OCR's text with the word spaces it ran together put back where the
    other reader saw them between the same letters ("IICRCApproval" beside
    tesseract's "IICRC Approval"); `letters` stays one probability a letter."""
    matcher = SequenceMatcher(None, text, other, autojunk=False)
    here = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            here[block.b + k] = block.a + k
    gaps = {
        here[k - 1]
        for k, c in enumerate(other)
        if c == " " and k - 1 in here and k + 1 in here and here[k + 1] == here[k - 1] + 1
    }
    if not gaps:
        return text, letters
    chars, probs = [], []
    for i, (c, p) in enumerate(zip(text, letters, strict=True)):
        chars.append(c)
        probs.append(p)
        if i in gaps:
            chars.append(" ")
            probs.append(1.0)
    return "".join(chars), probs


# Marks PP-OCR's recogniser often reads as the bare letter ("SOREN", "Ibánez")
# and tesseract's Latin model seldom adds where none is printed. Acute,
# grave, caron, cedilla and diaeresis it does add to plain print ("Čourse",
# "cöunt", "Jün"), so those stay as PP-OCR read them.
_MARKED = {"ø": "o", "Ø": "O", "ñ": "n", "Ñ": "N"}


def marked(text: str, other: str) -> str:
    """PP-OCR's text with the marks put back that tesseract saw on the same
    word ("SOREN NÚÑEZ" beside "SØREN NÚÑEZ"): only where the two words are
    alike letter for letter but for those marks. The text keeps its length."""
    theirs = other.split()
    return re.sub(r"\S+", lambda m: _marked_like(m.group(), theirs), text)


def _marked_like(word: str, others: list[str]) -> str:
    for other in others:
        if (
            len(other) == len(word)
            and other != word
            and all(a == b or _MARKED.get(b) == a for a, b in zip(word, other, strict=True))
        ):
            return other
    return word
