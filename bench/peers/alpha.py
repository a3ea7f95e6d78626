# A plain pure-Python nominal Krippendorff alpha, the peer bench/reliability.mjs times ValueLens against. Copied
# unchanged (below this comment) from lib/alpha.py of the contract checks that CI runs beside the repository; MIT.
"""Krippendorff's alpha, nominal, for the bars' own scoring (coders x units, None = missing)."""
from collections import Counter
from itertools import permutations

def nominal_alpha(matrix):
    o = Counter()
    for u in zip(*matrix):
        vals = [v for v in u if v is not None]
        m = len(vals)
        if m < 2:
            continue
        for a, b in permutations(range(m), 2):
            o[(vals[a], vals[b])] += 1.0 / (m - 1)
    n_c = Counter()
    for (a, b), w in o.items():
        n_c[a] += w
    n = sum(n_c.values())
    if n <= 1:
        return None
    do = sum(w for (a, b), w in o.items() if a != b)
    de = sum(n_c[a] * n_c[b] for a in n_c for b in n_c if a != b) / (n - 1)
    return None if de == 0 else 1 - do / de
