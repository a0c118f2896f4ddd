# A small realistic program: an inventory with dataclasses, sorting, grouping, formatting and errors.
from dataclasses import dataclass, field
from collections import defaultdict
from typing import Iterable

@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: str
    price: float
    qty: int = 0
    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")
        self.sort_key = (self.category, -self.price, self.name)
    @property
    def value(self) -> float:
        return self.price * self.qty

class Inventory:
    def __init__(self, items: Iterable[Item] = ()):
        self._items = {i.name: i for i in items}
    def add(self, item: Item) -> None:
        if item.name in self._items:
            raise KeyError(f"duplicate item {item.name!r}")
        self._items[item.name] = item
    def remove(self, name: str, qty: int) -> int:
        item = self._items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left, asked for {qty}")
        item.qty -= qty
        return item.qty
    def by_category(self) -> dict[str, list[Item]]:
        groups = defaultdict(list)
        for item in sorted(self._items.values()):
            groups[item.category].append(item)
        return dict(groups)
    def report(self) -> str:
        lines = []
        for cat, items in self.by_category().items():
            total = sum(i.value for i in items)
            lines.append(f"{cat.upper():<10}{total:>10.2f}")
            lines.extend(f"  {i.name:<12}{i.qty:>4} x {i.price:>7.2f}" for i in items)
        return "\n".join(lines)

inv = Inventory([Item("apple", "fruit", 0.5, 100), Item("pear", "fruit", 0.75, 30), Item("hammer", "tools", 12.0, 3), Item("saw", "tools", 25.5, 1)])
inv.add(Item("kiwi", "fruit", 0.75, 12))
print(inv.report())
print(inv.remove("apple", 40))
for action in [lambda: inv.add(Item("saw", "tools", 1.0)), lambda: inv.remove("saw", 5), lambda: inv.remove("drill", 1), lambda: Item("bad", "x", -1.0)]:
    try:
        action()
    except (KeyError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
most_valuable = max(inv._items.values(), key=lambda i: i.value)
print(most_valuable, f"{most_valuable.value:,.2f}")
print(sorted(inv._items)[:3], sum(i.qty for i in inv._items.values()))
