# conformance: native
# decimal contexts are per thread: a new thread starts from a copy of DefaultContext, setting one
# thread's precision or traps does not touch another's, and localcontext restores per thread.
import threading
from decimal import Decimal, getcontext, setcontext, localcontext, Context, DefaultContext, DivisionByZero

results = {}
barrier = threading.Barrier(4)

def worker(n):
    ctx = getcontext()
    fresh = (ctx.prec, ctx is not main_ctx)
    ctx.prec = n
    barrier.wait()
    with localcontext() as lc:
        lc.prec = n + 1
        inner = str(Decimal(1) / Decimal(7))
    results[n] = (fresh, getcontext().prec, str(Decimal(1) / Decimal(7)), inner)

main_ctx = getcontext()
main_ctx.prec = 50
threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 5, 8, 13)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
print(getcontext().prec, str(Decimal(1) / Decimal(7))[:12])

DefaultContext.prec = 6
DefaultContext.traps[DivisionByZero] = False
out = []
t = threading.Thread(target=lambda: out.append((getcontext().prec, str(Decimal(2).sqrt()), str(Decimal(1) / 0))))
t.start()
t.join()
print(out)
DefaultContext.prec = 28
DefaultContext.traps[DivisionByZero] = True

def own():
    setcontext(Context(prec=4))
    out.append(str(Decimal(2) / 3))
t = threading.Thread(target=own)
t.start()
t.join()
print(out[-1], getcontext().prec)
