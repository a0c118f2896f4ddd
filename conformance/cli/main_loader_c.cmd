-c
import sys; print(__loader__, __spec__, sys.modules["__main__"].__loader__ is __loader__)
