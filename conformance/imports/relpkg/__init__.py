from .inner import thing
__all__ = ["thing", "public"]
public = "public"
_private = "private"
