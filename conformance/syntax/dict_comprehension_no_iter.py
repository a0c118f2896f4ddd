x = {k: v for k in}
