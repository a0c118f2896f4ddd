from __future__ import annotations
import sys
def annotated(a: int, b: "str" = "x") -> list[int]:
    local: int = 1
    other: str
    return [local]
async def agen():
    async with ctx() as c:
        async for item in c:
            yield item
    await sleep(0)
def matcher(cmd):
    match cmd:
        case [x, *rest]:
            return x, rest
        case {"k": v, **others}:
            return v, others
        case Point(x=px, y=py) | Other(px, py):
            return px, py
        case str() as s if s:
            return s
        case _:
            return None
try:
    pass
except Exception as exc:
    print(exc)
v: int = 5
