_hello.py
arg1
--flag
-c
