import atexit, weakref
class Resource:
    pass
r = Resource()
weakref.finalize(r, print, 'finalizer at exit')
atexit.register(print, 'atexit after the traceback')
def main():
    raise ValueError('uncaught')
main()
