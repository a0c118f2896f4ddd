print("pkg.sub.deep runs")
from . import helper
from .. import mod_a
from ..mod_a import A_VALUE as value
DEEP = (helper.help_me(), mod_a.A_VALUE, value)
