# conformance: native (the WebAssembly oracle runs programs in its own __main__)
import sys
import __main__
print(type(__loader__).__name__, __spec__, __main__.__loader__ is __loader__)
print(__loader__.name, __loader__.path == __file__, sys.modules['__main__'].__loader__ is __loader__)
print(__loader__.get_source('__main__').splitlines()[0])
print(__loader__.is_package('__main__'))
