print(1)]
