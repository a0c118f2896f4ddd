# Class-scope names inside comprehensions and lambdas raise NameError.
class C:
    factor = 3
    try:
        scaled = [factor * i for i in range(3)]
    except NameError as e:
        scaled = str(e)
    first_iter = [i for i in range(factor)]
    try:
        lam = (lambda: factor)()
    except NameError as e:
        lam = str(e)
print(C.scaled, C.first_iter, C.lam)
