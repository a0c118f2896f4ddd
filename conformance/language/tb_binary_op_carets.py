# Uncaught TypeError on a binary operation: 3.12 marks the operator with ~ and ^.
def total(prices, tax):
    subtotal = sum(prices)
    return subtotal + tax * 1

print(total([1, 2], 3))
print(total([1, 2], "3"))
