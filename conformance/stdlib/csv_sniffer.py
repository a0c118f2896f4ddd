# csv.Sniffer on several samples, has_header votes, DictReader/DictWriter options.
import csv, io
samples = ["a,b,c\n1,2,3\n4,5,6\n", "a;b;c\n1;2;3\n", "a\tb\tc\n1\t2\t3\n", 'x|y\n"1|2"|3\n4|5\n', "name: age\nann: 30\nbob: 25\n",
           '"a","b"\n"c""d","e"\n', "'a';'b'\n'1';'2'\n", "one two three\n1 2 3\n4 5 6\n", "a,b\n\n1,2\n\n3,4\n", "a, b, c\n1, 2, 3\n"]
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, list(csv.reader(io.StringIO(s), d))[:2])
    except csv.Error as e:
        print("Error", e)
print(csv.Sniffer().sniff("a:b:c\n1:2:3\n", delimiters=";:").delimiter)
try:
    csv.Sniffer().sniff("a,b\n1,2\n", delimiters=";")
except csv.Error as e:
    print("Error", e)
for s in ["name,age\nann,30\nbob,25\n", "1,2\n3,4\n", "a,b\nc,d\n", "id,score\n1,2.5\n2,3.5\n", "x,y\nlong text,1\nshort,2\n", "h1,h2\nabc,1\nabc,2\n"]:
    print(repr(s), csv.Sniffer().has_header(s))
text = "id,name,tags\n1,ann,x\n2,bob,y,z,w\n3\n"
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
print(list(csv.DictReader(io.StringIO(text), restkey="more", restval="?")))
print(list(csv.DictReader(io.StringIO("a;b\n1;2\n"), delimiter=";")), list(csv.DictReader(iter(["x,y", "1,2"]), fieldnames=iter(["p", "q"]))))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=("a", "b", "c"), restval="NA", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writeheader()
w.writerows([{"a": 1, "b": "x"}, {"c": 2.5}, {}])
print(repr(out.getvalue()))
w = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="IGNORE")
print(w.writerow({"a": 1, "zzz": 2}), w.extrasaction)
try:
    w = csv.DictWriter(io.StringIO(), fieldnames=["a"])
    w.writerow({"a": 1, "zzz": 2})
except ValueError as e:
    print("ValueError", e)
print(csv.DictReader[str], csv.DictWriter[str])
