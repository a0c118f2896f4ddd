# Uncaught AttributeError on a module suggests a close name.
import string
print(string.digits)
print(string.ascii_lowercas)
