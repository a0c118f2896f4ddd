NAME = "alpha from _ns1"
