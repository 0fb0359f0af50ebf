"""Time of the whole feature set on hostile texts at two sizes: super-linear code shows as a ratio well above 4.

    python benchmarks/hostile_inputs.py [--sizes 40000 160000]

Article text is untrusted: a scraped page can be a run of dots, one 80,000-character "sentence"
of speech verbs, or a date line repeated thousands of times. Each pattern is repeated to each
size and scored by features.extract_all (fastest of three runs), after a 1,000-character warm-up of the same
pattern (models and lexicons load on first use).
"""

from __future__ import annotations

import argparse
import time

from features import extract_all
from features.document import Document

PATTERNS = (
    ".", "?!", '"', "'", "a,", "x", "\n\n", "- ", "1,000 ", "said, ", "three companies ", "the the the president ",
    "According to the BBC, ", "Alpha Beta Smith John Mr ", "John said he she her him his. ", "Kyiv Kiev Zelensky Zelenskyy ",
    "on Monday, 5 May 2005 ", "Published 3 June 2001\n", "Hello world\n", "Ann Lee said so. He added. ",
    '"We won." - Ann Lee\n', "- Ann Lee ", "in a new Gallup poll in the ", " \t", "Ann said, adding, ", "A-", "Ab.",
)


def seconds(text: str, rounds: int = 3) -> float:
    """Fastest of `rounds` runs (the machine is shared)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        extract_all(Document(text))
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(40000, 160000))
    args = parser.parse_args()
    small, large = args.sizes
    print(f"{'pattern':32} {small:>9,} chars {large:>9,} chars   ratio (linear: {large / small:.0f})")
    for pattern in PATTERNS:
        seconds(pattern * (1000 // len(pattern)), rounds=1)
        a = seconds(pattern * (small // len(pattern)))
        b = seconds(pattern * (large // len(pattern)))
        print(f"{pattern!r:32} {a:13.3f} s {b:13.3f} s   {b / max(a, 1e-3):5.1f}")


if __name__ == "__main__":
    main()
