# try/except/else/finally flow.
def flow(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "other":
            raise RuntimeError("r")
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except tuple {e!r}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for k in ("none", "value", "key"):
    print(flow(k))
try:
    flow("other")
except RuntimeError as e:
    print("escaped:", e)

def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(name_cleared())

try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)

try:
    raise LookupError("base")
except (IndexError, KeyError):
    print("no")
except LookupError as e:
    print("LookupError caught", e)

try:
    raise KeyError("sub")
except LookupError as e:
    print("subclass caught by base:", type(e).__name__)

def bare():
    try:
        1 / 0
    except:
        return "bare except caught"
print(bare())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    pass
except NotDefinedAnywhere:
    pass
else:
    print("except clause expression not evaluated")
