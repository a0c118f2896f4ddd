# Uncaught exception while executing a class body and a decorator.
def register(cls):
    cls.registry_key = cls.key.upper()
    return cls

@register
class Good:
    key = "good"
print(Good.registry_key)

@register
class Bad:
    key = None
