"""heapq: shortest paths with Dijkstra's algorithm on a generated sparse graph."""
import heapq


def graph(nodes, edges_per_node, seed=7):
    state = seed
    adjacency = [[] for _ in range(nodes)]
    for u in range(nodes):
        for _ in range(edges_per_node):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v = state % nodes
            weight = 1 + (state >> 8) % 100
            adjacency[u].append((v, weight))
            adjacency[v].append((u, weight))
    return adjacency


def dijkstra(adjacency, source):
    dist = [None] * len(adjacency)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adjacency[u]:
            nd = d + w
            if dist[v] is None or nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


adjacency = graph(40000, 4)
total = 0
for source in (0, 1234, 5678, 12000, 20000, 27777, 33333, 39999):
    dist = dijkstra(adjacency, source)
    total += sum(d for d in dist if d is not None) + max(d for d in dist if d is not None)
print("checksum:", total)
