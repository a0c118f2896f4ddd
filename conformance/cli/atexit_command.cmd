-c
import atexit; atexit.register(print, "from -c"); print("body")
