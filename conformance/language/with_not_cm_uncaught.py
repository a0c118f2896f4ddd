# Uncaught TypeError for a with statement on a non context manager.
class Resource:
    pass
def use():
    with Resource() as r:
        return r
use()
