try:
    import errpkg.syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.rpartition("/")[2])
import sys
print("errpkg.syntax" in sys.modules)
