# Traceback lines name the function (co_name), not its qualified name, for nested functions and methods.
class Outer:
    class Inner:
        def method(self):
            def helper():
                return {}["missing"]
            return helper()
def run():
    return Outer.Inner().method()
run()
