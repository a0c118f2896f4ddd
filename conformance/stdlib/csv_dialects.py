# csv dialects: registry, validation messages, Dialect classes, DictReader/DictWriter, Sniffer.
import csv, io
def t(f):
    try:
        r = f()
        print("ok", r if not type(r).__name__ in ("reader", "Dialect") else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
import sys
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
t(lambda: list(csv.reader(['x' * 11])))
t(lambda: list(csv.reader(['"' + 'x' * 11 + '"'])))
csv.field_size_limit(131072)
d = csv.excel()
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, getattr(d, 'strict', 'nostrict'))
print(csv.excel_tab.delimiter, csv.unix_dialect.quoting, repr(csv.unix_dialect.lineterminator))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
pd = csv.get_dialect("pipes")
print(type(pd).__name__, pd.delimiter, pd.quoting, pd.quotechar)
t(lambda: setattr(pd, "delimiter", ","))
csv.unregister_dialect("pipes")
class D(csv.Dialect):
    delimiter = ":"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
t(lambda: D().delimiter)
class Bad(csv.Dialect):
    delimiter = ":"
t(lambda: Bad())
t(lambda: csv.Dialect())
print(csv.Error.__mro__, csv.__all__ if False else "")
print(type(csv.reader([])).__name__, type(csv.writer(io.StringIO())).__name__)

print(csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="R", restval="V").__next__())
rd = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n\n5,6\n"), restkey="R", restval="V")
print(list(rd), rd.fieldnames, rd.line_num)
rd = csv.DictReader(io.StringIO(""))
print(rd.fieldnames, list(rd))
rd = csv.DictReader(["x,y", "1,2"], fieldnames=["p", "q"])
print(list(rd))
s = io.StringIO()
dw = csv.DictWriter(s, ["a", "b"], restval="-", extrasaction="ignore")
print(dw.writeheader(), dw.writerow({"a": 1, "zz": 2}), dw.writerows([{"b": 3}]), repr(s.getvalue()))
t(lambda: csv.DictWriter(s, ["a"], extrasaction="bad"))
t(lambda: csv.DictWriter(s, ["a"]).writerow({"a": 1, "b": 2}))
sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, type(d).__name__)
d = sn.sniff('"a","b","c"\n"1","2","3"\n')
print(d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting)
d = sn.sniff("x|y|z\n1|2|3\n", delimiters="|,")
print(d.delimiter)
t(lambda: sn.sniff("abc").delimiter)
t(lambda: sn.sniff(""))
print(sn.has_header("name,age\nann,30\nbob,25\n"), sn.has_header("1,2\n3,4\n"))
d = sn.sniff("a, b, c\n1, 2, 3\n")
print(repr(d.delimiter), d.skipinitialspace)
d = sn.sniff("'a';'b'\n'1';'2'\n")
print(repr(d.delimiter), repr(d.quotechar))
