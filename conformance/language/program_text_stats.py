# A small realistic program: word statistics over a text with Counter, regex, str methods and formatting.
import re
from collections import Counter
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts), counts.most_common(5))
longest = sorted({w for w in words if len(w) >= 7}, key=lambda w: (-len(w), w))
print(longest[:4])
lines = TEXT.splitlines()
for n, line in enumerate(lines, 1):
    print(f"{n:>2}: {len(line):>3} chars, {len(line.split()):>2} words, first={line.split()[0]!r}")
pairs = Counter(zip(words, words[1:]))
print(pairs.most_common(2))
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(caps, TEXT.count("it was"), TEXT.lower().count("it was"))
table = str.maketrans("aeiou", "AEIOU")
print(lines[0][:30].translate(table), "|", " ".join(w.capitalize() for w in lines[-1].split()))
histogram = {k: "#" * v for k, v in sorted(Counter(len(w) for w in words).items())}
for length, bar in histogram.items():
    print(f"{length:2} {bar}")
