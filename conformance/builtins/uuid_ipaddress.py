# uuid (parsing, name-based uuid3/uuid5) and ipaddress: deterministic values only.
import uuid, ipaddress
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes[:4], uuid.UUID(bytes=u.bytes) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com"), uuid.UUID("{12345678123456781234567812345678}"))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print(type(e).__name__, e)
ip = ipaddress.ip_address("192.168.1.10")
net = ipaddress.ip_network("192.168.1.0/24")
print(ip, repr(ip), ip.version, ip in net, ip.is_private, int(ip), ip + 5, ipaddress.ip_address(3232235786))
print(net, net.num_addresses, net.netmask, net.broadcast_address, list(net.subnets(new_prefix=26))[:2], net.supernet(), net.prefixlen)
print(list(ipaddress.ip_network("10.0.0.0/30").hosts()), ipaddress.ip_network("10.0.0.0/8").overlaps(ipaddress.ip_network("10.1.0.0/16")))
v6 = ipaddress.ip_address("2001:db8::1")
print(v6, v6.exploded, v6.compressed, v6.version, ipaddress.ip_address("::ffff:1.2.3.4").ipv4_mapped, ipaddress.ip_interface("10.1.2.3/16").network)
for bad in ["256.1.1.1", "1.2.3", "::g", "10.0.0.1/24"]:
    try:
        ipaddress.ip_network(bad) if "/" in bad else ipaddress.ip_address(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("10.0.0.1")]), ipaddress.ip_address("127.0.0.1").is_loopback)
