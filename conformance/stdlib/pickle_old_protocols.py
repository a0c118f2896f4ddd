# bytes and bytearray below protocol 3 go through codecs.encode (so Python 2 can read them); Python 2 names.
import pickle
for value in [b"", b"abc", b"\x00\xff\x80", bytearray(b"ab"), bytearray(), [b"x", b"xy", b"y"], [b"zz"] * 2, (b"k", bytearray(b"k"))]:
    for proto in (0, 1, 2):
        data = pickle.dumps(value, proto)
        print(proto, data, pickle.loads(data) == value)
for obj in [len, range, int, str, ValueError, map, zip, set, frozenset, bytes, KeyError]:
    print(pickle.dumps(obj, 2), pickle.dumps(obj, 0) == pickle.dumps(obj, 1)[:0] or pickle.loads(pickle.dumps(obj, 0)) is obj)
print(pickle.loads(b"c__builtin__\nxrange\n(K\x00K\x05K\x01tR."), pickle.loads(b"\x80\x02c__builtin__\nunicode\nq\x00."))
print(pickle.loads(b"\x80\x02cexceptions\nValueError\nq\x00."), pickle.loads(b"cUserDict\nIterableUserDict\n."))
print(pickle.loads(b"\x80\x02c__builtin__\nlen\n.", fix_imports=False) if False else pickle.dumps(len, 2, fix_imports=False))
try:
    pickle.loads(b"\x80\x02c__builtin__\nlen\n.", fix_imports=False)
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
