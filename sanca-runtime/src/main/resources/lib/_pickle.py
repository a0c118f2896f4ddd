"""The accelerator module CPython's pickle re-exports: here pickle is the implementation and
this module names the same objects, so references to _pickle.X (as pickled exception classes
make) resolve."""

from pickle import (PickleBuffer, PickleError, Pickler, PicklingError, Unpickler,
                    UnpicklingError, dump, dumps, load, loads)
