import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('if'))
print(keyword.iskeyword('True'), keyword.iskeyword('print'), sorted(keyword.__all__), len(keyword.kwlist))
