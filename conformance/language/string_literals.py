# String and bytes literal forms, escapes, concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\there', 'new\nline', 'back\\slash')
print('\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\0end'.encode('unicode_escape'))
print(r'raw \n stays', R"raw \t too", rb'\x00', br'\n')
print(b'bytes', B'\x00\xff', b'\101')
print('implicit' ' concat' " works")
print(('multi'
       'line'), len('abc' 'def'))
print("""line1
line2""")
print('''a\
b''')
print(repr('\a\b\f\v\r'), repr('\1\12'))
print(u'unicode prefix', U'too')
print(len('\U0001F600'), len('é'), len('e\u0301'))
x = 'é'
print(x.encode(), b'caf\xc3\xa9'.decode())
print(type(b'').__name__, type(r'').__name__, type(f'').__name__)
print("adjacent" f" f-{1+1}" "string")
