"""collections.abc: the abstract container classes, re-exported from _collections_abc."""

import _collections_abc as _impl
from _collections_abc import *

__all__ = _impl.__all__
_CallableGenericAlias = _impl._CallableGenericAlias
del _impl
