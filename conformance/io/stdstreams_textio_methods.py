import sys

sys.stdout.writelines(["a\n", "b", "c\n"])
sys.stdout.writelines(x + "\n" for x in ("gen1", "gen2"))
sys.stdout.writelines([])
print(sys.stdout.writelines(()))
for bad in (1, ["ok\n", 2]):
    try:
        sys.stdout.writelines(bad)
    except TypeError as e:
        print()
        print("TypeError", e)
sys.stdout.flush()
for name in ("writelines", "readlines", "__enter__", "__exit__", "__next__", "__iter__"):
    print(name, hasattr(sys.stdout, name), hasattr(sys.stdin, name))
print(sys.stdout.__enter__() is sys.stdout, sys.stdout.closed)
try:
    sys.stdout.readlines()
except OSError:
    print("OSError")
