-c
raise SystemExit(-1)
