-c
import _libmod; print(_libmod.VALUE)
