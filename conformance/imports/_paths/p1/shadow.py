WHO = "p1"
