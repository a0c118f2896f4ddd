NAME = "delta"
