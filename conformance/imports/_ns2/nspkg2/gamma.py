from . import delta
NAME = "gamma " + delta.NAME
