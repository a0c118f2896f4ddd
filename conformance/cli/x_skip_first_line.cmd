-x
_firstline.py
