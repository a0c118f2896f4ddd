# choice/choices/shuffle/sample with fixed seeds, including counts, cum_weights and errors.
import random
r = random.Random("sequences")
deck = list(range(20))
r.shuffle(deck)
print(deck)
word = list("abcdefghij")
r.shuffle(word)
print("".join(word), r.choice(word), r.choice(range(1000)), r.choice("xyz"), r.choice((1, 2)))
print(r.sample(range(10 ** 6), 8), r.sample("abcdefg", 7), r.sample([1, 2, 3], 0))
print(r.sample(range(30), 10), r.sample(list(range(500)), 20))
print(r.sample(["red", "blue"], counts=[4, 2], k=5), r.sample("ab", k=3, counts=[2, 2]))
print(r.choices("abc", k=6), r.choices([1, 2, 3], [5, 0, 1], k=5), r.choices("xy", cum_weights=[1, 10], k=5))
print(r.choices(range(4)), r.choices(["only"], k=3), r.choices([0.5, 1.5], weights=[0.1, 0.2], k=3))
tests = [lambda: r.choice([]), lambda: r.choice(""), lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2),
         lambda: r.sample([1, 2], -1), lambda: r.sample([1, 2], 1, counts=[1]), lambda: r.sample([1, 2], 1, counts=[1.0, 2.0]),
         lambda: r.sample([1, 2], 1, counts=[0, 0]), lambda: r.choices([1, 2], 3),
         lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]), lambda: r.choices([1, 2], [1], k=1),
         lambda: r.choices([1, 2], [0, 0]), lambda: r.choices([1, 2], [1, float("inf")]),
         lambda: r.choices([], k=2), lambda: r.shuffle((1, 2))]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
