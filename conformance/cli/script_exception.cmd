_fails.py
