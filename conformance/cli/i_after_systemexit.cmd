-i
-c
raise SystemExit(3)
