# ipaddress addresses: parsing errors, properties, arithmetic, ordering, formatting.
import ipaddress as ip
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for s in ["1.2.3.4", "0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.a", "1..3.4", "", "1.2.3.1234", " 1.2.3.4", "1.2.3.4/8", "١.2.3.4"]:
    t(lambda: ip.IPv4Address(s))
for s in ["::", "::1", "1::", "2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "12345::", "g::", "::ffff:1.2.3.4", "::1.2.3.256", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "fe80::1%eth0", "fe80::1%", "1:2", ":"]:
    t(lambda: ip.IPv6Address(s))
for v in [0, 1, 2**32 - 1, 2**32, -1, 2**128 - 1, 2**128, b"\x01\x02\x03\x04", b"\x01\x02", b"\x00" * 16]:
    t(lambda: repr(ip.ip_address(v)))
    t(lambda: ip.IPv4Address(v))
a = ip.ip_address("192.168.1.10")
print(a, repr(a), int(a), a.packed, a.version, a.max_prefixlen, a.exploded, a.compressed, a.reverse_pointer)
print(a + 1, a - 10, ip.ip_address("255.255.255.254") + 1)
t(lambda: ip.ip_address("255.255.255.255") + 1)
t(lambda: a + 1.5)
t(lambda: a < ip.ip_address("::1"))
t(lambda: a < 5)
print(a == ip.IPv4Address(3232235786), a == "192.168.1.10", a != ip.ip_address("::1"), sorted([ip.ip_address("10.0.0.2"), ip.ip_address("9.255.255.255"), ip.ip_address("10.0.0.1")]))
print(hash(a) == hash(ip.IPv4Address("192.168.1.10")), len({a, ip.IPv4Address("192.168.1.10")}))
print(format(a), format(a, "b"), format(a, "#b"), format(a, "_b"), format(a, "x"), format(a, "#X"), format(a, "n"), format(a, "#_x"), format(a, ">20s"), f"{a:s}")
v6 = ip.ip_address("2001:db8::8a2e:370:7334")
print(v6, v6.exploded, v6.compressed, v6.packed, v6.reverse_pointer, format(v6, "n"), format(v6, "#_x"), int(v6))
for s in ["1:0:0:1:0:0:0:1", "0:0:0:0:0:0:0:1", "1:0:0:0:0:0:0:0", "0:0:1:0:0:1:0:0", "1:0:1:0:1:0:1:0", "0:1:0:0:0:0:0:0"]:
    print(ip.IPv6Address(s), end=" ")
print()
def props(x):
    return [n for n in ("is_private", "is_global", "is_multicast", "is_reserved", "is_loopback", "is_link_local", "is_unspecified") if getattr(x, n)]
for s in ["0.0.0.0", "10.1.2.3", "100.64.0.1", "127.0.0.1", "169.254.1.1", "172.16.0.1", "172.32.0.1", "192.0.0.9", "192.0.0.1", "192.0.2.1", "192.168.0.1", "198.18.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255", "8.8.8.8"]:
    print(s, props(ip.ip_address(s)))
for s in ["::", "::1", "::ffff:10.0.0.1", "::ffff:8.8.8.8", "::ffff:127.0.0.1", "fe80::1", "fec0::1", "fc00::1", "ff02::1", "2001:db8::1", "2001:1::1", "2001:4860::8888", "100::1", "2002::1", "4000::1"]:
    x = ip.ip_address(s)
    print(s, props(x), x.is_site_local, x.ipv4_mapped, x.sixtofour, x.teredo)
print(ip.ip_address("2001:0:4136:e378:8000:63bf:3fff:fdd2").teredo, ip.ip_address("2002:c000:204::1").sixtofour)
s6 = ip.IPv6Address("fe80::1%eth0")
print(s6, repr(s6), s6.scope_id, s6 == ip.IPv6Address("fe80::1"), s6 == ip.IPv6Address("fe80::1%eth0"), ip.IPv6Address("fe80::1").scope_id)
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1))
t(lambda: ip.v4_int_to_packed(2**32))
t(lambda: ip.v6_int_to_packed(-1))
print(ip.get_mixed_type_key(a), ip.get_mixed_type_key(1), sorted([ip.ip_address("::1"), a, ip.ip_network("10.0.0.0/8")], key=ip.get_mixed_type_key))
print(issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError), ip.IPV4LENGTH, ip.IPV6LENGTH)
