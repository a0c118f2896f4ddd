# An uncaught exception whose __str__ raises: the traceback shows a placeholder message.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str exploded")
try:
    raise Weird("payload")
except Weird as e:
    print("caught", type(e).__name__, e.args)
raise Weird("payload")
