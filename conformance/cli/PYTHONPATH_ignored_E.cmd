-E
-c
import _libmod
