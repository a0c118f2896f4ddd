x = b'\xZ0'
