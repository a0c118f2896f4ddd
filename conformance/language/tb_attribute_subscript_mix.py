# A traceback whose failing expression mixes attribute access, subscripts and calls.
class Node:
    def __init__(self, children):
        self.children = children
    def get(self, i):
        return self.children[i]
tree = Node([Node([]), Node([Node([])])])
print(len(tree.get(1).children[0].children))
print(tree.get(1).children[0].get(0).children)
