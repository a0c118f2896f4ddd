"""Writes the Unicode Character Database tables of the unicodedata module.

Run with a CPython 3.12 (Unicode 15.0.0):  python3.12 tools/unicodedata-gen.py OUT.gz [3.2.0]
(with 3.2.0: the tables of unicodedata.ucd_3_2_0, the UCD version IDNA's nameprep uses)
The text it writes (gzip-compressed) has sections, each line hexadecimal code points first:
  #props    cp cat bidi combining eaw mirrored   (a line where the properties change; they hold
                                                  up to the next line)
  #decomp   cp decomposition
  #numeric  cp decimal digit numeric             ('-' when the character has none)
  #names    cp name                              (names not derived from the code point)
  #ranges   first last prefix                    (names made of prefix + the code point in hex)
  #excluded cp                                   (canonical decompositions NFC does not recompose)
  #aliases  cp name                              (formal name aliases lookup() accepts)
  #sequences name|cp...                         (named sequences lookup() accepts)
The candidates for aliases and named sequences come from Perl's copy of the UCD (PERL_UNICORE,
default /usr/share/perl/5.36.0/unicore); only those CPython's lookup() resolves are written.
"""
import os
import gzip
import re
from fractions import Fraction
import sys
import unicodedata as ud

assert ud.unidata_version == "15.0.0", ud.unidata_version
if sys.argv[2:] == ["3.2.0"]:
    ud = ud.ucd_3_2_0
out = []
out.append("#props")
prev = None
for cp in range(0x110000):
    c = chr(cp)
    rec = (ud.category(c), ud.bidirectional(c) or "-", ud.combining(c), ud.east_asian_width(c), ud.mirrored(c))
    if rec != prev:
        out.append("%x %s %s %d %s %d" % ((cp,) + rec))
        prev = rec
out.append("#decomp")
for cp in range(0x110000):
    d = ud.decomposition(chr(cp))
    if d:
        out.append("%x %s" % (cp, d))
out.append("#numeric")
for cp in range(0x110000):
    c = chr(cp)
    n = ud.numeric(c, None)
    dec = ud.decimal(c, None)
    dig = ud.digit(c, None)
    if n is None and dig is None:
        continue
    txt = "-"
    if n is not None:
        # the exact text of the numeric value: a fraction where it is one
        f = Fraction(n).limit_denominator(100000)
        txt = str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)
        assert float(f) == n, (hex(cp), n)
    out.append("%x %s %s %s" % (cp, "-" if dec is None else dec, "-" if dig is None else dig, txt))
out.append("#names")
ranges = []
for cp in range(0x110000):
    nm = ud.name(chr(cp), None)
    if nm is None or nm.startswith("HANGUL SYLLABLE "):
        continue
    tail = "-%04X" % cp
    if nm.endswith(tail):
        prefix = nm[:-len(tail)]
        if ranges and ranges[-1][2] == prefix and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, prefix])
        continue
    out.append("%x %s" % (cp, nm))
out.append("#ranges")
for first, last, prefix in ranges:
    out.append("%x %x %s" % (first, last, prefix))
out.append("#excluded")
for cp in range(0x110000):
    c = chr(cp)
    d = ud.decomposition(c)
    if d and not d.startswith("<") and ud.normalize("NFC", c) != c:
        out.append("%x" % cp)
unicore = os.environ.get("PERL_UNICORE", "/usr/share/perl/5.36.0/unicore")
out.append("#aliases")
with open(os.path.join(unicore, "To", "NameAlia.pl")) as f:
    for line in f:
        m = re.match(r"^([0-9A-F]+)\t\t(.+): ", line)
        if m:
            cp, alias = int(m.group(1), 16), m.group(2)
            try:
                found = ud.lookup(alias)
            except KeyError:
                continue
            if found == chr(cp) and ud.name(chr(cp), None) != alias:
                out.append("%x %s" % (cp, alias))
out.append("#sequences")
with open(os.path.join(unicore, "Name.pl")) as f:
    lines = f.read().split("\n")
for i, line in enumerate(lines):
    if re.fullmatch(r"[0-9A-F]+( [0-9A-F]+)+", line):
        name = lines[i + 1]
        seq = "".join(chr(int(h, 16)) for h in line.split())
        try:
            ok = ud.lookup(name) == seq
        except KeyError:
            ok = False
        if ok:
            out.append("%s|%s" % (name, " ".join("%x" % ord(c) for c in seq)))
with gzip.open(sys.argv[1], "wb", compresslevel=9) as f:
    f.write(("\n".join(out) + "\n").encode("ascii"))
