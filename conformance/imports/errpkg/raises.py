print("errpkg.raises runs")
VALUE = 1
raise ValueError("boom in module")
