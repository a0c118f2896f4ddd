# Uncaught exception in a call spread over several lines.
def build(name, size, *, color):
    return {"name": name, "size": int(size), "color": color}

print(build("a", "1", color="red"))
result = build(
    "widget",
    "large",
    color="blue",
)
