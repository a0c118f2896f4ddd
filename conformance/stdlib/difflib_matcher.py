# difflib.SequenceMatcher: junk, autojunk, ratios, blocks, opcodes, grouped opcodes.
import difflib
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 29, 0, 38), s.find_longest_match())
for block in s.get_matching_blocks():
    print(block, block.a, block.size)
for op in s.get_opcodes():
    print("%7s a[%d:%d] b[%d:%d]" % op)
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.ratio())
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), sorted(s.bjunk), s.bpopular)
a = ["x"] * 300
b = ["x"] * 150 + ["y"] + ["x"] * 150
print(difflib.SequenceMatcher(None, a, b).ratio(), difflib.SequenceMatcher(None, a, b, autojunk=False).ratio())
print(sorted(difflib.SequenceMatcher(None, a, b).bpopular))
s = difflib.SequenceMatcher(None, list(range(1, 40)), list(range(1, 40)))
print(list(s.get_grouped_opcodes()))
b2 = list(range(1, 40)); b2[8] = "i"; b2[20] += "x" if False else 1; del b2[30]
for g in difflib.SequenceMatcher(None, list(range(1, 40)), b2).get_grouped_opcodes(2):
    print(g)
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()), difflib.SequenceMatcher(None, "", "").ratio())
s = difflib.SequenceMatcher()
s.set_seqs("abcd", "bcde"); print(s.ratio(), s.get_opcodes())
s.set_seq1("bcde"); print(s.ratio()); s.set_seq2("xyz"); print(s.ratio(), s.get_opcodes())
print(difflib.get_close_matches("wheel", ["while", "wheel", "whale", "hello", "wheels"], n=2))
print(difflib.get_close_matches("accept", ["access", "except", "ace"], cutoff=0.5))
print(difflib.get_close_matches("lamda", ["lambda", "lamb", "amda", "lamp"], n=4, cutoff=0.0))
for kw in ({"n": 0}, {"cutoff": 1.5}, {"cutoff": -0.1}):
    try:
        difflib.get_close_matches("x", ["y"], **kw)
    except ValueError as e:
        print("ValueError", e)
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))
print(difflib.Match(1, 2, 3), difflib.SequenceMatcher[int])
