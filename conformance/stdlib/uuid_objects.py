# uuid: every constructor form, fields and properties, name-based and random UUIDs, ordering, errors.
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
for form in [dict(hex="{12345678-1234-5678-1234-567812345678}"), dict(hex="urn:uuid:12345678123456781234567812345678"),
             dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int)]:
    print(uuid.UUID(**form) == u, end=" ")
print()
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.version, u.variant, int(u), str(u) == u.__str__(), hash(u) == hash(u.int))
for v in range(1, 6):
    w = uuid.UUID(int=0, version=v)
    print(v, w, w.version, w.variant)
for n in [0, 1 << 127, (1 << 127) | (1 << 126), (1 << 128) - 1]:
    print(uuid.UUID(int=n).variant, uuid.UUID(int=n).version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, b"http://x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=a"))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.uuid1().node, t.time < uuid.uuid1().time, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)
print(uuid.uuid1(clock_seq=0x1234).clock_seq, uuid.getnode() == uuid.getnode(), 0 <= uuid.getnode() < 1 << 48)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, b > a, b >= a, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]))
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, u.is_safe, uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=" | ")
for kw in [dict(), dict(hex="abc", int=1), dict(hex="not-a-uuid"), dict(hex="g" * 32), dict(bytes=b"short"), dict(bytes_le=b"x" * 17),
           dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
           dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128),
           dict(int=0, version=6), dict(int=0, version=0)]:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
print(u.__getstate__(), {uuid.UUID(int=3): "x"}[uuid.UUID(int=3)])
