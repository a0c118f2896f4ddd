# csv: reader/writer/DictReader/DictWriter with quoting and dialect options on StringIO.
import csv, io
text = 'name,age,note\nann,30,"likes, commas"\nbob,25,"say ""hi"""\n"multi\nline",1,\n'
rows = list(csv.reader(io.StringIO(text)))
print(rows)
for row in csv.DictReader(io.StringIO(text)):
    print(dict(row))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', "", None, 1.5, "line\nbreak"])
w.writerows([[1, 2], ["x"]])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["x", 1, None])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "name": "ann"})
dw.writerow({"id": 2})
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 3, "extra": "x"})
except ValueError as e:
    print(type(e).__name__, e)
print(list(csv.reader(["a\tb\tc"], delimiter="\t")), list(csv.reader(["1, 2,3"], skipinitialspace=True)), list(csv.reader(['"unterminated'])) if False else "skip")
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader(["x,y"], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(['1,"a"'], quoting=csv.QUOTE_NONNUMERIC)))
print(csv.list_dialects() and sorted(csv.list_dialects()), csv.excel.delimiter, repr(csv.excel.lineterminator))
