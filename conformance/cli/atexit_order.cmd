_atexit_order.py
