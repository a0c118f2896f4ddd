-c
import warnings; warnings.warn("env says error")
