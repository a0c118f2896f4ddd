-q
-i
_hello.py
