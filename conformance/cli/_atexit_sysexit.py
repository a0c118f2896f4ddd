import atexit, sys
atexit.register(print, 'cleanup ran')
def nested():
    atexit.register(print, 'registered during exit: not run')
atexit.register(nested)
print('exiting')
sys.exit(3)
