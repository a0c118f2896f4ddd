import sys
import traceback


def level3(d):
    return d['missing']


def level2(d):
    return level3(d) + 1


def level1():
    return level2({})


try:
    level1()
except KeyError as e:
    tb = e.__traceback__
    print(len(traceback.format_tb(tb)), ''.join(traceback.format_tb(tb, limit=1)), end='')
    summary = traceback.extract_tb(tb)
    print([tuple(f)[2:] for f in summary], summary[0].lineno, repr(summary[-1]).split(',')[1:])
    print(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 9, 'g', None)]))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), ''.join(te.format_exception_only()), end='')
    print(''.join(te.format()) == ''.join(traceback.format_exception(e)))
    traceback.print_tb(tb, limit=-1, file=sys.stdout)
    traceback.print_exception(type(e), e, tb, file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError as e:
    print(traceback.format_exception(e, chain=False)[-1], end='')
    print(len(traceback.format_exception(e)), traceback.format_exception(e)[4])
print(traceback.format_exception_only(None), traceback.format_exception(None))
e = ValueError('noted')
e.add_note('a note')
print(traceback.format_exception_only(e))
fs = traceback.FrameSummary('f.py', 10, 'func', line='  code()  ')
print(fs, fs.line, list(fs), fs == ('f.py', 10, 'func', 'code()'), len(fs))


def show_stack():
    return traceback.extract_stack()


stack = show_stack()
print([f.name for f in stack][-2:], stack[-1].line)
traceback.print_stack(file=sys.stdout, limit=1)
print(traceback.format_exc())
