# try/except/else/finally execution order with and without exceptions.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail == "value":
            raise ValueError
        if fail == "key":
            raise KeyError
    except ValueError:
        log.append("except ValueError")
    except (KeyError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for f in [None, "value", "key"]:
    print(run(f))
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("else exception escapes:", e)
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("no")
    finally:
        print("finally before propagation")
except TypeError as e:
    print("outer", e)
def name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return str(e)
print(name_cleared())
try:
    raise ValueError
except Exception as e:
    print(type(e).__name__, e.args)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e.__context__))
