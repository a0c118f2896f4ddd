_pkg
z
