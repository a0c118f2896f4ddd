import atexit, sys
def bye(name, *, punct='!'):
    print('bye', name + punct)
class Fails:
    def __call__(self):
        raise RuntimeError('in callback')
    def __repr__(self):
        return 'Fails()'
atexit.register(bye, 'first')
atexit.register(Fails())
atexit.register(bye, 'second', punct='?')
atexit.register(lambda: sys.stdout.write('unflushed write\n'))
print('main done', end='')
