# A missing stdlib module name suggests importing it.
print(collections.OrderedDict())
