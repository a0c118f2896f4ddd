# An uncaught SyntaxError from compile() is displayed with its location and caret.
source = "def broken(:\n    pass\n"
compile(source, "snippet.py", "exec")
