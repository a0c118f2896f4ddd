# global at module level, in nested functions, with del and in class bodies.
global declared_first
declared_first = 0
global_var = 1
def setter():
    global fresh
    fresh = "created"
setter()
print(fresh)
def outer():
    def inner():
        global global_var
        global_var += 10
    inner()
    return global_var
print(outer())
class K:
    global made_in_class
    made_in_class = "from class"
    local_in_class = 1
print(made_in_class, hasattr(K, "made_in_class"))
def deleter():
    global fresh
    del fresh
deleter()
print("fresh" in globals())
def read_only():
    return global_var * 2
print(read_only())
exec("global ex_global\nex_global = 5")
print(ex_global)
ns = {}
exec("def f():\n    global g_in_ns\n    g_in_ns = 1\nf()", ns)
print("g_in_ns" in ns, "g_in_ns" in globals())
