-c
raise SystemExit
