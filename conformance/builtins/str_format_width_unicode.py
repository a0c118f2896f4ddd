# Format widths count code points, not display columns or bytes; fill characters may be any single character.
for s in ["abc", "é", "e\u0301", "日本", "😀", "ﬁ"]:
    print(f"[{s:<6}] [{s:>6}] [{s:^6}] [{s:*^7}] len={len(s)}")
print(f"[{'x':\u2500^9}]", f"[{5:\u00b7>4}]", f"[{'a':\U0001F600<3}]", "{:\t>3}".format("t").replace("\t", "<TAB>"))
print("%-6s|%6s|" % ("日本", "é"), "日本".ljust(5, "・"), "x".center(4, "é"), "é".zfill(3), "\u0301".rjust(3, "-"))
print(format("abc", ".2"), format("日本語", ".2"), f"{'😀😀😀':.1}", f"{'e' + chr(0x301):.1}")
print(len(f"{'😀':10}"), len("{:10}".format("日本")), f"{12:日>6}", f"{-3.5:ñ=8}")
