# Tracebacks for expressions spanning several lines show the first line of the failing expression.
def total(items):
    return sum(
        item["price"] * item["qty"]
        for item in items
    )
items = [{"price": 2, "qty": 3}, {"price": 5}]
result = (
    total(items[:1]) +
    total(items)
)
