# An uncaught error raised inside a generator resumed by send().
def accumulate():
    total = 0
    while True:
        value = yield total
        total += value
acc = accumulate()
next(acc)
print(acc.send(5))
acc.send("x")
