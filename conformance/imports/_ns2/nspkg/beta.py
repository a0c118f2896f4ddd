NAME = "beta from _ns2"
