print("mainpkg/__init__:", __name__)
