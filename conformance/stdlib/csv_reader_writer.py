# csv.reader and csv.writer: parsing states, quoting modes, escaping, errors, field limit.
import csv, io
def t(f):
    try:
        r = f()
        print("ok", r if type(r).__name__ != "reader" else "reader")
    except Exception as e:
        print(type(e).__name__, e)
for kw in ({"delimiter": None}, {"delimiter": ""}, {"delimiter": "ab"}, {"delimiter": 1}, {"quotechar": 1},
           {"quotechar": None, "quoting": csv.QUOTE_ALL}, {"escapechar": "ab"}, {"lineterminator": None},
           {"lineterminator": 1}, {"quoting": 7}, {"quoting": "a"}, {"bogus": 1}, {"delimiter": '"'}):
    t(lambda: csv.reader([], **kw))
t(lambda: csv.reader([], quotechar=None).dialect.quoting)
t(lambda: csv.reader([], escapechar=None).dialect.escapechar)
t(lambda: csv.reader([], doublequote=0).dialect.doublequote)
t(lambda: csv.reader([], "nosuch"))
t(lambda: csv.reader(1))
t(lambda: csv.writer(1))
t(lambda: csv.get_dialect("nosuch"))
t(lambda: csv.unregister_dialect("nosuch"))
t(lambda: csv.register_dialect(1))
t(lambda: csv.field_size_limit("a"))
t(lambda: list(csv.reader([1])))
for lines, kw in [(["a\0b"], {}), (["a,b\nc"], {}), (["a,b\r", "c"], {}), (['"a"b'], {"strict": True}), (['"a"b'], {}),
                  (['a"b"c'], {}), (['"ab', 'cd"'], {}), (['"ab\n', 'cd"\n'], {}), (['"ab'], {}), (['"ab'], {"strict": True}),
                  (['a\\,b'], {"escapechar": "\\"}), (['a\\'], {"escapechar": "\\"}), (['a\\'], {"escapechar": "\\", "strict": True}),
                  (['"a\\"b"'], {"escapechar": "\\"}), (['a\\\r\n', 'b'], {"escapechar": "\\"}),
                  (['1,abc'], {"quoting": csv.QUOTE_NONNUMERIC}), (['1,,"",2.5, 3'], {"quoting": csv.QUOTE_NONNUMERIC}),
                  (['1,,"",2.5'], {"quoting": csv.QUOTE_STRINGS}), (['1,,"",2.5'], {"quoting": csv.QUOTE_NOTNULL}),
                  (['a,"b,c",d'], {"quoting": csv.QUOTE_NONE}), (['', 'a', ' ', ',', '"",""'], {}),
                  (['a, "b"'], {"skipinitialspace": True}), (['a, "b"'], {}), (['a,"b""c"'], {"doublequote": False}),
                  (['a,"b\\"c"'], {"doublequote": False, "escapechar": "\\"}), (["a;b;'c;d'"], {"delimiter": ";", "quotechar": "'"}),
                  (['x' * 200000], {}), (["a,b\r\n", "c,d\n", "e\r"], {})]:
    t(lambda: list(csv.reader(lines, **kw)))
r = csv.reader(["a,b", "c", '"x', 'y"'])
print(r.line_num, next(r), r.line_num, next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter, type(r).__name__)
print(list(csv.reader(io.StringIO("a,b\r\nc,d\r\n"))), list(csv.reader(io.StringIO("a,\"b\r\nc\"\r\n", newline=""))))
def w(rows, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        for row in rows:
            print(repr(wr.writerow(row)), end=" ")
        print(repr(s.getvalue()))
    except Exception as e:
        print(type(e).__name__, e, repr(s.getvalue()))
w([["a", 'b"c', "d,e", "f\ng", "h\ri", " j", "", None, 1, 2.5, True, 3j]])
w([["a", 1, None, "", 2.5]], quoting=csv.QUOTE_ALL)
w([["a", 1, None, "", 2.5, True, 1j]], quoting=csv.QUOTE_NONNUMERIC)
w([["a", 1, None, "", 2.5, True]], quoting=csv.QUOTE_STRINGS)
w([["a", 1, None, "", 2.5]], quoting=csv.QUOTE_NOTNULL)
w([["a", 'b"c']], quoting=csv.QUOTE_NONE)
w([["a", 'b,c']], quoting=csv.QUOTE_NONE)
w([["a", 'b,c', 'q"x', 'e\\x']], quoting=csv.QUOTE_NONE, escapechar='\\')
w([["a", 'b"c']], doublequote=False)
w([["a", 'b"c', 'e\\']], doublequote=False, escapechar='\\')
w([[""]]); w([[None]]); w([[]]); w([["", ""]]); w([[" "]])
w([[""]], quoting=csv.QUOTE_NONE)
w([["a"]], lineterminator="X")
w([["#x", "a b"]], delimiter=" ")
w([["x\ty"]], dialect="excel-tab")
w([["a", "b"]], dialect="unix")
w([1]); w(["ab"]); w([[1, [2]]]); w([(x for x in "ab")])
w([["a\rb"]], lineterminator="\n")
w([["a\u00e9"]], quotechar=None)
w([["a,b"]], quotechar=None)
w([["a,b"]], quotechar=None, escapechar="\\")
w([["aXb", "a\nb", "a\rb", "a;b"]], lineterminator="X")
w([["a\nb"]], lineterminator="X", quoting=csv.QUOTE_NONE, escapechar="\\")
w([["a b", " a"]], delimiter=" ", skipinitialspace=True)
w([["", "x"]], delimiter=" ", skipinitialspace=True)
w([["a\\b"]], escapechar="\\")
w([["a\\b"]], escapechar="\\", quoting=csv.QUOTE_ALL)
w([["a\"b"]], escapechar="\\", quoting=csv.QUOTE_ALL, doublequote=False)
s = io.StringIO()
print(csv.writer(s).writerows([[1, 2], [3]]), repr(s.getvalue()))
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
t(lambda: list(csv.reader(['x' * 10])))
t(lambda: list(csv.reader(['x' * 11])))
t(lambda: list(csv.reader(['"' + 'x' * 11 + '"'])))
print(csv.field_size_limit(131072))
