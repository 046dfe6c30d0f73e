import sys
from bisect import bisect_left, bisect_right, insort

OFFSET_BASIS = 14695981039346656037
PRIME = 1099511628211
MASK = (1 << 64) - 1


def ring_hash(data: bytes) -> int:
    """FNV-1a 64, then the MurmurHash3 finalizer (fmix64) to spread strings that differ only at the end."""
    h = OFFSET_BASIS
    for byte in data:
        h = ((h ^ byte) * PRIME) & MASK
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & MASK
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & MASK
    h ^= h >> 33
    return h


def main() -> None:
    tokens = sys.stdin.buffer.read().split()
    v, k, q = int(tokens[0]), int(tokens[1]), int(tokens[2])
    key_hashes = sorted(ring_hash(key) for key in tokens[3 : 3 + k])
    ring: list[tuple[int, bytes, int]] = []  # (hash, node, replica), sorted: the ring clockwise
    on_ring: dict[bytes, list[tuple[int, bytes, int]]] = {}  # node -> its points
    known_points: dict[bytes, list[tuple[int, bytes, int]]] = {}  # hashed once per name

    def keys_up_to(h: int) -> int:
        return bisect_right(key_hashes, h)

    def owned_by_point(point: tuple[int, bytes, int]) -> int:
        """How many tracked keys the ring point owns: those after its predecessor, up to it."""
        if len(ring) == 1:
            return k
        j = bisect_left(ring, point)
        if j == 0:  # the arc wraps around the top of the hash space
            return keys_up_to(point[0]) + k - keys_up_to(ring[-1][0])
        return keys_up_to(point[0]) - keys_up_to(ring[j - 1][0])

    out = []
    pos = 3 + k
    for _ in range(q):
        command, name = tokens[pos], tokens[pos + 1]
        pos += 2
        if command == b"LOOKUP":
            if not ring:
                out.append("NONE")
                continue
            j = bisect_left(ring, (ring_hash(name),))  # the first point at or after the key
            out.append(ring[j % len(ring)][1].decode())
        elif command == b"ADD":
            if name in on_ring:
                out.append("0")
                continue
            points = known_points.get(name)
            if points is None:
                points = [(ring_hash(name + b"#" + str(i).encode()), name, i) for i in range(v)]
                known_points[name] = points
            on_ring[name] = points
            for point in points:
                insort(ring, point)
            # The new node was nowhere before, so every key it owns now has moved.
            out.append(str(sum(owned_by_point(point) for point in points)))
        else:
            points = on_ring.pop(name, None)
            if points is None:
                out.append("0")
                continue
            moved = sum(owned_by_point(point) for point in points)
            for point in points:
                del ring[bisect_left(ring, point)]
            out.append(str(moved))
    sys.stdout.write("\n".join(out) + "\n")


main()
