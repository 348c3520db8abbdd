"""A phone photo of a printed page on a desk, with what real photos add:
another sheet in view, a hard shadow edge, low resolution, EXIF turns.

Builds on sample_photo's desk and lighting; the composition is new because
the paper here may be a wallet card and may share the frame with other paper.
"""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image
from sample_photo import ORIENTATION, STORED_TURNS, desk, lighting


def photograph(page: Image.Image, rng: random.Random, opts: dict) -> bytes:
    """JPEG bytes. `opts`: megapixels, turns, exif, fill, second_sheet, shadow_edge."""
    src = np.ascontiguousarray(np.asarray(page.convert("RGB"))[..., ::-1])
    ph, pw = src.shape[:2]
    turns = opts["turns"]
    landscape = (pw >= ph) != (turns % 2 == 1)
    long_edge = int((opts["megapixels"] * 1e6 * 4 / 3) ** 0.5)
    W, H = (long_edge, long_edge * 3 // 4) if landscape else (long_edge * 3 // 4, long_edge)
    background = desk(rng, W, H)

    pw_t, ph_t = (pw, ph) if turns % 2 == 0 else (ph, pw)
    scale = min(W * opts["fill"] / pw_t, H * opts["fill"] / ph_t)
    cx = W / 2 + rng.uniform(-0.05, 0.05) * W
    cy = H / 2 + rng.uniform(-0.05, 0.05) * H
    if opts["second_sheet"]:
        _second_sheet(background, rng, W, H, scale * max(pw, ph), (cx, cy))
    quad = _quad(rng, pw, ph, scale, (cx, cy), rng.uniform(-6, 6) + 90 * turns, W)
    matrix = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]]), np.float32(quad)
    )
    if scale < 0.7:  # shrinking a lot: pre-shrink so the warp does not alias fine print
        small = cv2.resize(
            src, None, fx=scale / 0.7 * 1.0, fy=scale / 0.7, interpolation=cv2.INTER_AREA
        )
        matrix = matrix @ np.diag([pw / small.shape[1], ph / small.shape[0], 1.0])
        src, (ph, pw) = small, small.shape[:2]
    warped = cv2.warpPerspective(src, matrix, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), matrix, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0)
    alpha = mask.astype(np.float32) / 255
    photo = cv2.blendLinear(warped, background, alpha, 1 - alpha)

    light = lighting(rng, W, H).astype(np.float32)
    if opts["shadow_edge"]:
        light *= _shadow_edge(rng, W, H)
    nrng = np.random.default_rng(rng.randrange(2**32))
    noise = nrng.normal(0, rng.uniform(2, 6), ((H + 1) // 2, (W + 1) // 2)).astype(np.float32)
    noise = cv2.resize(noise, (W, H), interpolation=cv2.INTER_NEAREST)
    # Per channel with cv2: far cheaper than numpy broadcasting on 12 MP.
    photo = cv2.merge(
        [
            cv2.convertScaleAbs(cv2.add(cv2.multiply(c, light, dtype=cv2.CV_32F), noise))
            for c in cv2.split(photo)
        ]
    )
    photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(0.5, 1.5))

    photo = np.ascontiguousarray(np.rot90(photo, STORED_TURNS[opts["exif"]]))
    image = Image.fromarray(photo[..., ::-1])
    tags = Image.Exif()
    tags[ORIENTATION] = opts["exif"]
    out = io.BytesIO()
    image.save(out, "JPEG", quality=rng.randrange(70, 93), exif=tags)
    return out.getvalue()


def _quad(rng, pw, ph, scale, centre, degrees, W) -> np.ndarray:
    angle = np.deg2rad(degrees)
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    quad = corners @ rot.T * scale + centre
    # Keystone: the phone is tilted, so the far edge of the paper is shorter.
    tilt, side = rng.uniform(0.0, 0.08), rng.randrange(4)
    for i in (side, (side + 1) % 4):
        quad[i] += (np.array(centre) - quad[i]) * tilt
    return quad + np.array([[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(4)]) * 0.008 * W


def _second_sheet(photo: np.ndarray, rng, W, H, size, centre) -> None:
    """Another printed page under the certificate, partly in view."""
    w, h = size * rng.uniform(0.7, 1.0), size * rng.uniform(0.9, 1.2)
    dx, dy = rng.choice([-1, 1]) * rng.uniform(0.35, 0.6) * W, rng.uniform(-0.3, 0.3) * H
    angle = rng.uniform(-25, 25)
    pts = cv2.boxPoints(((centre[0] + dx, centre[1] + dy), (w, h), angle)).astype(np.int32)
    sheet = np.zeros((H, W), np.uint8)
    cv2.fillPoly(sheet, [pts], 255)
    # Grey bars along the sheet's own rows read as lines of print.
    ink = np.zeros((H, W), np.uint8)
    ux = np.array([np.cos(np.deg2rad(angle)), np.sin(np.deg2rad(angle))])
    uy = np.array([-ux[1], ux[0]])
    corner = np.array([centre[0] + dx, centre[1] + dy]) - ux * w / 2 - uy * h / 2
    step = max(14.0, h / 45)
    for k in range(4, int(h / step) - 4):
        if rng.random() < 0.7:
            a = corner + uy * k * step + ux * w * 0.08
            b = a + ux * w * rng.uniform(0.25, 0.8)
            cv2.line(
                ink, tuple(int(v) for v in a), tuple(int(v) for v in b), 255, max(2, int(h / 300))
            )
    tone = int(rng.uniform(215, 245))
    x0, y0 = np.clip(pts.min(axis=0), 0, [W, H])
    x1, y1 = np.clip(pts.max(axis=0) + 1, 0, [W, H])
    region = photo[y0:y1, x0:x1]
    paper = sheet[y0:y1, x0:x1]
    cv2.copyTo(np.full_like(region, tone), paper, region)
    cv2.copyTo(
        np.full_like(region, int(tone * 0.45)), cv2.bitwise_and(paper, ink[y0:y1, x0:x1]), region
    )


def _shadow_edge(rng, W, H) -> np.ndarray:
    """A hard-edged shadow (the photographer's arm or a lamp arm) across the frame."""
    ys, xs = np.mgrid[0:H:4, 0:W:4].astype(np.float32)
    theta = rng.uniform(0, 2 * np.pi)
    d = np.cos(theta) * (xs - W * rng.uniform(0.3, 0.7)) + np.sin(theta) * (
        ys - H * rng.uniform(0.3, 0.7)
    )
    edge = 1 / (1 + np.exp(np.clip(-d / rng.uniform(3, 12), -60, 60)))
    shade = (1 - rng.uniform(0.3, 0.5) * edge).astype(np.float32)
    return cv2.resize(shade, (W, H), interpolation=cv2.INTER_LINEAR)
