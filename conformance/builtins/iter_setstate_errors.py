for label, it in [("list", iter([1])), ("rev", reversed([1])), ("tuple", iter((1,))), ("str", iter("a")), ("bytes", iter(b"a")),
                  ("range", iter(range(3))), ("lrange", iter(range(2**70, 2**70 + 2))), ("seq", reversed("ab")), ("zip", zip())]:
    for bad in ["x", 2.5, 2**80, True]:
        if label == "lrange" and bad == 2.5:
            continue  # CPython moves a longrange_iterator by a float step: not modelled
        try:
            it.__setstate__(bad)
            print(label, repr(bad), "ok")
        except Exception as e:
            print(label, repr(bad), type(e).__name__, e)
