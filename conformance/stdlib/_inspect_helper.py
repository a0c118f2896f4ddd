# Classes and functions whose source inspect_source.py reads.


class Outer:
    """Outer doc."""
    class Inner:
        def method(self):
            return 1

    # A comment about meth
    def meth(self):
        pass


@staticmethod
def decorated(): pass


def with_strings():
    text = """
not indented
    """
    return text
