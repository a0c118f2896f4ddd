WHO = "p2"
