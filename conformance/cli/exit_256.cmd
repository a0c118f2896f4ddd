-c
raise SystemExit(256)
