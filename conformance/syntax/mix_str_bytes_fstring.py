x = b'a' f'{1}'
