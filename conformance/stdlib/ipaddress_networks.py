# ipaddress networks and interfaces: masks, hosts, subnets, supernet, exclusion, summarizing.
import ipaddress as ip
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for s in ["10.0.0.0/8", "10.0.0.0/255.0.0.0", "10.0.0.0/0.255.255.255", "10.0.0.1/8", "10.0.0.0/33", "10.0.0.0/255.0.255.0", "10.0.0.0/-1", "10.0.0.0/a", "10.0.0.0/8/8", "10.0.0.0/", "10.0.0.0", "2001:db8::/32", "2001:db8::1/32", "2001:db8::/129", "2001:db8::/ffff::", ("10.0.0.0", 24), (167772160, "255.255.0.0"), 167772160, ("::1", 128)]:
    t(lambda: repr(ip.ip_network(s)))
t(lambda: ip.ip_network("10.0.0.1/8", strict=False))
t(lambda: ip.IPv4Network("10.0.0.1/8", False))
t(lambda: ip.IPv4Network("10.0.0.0/8/8"))
t(lambda: ip.IPv6Network("::/ffff::"))
t(lambda: ip.IPv4Network("10.0.0.0/255.255.0.255"))
n = ip.ip_network("192.168.1.0/24")
print(n, n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed, n.version, n.max_prefixlen)
print(n[0], n[1], n[-1], n[255], n[-256], ip.ip_address("192.168.1.77") in n, ip.ip_address("192.168.2.1") in n, ip.ip_address("::1") in n, n in n)
t(lambda: n[256])
t(lambda: n[-257])
print(list(ip.ip_network("10.0.0.0/30")), list(ip.ip_network("10.0.0.0/30").hosts()), list(ip.ip_network("10.0.0.0/31").hosts()), list(ip.ip_network("10.0.0.7/32").hosts()))
print(list(ip.ip_network("2001:db8::/126").hosts()), list(ip.ip_network("2001:db8::/127").hosts()), list(ip.ip_network("2001:db8::1/128").hosts()))
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=26)))
print(list(ip.ip_network("10.0.0.1/32").subnets()), n.supernet(), n.supernet(8), n.supernet(new_prefix=16), ip.ip_network("0.0.0.0/0").supernet())
for f in [lambda: list(n.subnets(new_prefix=20)), lambda: list(n.subnets(2, new_prefix=26)), lambda: list(n.subnets(-1)), lambda: list(n.subnets(9)), lambda: n.supernet(new_prefix=28), lambda: n.supernet(2, new_prefix=16), lambda: n.supernet(25)]:
    t(f)
print(list(ip.ip_network("10.0.0.0/24").address_exclude(ip.ip_network("10.0.0.64/26"))), list(n.address_exclude(n)))
t(lambda: list(n.address_exclude(ip.ip_network("10.0.0.0/8"))))
t(lambda: list(n.address_exclude(ip.ip_network("::/0"))))
t(lambda: list(n.address_exclude(ip.ip_address("192.168.1.1"))))
print(n.overlaps(ip.ip_network("192.168.0.0/16")), n.overlaps(ip.ip_network("192.168.2.0/24")), n.subnet_of(ip.ip_network("192.168.0.0/16")), n.supernet_of(ip.ip_network("192.168.1.128/25")))
t(lambda: n.subnet_of(ip.ip_network("::/0")))
t(lambda: n.subnet_of(ip.ip_address("1.2.3.4")))
print(n.compare_networks(ip.ip_network("192.168.0.0/24")), n.compare_networks(n), n.compare_networks(ip.ip_network("192.168.1.0/25")))
t(lambda: n.compare_networks(ip.ip_network("::/0")))
print(sorted([ip.ip_network("10.0.0.0/16"), ip.ip_network("10.0.0.0/8"), ip.ip_network("9.0.0.0/8")]), n == ip.ip_network("192.168.1.0/24"), n == "x", hash(n) == hash(ip.ip_network("192.168.1.0/24")))
t(lambda: n < ip.ip_network("::/0"))
def props(x):
    return [p for p in ("is_private", "is_global", "is_multicast", "is_reserved", "is_loopback", "is_link_local", "is_unspecified") if getattr(x, p)]
for s in ["10.0.0.0/8", "100.64.0.0/10", "100.0.0.0/9", "127.0.0.0/8", "224.0.0.0/4", "0.0.0.0/32", "8.0.0.0/8", "fe80::/10", "::1/128", "::/128", "ff00::/8", "fec0::/10", "2001:db8::/32"]:
    x = ip.ip_network(s)
    print(s, props(x), getattr(x, "is_site_local", "-"))
print(list(ip.summarize_address_range(ip.IPv4Address("192.0.2.0"), ip.IPv4Address("192.0.2.130"))))
print(list(ip.summarize_address_range(ip.IPv6Address("::"), ip.IPv6Address("::10"))), list(ip.summarize_address_range(ip.IPv4Address("255.255.255.254"), ip.IPv4Address("255.255.255.255"))))
for f in [lambda: list(ip.summarize_address_range(ip.ip_address("1.1.1.2"), ip.ip_address("1.1.1.1"))), lambda: list(ip.summarize_address_range(ip.ip_address("1.1.1.1"), ip.ip_address("::1"))), lambda: list(ip.summarize_address_range(n, n))]:
    t(f)
print(list(ip.collapse_addresses([ip.ip_network("192.0.2.0/25"), ip.ip_network("192.0.2.128/25")])))
print(list(ip.collapse_addresses([ip.ip_address("10.0.0.%d" % i) for i in (0, 1, 2, 3, 5, 6)] + [ip.ip_network("10.0.0.4/32"), ip.ip_network("10.0.1.0/24"), ip.ip_network("10.0.1.128/25")])))
t(lambda: list(ip.collapse_addresses([ip.ip_address("1.1.1.1"), ip.ip_address("::1")])))
t(lambda: list(ip.collapse_addresses([ip.ip_network("1.1.1.0/24"), ip.ip_network("::/64")])))
for s in ["10.1.2.3/16", "10.1.2.3/255.255.0.0", "10.1.2.3", "2001:db8::5/64", "fe80::1%eth0/64", "10.1.2.3/40", "x/8"]:
    try:
        i = ip.ip_interface(s)
        print(repr(i), i, i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask, i.version, i.exploded, i.compressed)
    except ValueError as e:
        print(type(e).__name__, e)
i1, i2 = ip.ip_interface("10.0.0.1/24"), ip.ip_interface("10.0.0.1/16")
print(i1 == i2, i1 == ip.ip_address("10.0.0.1"), i1 < i2, i2 < i1, i1 == ip.ip_interface("10.0.0.1/24"), hash(i1) == hash(ip.ip_interface("10.0.0.1/24")), i1.is_private, ip.ip_interface("::1/128").is_loopback, ip.ip_interface("::/0").is_unspecified)
print(sorted([ip.ip_interface("10.0.0.2/24"), ip.ip_interface("10.0.0.1/24"), ip.ip_interface("9.0.0.1/8")]))
