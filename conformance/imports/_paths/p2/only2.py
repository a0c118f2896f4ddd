WHO = "only in p2"
