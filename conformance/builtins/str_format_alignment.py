# str.format alignment and fill with mixed types, nested widths, and format of containers.
rows = [("apple", 1.5, 3), ("kiwi", 12.25, 10), ("fig", 0.125, 100)]
for name, price, qty in rows:
    print("{:<8}|{:>8.2f}|{:^6d}|{:*>5}|{:08.3f}|{:+d}".format(name, price, qty, qty, price, qty))
print("{:>10}".format(str([1, 2])), "{!s:^12}".format((1, "a")), "{:10}".format(None) if False else "{!s:10}|".format(None), "{:=^20}".format(" mid "), "{:.3}".format("abcdef"))
print("{0:{1}{2}}".format(42, ">", 6), "{0:{fill}{align}{width}}".format("x", fill="-", align="^", width=7), "[{:<{w}}]".format("ab", w=4), "{:#<10b}".format(5))
