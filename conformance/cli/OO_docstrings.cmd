-OO
_doc.py
