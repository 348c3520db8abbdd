"""The benchmark's printed report, from per-file results (see bench_ocr.py)."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict

from corpus import score
from server.renewal.names import prints_name


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def pct(n: int, d: int) -> str:
    return f"{n / d:6.1%}" if d else "     -"


def print_report(results, runs, part, root, jobs, show_misses) -> None:
    n = len(results)
    print(f"part: {part}   files: {n}   families: {len({r['family'] for r in results})}   ({root})")
    media = defaultdict(int)
    for r in results:
        media[r["media"]] += 1
    print("media: " + ", ".join(f"{k} {v}" for k, v in sorted(media.items())))

    print("\naccuracy per field (blank where nothing is printed counts as right)")
    for name in score.ALL_FIELDS:
        outcomes = [r["fields"][name]["outcome"] for r in results]
        right = sum(score.counts_right(o) for o in outcomes)
        print(
            f"  {name:<16} {pct(right, n)}   right {outcomes.count(score.RIGHT):3d}  "
            f"wrong {outcomes.count(score.WRONG):3d}  blank {outcomes.count(score.MISS):3d}  "
            f"empty-ok {outcomes.count(score.EMPTY_OK):3d}"
        )
    five = [score.counts_right(r["fields"][f]["outcome"]) for r in results for f in score.FIVE]
    print(f"overall accuracy (five main fields): {pct(sum(five), len(five))}")
    filled = [
        r["fields"][f]
        for r in results
        for f in score.ALL_FIELDS
        if r["fields"][f]["got"] is not None
    ]
    right_filled = sum(f["outcome"] == score.RIGHT for f in filled)
    print(
        f"fill precision: {pct(right_filled, len(filled))}  ({right_filled} of {len(filled)} filled values right)"
    )
    all_five = sum(
        all(score.counts_right(r["fields"][f]["outcome"]) for f in score.FIVE) for r in results
    )
    print(f"files with all five main fields right: {pct(all_five, n)}  ({all_five} of {n})")
    kinds = sum(r["kind"]["truth"] == r["kind"]["got"] for r in results)
    errors = sum(r["kind"]["got"] == "error" for r in results)
    print(f"kind accuracy: {pct(kinds, n)}   files the reader failed on: {errors}")
    print_kind_confusions(results)
    found = [
        r["fields"][f]["found"]
        for r in results
        for f in score.ALL_FIELDS
        if r["fields"][f]["found"] is not None
    ]
    print(f"reading recall (printed value found in the read text): {pct(sum(found), len(found))}")
    for name in score.ALL_FIELDS:
        hits = [
            r["fields"][name]["found"] for r in results if r["fields"][name]["found"] is not None
        ]
        print(f"  {name:<16} {pct(sum(hits), len(hits))}  of {len(hits)}")

    print_profile_names(results)

    print("\nreliability: filled values by confidence")
    buckets = defaultdict(list)
    for f in filled:
        buckets[score.bucket(f["confidence"] or 0.0)].append(f["outcome"] == score.RIGHT)
    for lo, _hi in score.BUCKETS:
        key = score.bucket(lo)
        got = buckets.get(key, [])
        print(f"  {key}  count {len(got):4d}  right {pct(sum(got), len(got))}")

    print("\naccuracy per family (five main fields)")
    by_family = defaultdict(list)
    for r in results:
        by_family[r["family"]].append(r)
    for family, rs in sorted(by_family.items()):
        marks = [score.counts_right(r["fields"][f]["outcome"]) for r in rs for f in score.FIVE]
        weak = [
            f
            for f in score.FIVE
            if sum(score.counts_right(r["fields"][f]["outcome"]) for r in rs) < len(rs) / 2
        ]
        print(
            f"  {family:<28} {pct(sum(marks), len(marks))}  files {len(rs):2d}  weak: {' '.join(weak) or '-'}"
        )

    seconds = [r["seconds"] for r in results]
    print(
        f"\nseconds per file: median {statistics.median(seconds):.2f}  p90 {percentile(seconds, 0.9):.2f}"
        f"  max {max(seconds):.2f}  (measuring processes: {jobs})"
    )
    # Text PDFs have a target of their own (0.3 s); plain tesseract below reads
    # image files only.
    by_medium = defaultdict(list)
    for r in results:
        by_medium[r["media"]].append(r["seconds"])
    print(
        "  median by medium: "
        + ", ".join(
            f"{medium} {statistics.median(s):.3f} s ({len(s)})"
            for medium, s in sorted(by_medium.items())
        )
    )
    for key, how in (
        ("plain_seconds", "with its own threads"),
        ("plain_seconds_project_threads", "on the reader's one thread"),
    ):
        # Results saved before the second way was measured have only the first.
        timed = [r for r in results if r.get(key) is not None]
        if timed:
            ours, plain = _medians(timed, key)
            print(
                f"plain tesseract {how}, same {len(timed)} image files: median {plain:.2f} s  "
                f"p90 {percentile([r[key] for r in timed], 0.9):.2f} s  -> ours/plain {ours / plain:.2f}"
            )
            # The target is set on phone photos; scans read faster and pull the median.
            for media in sorted({r["media"] for r in timed}):
                mine = [r for r in timed if r["media"] == media]
                ours, plain = _medians(mine, key)
                print(
                    f"  {media:<6} {len(mine):3d} files: median ours {ours:.2f} s, plain {plain:.2f} s"
                    f"  -> ours/plain {ours / plain:.2f}"
                )
    # A child's peak RSS on Linux starts from the parent's at fork, so the
    # tesseract figure is an upper bound. Reports from saved results have none.
    if runs:
        print(
            f"peak memory: measuring process RSS {max(r['rss_self_mb'] for r in runs):.0f} MB, "
            f"largest tesseract child RSS <= {max(r['rss_children_mb'] for r in runs):.0f} MB"
        )

    if show_misses:
        print("\nmisses (truth -> got)")
        for r in results:
            for name, f in r["fields"].items():
                if f["outcome"] in (score.WRONG, score.MISS):
                    print(f"  {r['id']:<32} {name:<16} {f['truth']!r} -> {f['got']!r}")
            if r["kind"]["truth"] != r["kind"]["got"]:
                print(
                    f"  {r['id']:<32} {'kind':<16} {r['kind']['truth']!r} -> {r['kind']['got']!r}"
                )


def _medians(results, key: str) -> tuple[float, float]:
    """Median seconds of ours and of plain tesseract (timed the way `key` names)."""
    return statistics.median(r["seconds"] for r in results), statistics.median(
        r[key] for r in results
    )


def print_kind_confusions(results) -> None:
    """Each kind the reader mistook for another, against how many pages are of it."""
    of_kind = Counter(r["kind"]["truth"] for r in results)
    confused = Counter(
        (r["kind"]["truth"], r["kind"]["got"])
        for r in results
        if r["kind"]["truth"] != r["kind"]["got"]
    )
    for (truth, got), count in confused.most_common():
        print(f"  {truth} read as {got}: {count} of {of_kind[truth]}")


def print_profile_names(results) -> None:
    """The holder as the app fills it for its user: the profile's own name where a
    line prints it, else OCR's pick. Each page is also searched for the holder of
    the next file, a stranger to it, to count names found that are not there."""
    holders = [r["fields"]["holder_name"]["truth"] for r in results]
    named = [(r, h) for r, h in zip(results, holders, strict=True) if h]
    if not named:
        return
    right = found = strangers = 0
    for i, (r, holder) in enumerate(named):
        lines = r["text"].splitlines()
        if prints_name(lines, holder):
            found += 1
            right += 1
        else:
            right += r["fields"]["holder_name"]["outcome"] == score.RIGHT
        stranger = named[(i + 1) % len(named)][1]
        strangers += stranger != holder and prints_name(lines, stranger)
    print(
        f"holder name with the user's profile name (the app): {pct(right, len(named))}  "
        f"profile name found on {found} of {len(named)} pages, a stranger's on {strangers}"
    )
