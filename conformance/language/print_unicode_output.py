# Unicode written to stdout as UTF-8: accents, CJK, emoji, combining marks, RTL, surrogates escaped.
samples = ["café", "naïve", "日本語テキスト", "한국어", "😀🎉👍🏽", "e\u0301", "עברית", "العربية", "Ωμέγα", "∑∫√∞", "\u00a0nbsp", "tab\tsep"]
for s in samples:
    print(s, len(s), len(s.encode("utf-8")))
print("".join(chr(c) for c in range(0x41, 0x5B)))
print("\u2603 \u2764 \U0001F680")
print(repr("\ud83d"), ascii("😀"))
import sys
print(sys.stdout.encoding.lower().replace("-", ""))
try:
    print("\ud800")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason)
