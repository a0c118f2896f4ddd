# inspect.currentframe, stack, getframeinfo, getouterframes, getinnerframes, trace, getargvalues.
import inspect

def inner(a, b=2, *rest, **opts):
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(info.function, info.lineno, info.code_context, info.index, info.filename.endswith('inspect_frames.py'))
    print(info.positions.lineno, type(info.positions).__name__)
    av = inspect.getargvalues(frame)
    print(av.args, av.varargs, av.keywords, sorted(av.locals))
    print(inspect.formatargvalues(av.args, av.varargs, av.keywords, {'a': 1, 'b': 2, 'rest': (3,), 'opts': {}}))
    names = [fi.function for fi in inspect.stack()]
    print(names[:names.index('<module>') + 1])
    fi = inspect.stack()[1]
    print(fi.function, fi.lineno, fi[3], fi.code_context, type(fi).__name__, fi.frame is frame.f_back)
    print(len(inspect.getouterframes(frame, context=3)[0].code_context))
    print(inspect.getouterframes(frame, context=3)[0].index)
    return frame

def outer():
    return inner(1, 2, 3, k=4)

f = outer()
print(inspect.getlineno(f) > 0)
def fail():
    raise KeyError('x')
try:
    fail()
except KeyError:
    records = inspect.trace()
    print([(r.function, r.lineno) for r in records])
    import sys
    tb = sys.exc_info()[2]
    print([r.function for r in inspect.getinnerframes(tb, 0)], inspect.getinnerframes(tb, 0)[0].code_context)
    t = inspect.getframeinfo(tb)
    print(t.function, t.lineno, t[:3][1])
try:
    inspect.getframeinfo(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(inspect.getargs(inner.__code__))
try:
    inspect.getargs(inner)
except TypeError as e:
    print('TypeError', str(e).split(' at 0x')[0])
