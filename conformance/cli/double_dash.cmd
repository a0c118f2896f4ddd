--
_hello.py
-i
