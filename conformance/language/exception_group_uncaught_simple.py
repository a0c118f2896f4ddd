# An uncaught flat ExceptionGroup raised from a function.
def validate(values):
    errors = []
    for v in values:
        if v < 0:
            errors.append(ValueError(f"negative: {v}"))
        elif v == 0:
            errors.append(ZeroDivisionError("zero"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
validate([1, -2, 0])
