# int()/float()/complex() accept Unicode decimal digits and whitespace; other numerics are rejected.
print(int("١٢٣"), int("５"), int("१०"), float("١.٥"), float("５e２"), int("\u3000 42 \u2003"), float("\xa01.5\n"))
print(int("٣", 16), int("0x١٠", 16), complex("１+２j"), int("1_٢_3"), int("-٣"))
for s in ["²", "½", "Ⅻ", "٣.٣", "1e٣", "١٢٣٤٥٦٧٨٩٠" * 2, "𝟕", "੪"]:
    for conv in (int, float):
        try:
            print(repr(s), conv.__name__, conv(s))
        except ValueError as e:
            print(repr(s), conv.__name__, type(e).__name__, e)
print("٣".isdigit(), "٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "𝟕".isdecimal())
from decimal import Decimal
from fractions import Fraction
print(Decimal("١٢.٥"), Fraction("٣/٤"))
