__all__ = ["exported", "_underscore_but_listed"]
exported = 1
_underscore_but_listed = 2
not_listed = 3
