"""Generators: pipelines of generator functions and expressions, yield from, and send."""


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def chunks(source, size):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(lists):
    for items in lists:
        yield from items


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def run(limit):
    pipeline = (x * 3 for x in flatten(chunks(evens(numbers(limit)), 7)) if x % 5)
    total = sum(pipeline)
    avg = averager()
    next(avg)
    last = 0.0
    for value in numbers(limit // 4):
        last = avg.send(value)
    return total, last


print("checksum:", *run(12000000))
