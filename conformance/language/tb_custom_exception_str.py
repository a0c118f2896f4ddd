# Uncaught custom exceptions: str() used for the message, module prefix omitted for __main__.
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"

try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, repr(e), e.args)

class Quiet(Exception):
    pass
try:
    raise Quiet()
except Quiet as e:
    print(repr(str(e)))
e = AppError(500, "server exploded")
e.add_note("while handling /index")
e.add_note("retry later")
raise e
