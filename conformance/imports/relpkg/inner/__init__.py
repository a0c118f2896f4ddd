thing = "inner thing"
