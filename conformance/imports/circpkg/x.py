from circpkg.y import Y
X = "X"
