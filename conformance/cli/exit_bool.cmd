-c
raise SystemExit(True)
