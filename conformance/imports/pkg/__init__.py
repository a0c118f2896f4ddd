print("pkg/__init__ runs as", __name__)
INIT_VALUE = 42
from .sub import helper as _helper_alias
