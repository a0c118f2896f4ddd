# Carets for an error in one part of a long multi-line expression.
data = {"a": {"b": [1, 2, 3]}}
result = (
    data["a"]["b"][0]
    + data["a"]["c"][1]
    + 5
)
