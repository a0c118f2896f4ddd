from ..inner import thing
from ... import relpkg as nope
