# __text_signature__ of every builtin function, and the argument errors of those CPython declares
# with optional positional-only parameters rather than *args.
import builtins
for n in sorted(dir(builtins)):
    o = getattr(builtins, n)
    if type(o).__name__ == 'builtin_function_or_method':
        print(n, repr(o.__text_signature__))
calls = ["iter()", "iter(1,2,3)", "iter([], sentinel=1)", "iter(object=[])", "iter(1,2,3,x=1)", "iter(1, 2)",
         "next()", "next(1,2,3)", "next(iter([]), default=1)", "next(iter([]), 5)", "next(iter([7]), 5)", "next(5)",
         "getattr()", "getattr(1)", "getattr(1,'a',2,3)", "getattr(1, name='a')", "getattr(1, 'real', 9)", "getattr(1, 'nope', 9)",
         "getattr(1, 2)", "vars(1,2)", "vars(object=1)", "vars(1)", "dir(1,2)", "dir(arg=1)", "dir(1,x=2)", "'real' in dir(1)",
         "max()", "max(1)", "max([], x=1)", "min(key=1)", "round()", "round(number=1.5)", "round(1,2,3)",
         "pow(2)", "pow(base=2, exp=3)", "pow(2,3,4,5)", "sorted()", "sorted([], 1)", "print(x=1)",
         "len(1,2,x=1)", "divmod(1,2,3,x=1)", "[].append(1,2,x=3)", "'a'.center(1,2,3,x=1)", "[].index(x=1)",
         "abs(x=1)", "isinstance(1, int, 3, y=2)", "[1, 2].index(2, 0, 10**30)", "b'ab'.center(6)", "b'ab'.translate(None)",
         "__import__('math', fromlist=()).__name__"]
for c in calls:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
it = iter([1, 2, 3].pop, 1)
print(list(it))
