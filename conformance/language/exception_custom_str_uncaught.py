# Uncaught custom exception with __str__ and a module-qualified name.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg
    def __str__(self):
        return f"line {self.line}: {self.msg}"
def parse(text):
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            raise ParseError(i, "empty line")
parse("a\n\nb")
