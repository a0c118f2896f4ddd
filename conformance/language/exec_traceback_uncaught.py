# An uncaught error raised inside exec'd code shows the <string> frame.
code = """
def helper(x):
    return x[10]
helper([1, 2])
"""
exec(code)
