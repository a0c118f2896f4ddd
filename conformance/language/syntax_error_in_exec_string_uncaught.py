# An uncaught SyntaxError from exec of a string shows <string> and the caret.
print("before")
exec("x = (1, 2\ny = 3")
