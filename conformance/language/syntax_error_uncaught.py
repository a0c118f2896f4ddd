# A program that fails to compile: SyntaxError is reported without a stack.
print("this line never runs")
def broken(:
    pass
