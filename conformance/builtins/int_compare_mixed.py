# int comparisons with floats, bools, big values and infinities; ordering errors.
big = 2**1000
print(big > 1e308, big < float("inf"), -big > float("-inf"), 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 10**16 == 1e16)
print(1 == 1.0, 1 == True, 0 == False, 2 < 2.5, -3 > -3.5, 5 != 5.0000000001, 9007199254740993 > 9007199254740992.0)
print(float("nan") == 1, 1 < float("nan"), 1 >= float("nan"), big == float("inf"), max(1, 1.0), min(1.0, 1), max(True, 1))
for bad in [lambda: 1 < "1", lambda: 1 >= None, lambda: [1] < 1, lambda: 1j < 1]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == "1", 1 != "1", None == 0, sorted([3, 1.5, True, 2**70, -1e300, 0]))
