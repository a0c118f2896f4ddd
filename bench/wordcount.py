"""Dicts and strings: words of a generated text counted with collections.Counter and by hand."""
from collections import Counter

SYLLABLES = ["sa", "nca", "ja", "va", "py", "thon", "ko", "de", "ri", "mu", "lo", "te"]


def text(words, seed=12345):
    out = []
    state = seed
    for _ in range(words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 3
        parts = []
        for k in range(length):
            parts.append(SYLLABLES[(state >> (4 * k + 3)) % len(SYLLABLES)])
        word = "".join(parts)
        out.append(word.capitalize() if state % 11 == 0 else word)
    return " ".join(out)


def count(body):
    counts = Counter(word.lower().strip(".,") for word in body.split())
    by_hand = {}
    for word in body.split():
        key = word.lower()
        by_hand[key] = by_hand.get(key, 0) + 1
    assert dict(counts) == by_hand
    top = counts.most_common(5)
    return sum(n * len(w) for w, n in top) + len(counts)


body = text(1800000)
print("checksum:", count(body), len(body))
