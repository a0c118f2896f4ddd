from circpkg.x import X
Y = "Y"
