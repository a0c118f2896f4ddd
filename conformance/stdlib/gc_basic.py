# gc: enable/disable, thresholds, collect arguments, debug flags, stats shape, callbacks.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
print(len(old), all(isinstance(v, int) for v in old))
gc.set_threshold(100, 5, 3)
print(gc.get_threshold())
gc.set_threshold(50)
print(gc.get_threshold())
gc.set_threshold(*old)
for bad in [lambda: gc.set_threshold(), lambda: gc.set_threshold(1.5), lambda: gc.collect(3),
            lambda: gc.collect(-1), lambda: gc.collect('x'), lambda: gc.get_objects(generation=5),
            lambda: gc.get_objects(generation=-1), lambda: gc.set_threshold(1, 2, 3, 4)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(gc.collect(), int), isinstance(gc.collect(0), int), isinstance(gc.collect(generation=1), int))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug() == gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(len(gc.get_count()), type(gc.garbage).__name__, gc.garbage, type(gc.callbacks).__name__)
events = []
def cb(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)
gc.freeze()
print(isinstance(gc.get_freeze_count(), int))
gc.unfreeze()
print(gc.get_freeze_count())
