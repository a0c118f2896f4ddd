# An uncaught exception from nested coroutines driven by send(None).
async def fetch(n):
    if n > 1:
        raise ConnectionError(f"fetch {n} failed")
    return n * 10

async def gather(ns):
    results = []
    for n in ns:
        results.append(await fetch(n))
    return results

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(gather([0, 1])))
run(gather([1, 2, 3]))
