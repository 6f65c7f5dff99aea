"""Edit distance between two short words, when only "at most k edits apart" matters.

EDT003 (a name spelled two ways) asks of some hundreds of word pairs a release whether
they are one or two edits apart, in the optimal-string-alignment sense (insertions,
deletions, substitutions and transpositions of adjacent letters, no letter edited twice):
the distance ``rapidfuzz.distance.OSA.distance(a, b, score_cutoff=k)`` gives. Importing
rapidfuzz (its C++ runtime) was about 26 M instructions of a one-file check, more than all
the distances of a release take here, since nearly every pair is rejected by a bound
before any table is filled:

- the lengths differ by more than ``k``, or
- the letters of one word that the other lacks (as sets) number more than ``2k``: an edit
  changes that count by at most two (a substitution), a transposition not at all.

The rest are computed exactly in a band of ``2k + 1`` diagonals (a cell farther from the
diagonal than ``k`` costs more than ``k``), so the time is linear in the words' length.
``tests/test_editdistance.py`` compares the result with rapidfuzz's.
"""

from __future__ import annotations


def osa_distance(a: str, b: str, cutoff: int) -> int:
    """The optimal-string-alignment distance of ``a`` and ``b`` if at most ``cutoff``,
    else ``cutoff + 1`` (rapidfuzz's ``OSA.distance(a, b, score_cutoff=cutoff)``)."""
    if cutoff < 0:
        raise ValueError("cutoff must be at least 0")
    if a == b:
        return 0
    over = cutoff + 1
    if abs(len(a) - len(b)) > cutoff or len(set(a) ^ set(b)) > 2 * cutoff:
        return over
    # a common prefix and suffix cost no edit (rapidfuzz strips them too): two spellings
    # of a name differ in a letter or two, and the table is filled for those alone
    low, high_a, high_b = 0, len(a), len(b)
    while low < high_a and low < high_b and a[low] == b[low]:
        low += 1
    while high_a > low and high_b > low and a[high_a - 1] == b[high_b - 1]:
        high_a -= 1
        high_b -= 1
    return _banded(a[low:high_a], b[low:high_b], cutoff)


def _banded(a: str, b: str, k: int) -> int:
    """The distance capped at ``k + 1``, filling only the cells within ``k`` of the
    diagonal. A row is indexed by ``t = j - i + k`` (``0 .. 2k``), padded on both sides."""
    big = k + 1
    width = 2 * k + 1
    size_b = len(b)
    # row 0: d(0, j) = j for the band's j = t - k >= 0
    prev = [big] + [(t - k) if 0 <= t - k <= size_b else big for t in range(width)] + [big]
    before = [big] * (width + 2)  # row i - 2
    for i in range(1, len(a) + 1):
        row = [big] * (width + 2)
        char = a[i - 1]
        lowest = big
        for t in range(width):
            j = i + t - k
            if j < 0 or j > size_b:
                continue
            if j == 0:
                value = i if i <= k else big
            else:
                value = prev[t + 1] + (char != b[j - 1])  # diagonal: (i - 1, j - 1)
                up = prev[t + 2] + 1  # (i - 1, j)
                left = row[t] + 1  # (i, j - 1)
                if up < value:
                    value = up
                if left < value:
                    value = left
                if i > 1 and j > 1 and char == b[j - 2] and a[i - 2] == b[j - 1]:
                    swap = before[t + 1] + 1  # transposition: (i - 2, j - 2)
                    if swap < value:
                        value = swap
                if value > big:
                    value = big
            row[t + 1] = value
            if value < lowest:
                lowest = value
        if lowest > k and min(prev) > k:
            return big  # two rows beyond the cutoff: no later cell can come back under it
        before, prev = prev, row
    end = size_b - len(a) + k  # t of (len(a), len(b))
    return min(prev[end + 1], big) if 0 <= end < width else big
