# Uncaught nested ExceptionGroup with notes and a cause.
def validate(item):
    errors = []
    if not isinstance(item.get("id"), int):
        errors.append(TypeError(f"id must be int, got {type(item.get('id')).__name__}"))
    if "name" not in item:
        e = KeyError("name")
        e.add_note(f"item: {item}")
        errors.append(e)
    if errors:
        raise ExceptionGroup(f"item {item.get('id')!r} invalid", errors)

def validate_all(items):
    problems = []
    for item in items:
        try:
            validate(item)
        except ExceptionGroup as eg:
            problems.append(eg)
    if problems:
        raise ExceptionGroup("validation failed", problems) from ValueError("bad input")

validate_all([{"id": 1, "name": "ok"}])
print("first batch ok")
validate_all([{"id": "x"}, {"id": 2, "name": "fine"}, {"id": 3}])
