# Uncaught error at the end of mutual recursion between methods: alternating frames are not collapsed.
class Node:
    def ping(self, n):
        if n > 6:
            raise OverflowError(f"too deep at {n}")
        return self.pong(n + 1)
    def pong(self, n):
        return self.ping(n + 1)
Node().ping(0)
