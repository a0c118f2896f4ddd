# conformance: native
# current_thread, main_thread, enumerate, active_count, get_ident.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.ident == threading.get_ident(), main.daemon)
print(threading.active_count(), [t.name for t in threading.enumerate()])
gate = threading.Event()
inside = []


def body():
    me = threading.current_thread()
    inside.append((me.name, me is not main, me.ident == threading.get_ident(), threading.main_thread() is main))
    gate.wait(5)


t = threading.Thread(target=body, name='helper')
t.start()
while not inside:
    pass
print(inside, threading.active_count(), sorted(x.name for x in threading.enumerate()))
gate.set()
t.join()
print(threading.active_count(), isinstance(threading.get_native_id(), int), threading.TIMEOUT_MAX > 0)
print(threading.Lock is not None, type(threading.RLock()).__name__, threading.ThreadError is RuntimeError)
print(threading.stack_size())
