import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    arena, q = int(data[0]), int(data[1])
    granules = arena // 8  # the arena in 8-byte units; blocks start and end on their edges
    size = 1
    while size < granules:
        size *= 2
    # Segment tree: leaf size + g holds the length (in granules) of the free block starting at
    # granule g, or 0; every inner node the largest in its subtree. The first fit is then the
    # leftmost leaf that is large enough, found from the root in log(granules) steps.
    best = [0] * (2 * size)
    ends_at = [-1] * (granules + 1)  # ends_at[e]: start of the free block that ends at granule e
    allocated = [0] * granules  # length of the allocated block starting at each granule
    returned = bytearray(granules)  # 1 once a MALLOC has returned that granule's address

    def set_free_length(g: int, length: int) -> None:
        node = size + g
        best[node] = length
        while node > 1:
            node >>= 1
            left, right = best[2 * node], best[2 * node + 1]
            larger = left if left > right else right
            if best[node] == larger:
                break
            best[node] = larger

    def first_fit(need: int) -> int:
        if best[1] < need:
            return -1
        node = 1
        while node < size:
            node = 2 * node if best[2 * node] >= need else 2 * node + 1
        return node - size

    set_free_length(0, granules)
    ends_at[granules] = 0
    used_granules = used_blocks = 0
    out = []
    pos = 2
    for _ in range(q):
        command, argument = data[pos], int(data[pos + 1])
        pos += 2
        if command == b"MALLOC":
            g = first_fit((argument + 7) // 8) if 0 < argument <= arena else -1
            if g < 0:
                out.append("NULL")
                continue
            need, length = (argument + 7) // 8, best[size + g]
            set_free_length(g, 0)
            ends_at[g + length] = -1
            if length > need:  # the rest of the block stays free
                set_free_length(g + need, length - need)
                ends_at[g + length] = g + need
            allocated[g] = need
            returned[g] = 1
            used_granules += need
            used_blocks += 1
            out.append(str(8 * g))
            continue
        g = argument // 8
        if argument % 8 or argument >= arena or allocated[g] == 0:
            out.append("DOUBLE FREE" if argument % 8 == 0 and argument < arena and returned[g] else "INVALID FREE")
            continue
        start, end = g, g + allocated[g]
        used_granules -= allocated[g]
        used_blocks -= 1
        allocated[g] = 0
        if end < granules and best[size + end] > 0:  # merge with the free block that follows
            following = best[size + end]
            set_free_length(end, 0)
            end += following
        if ends_at[start] >= 0:  # merge with the free block that precedes
            start, ends_at[g] = ends_at[start], -1
        set_free_length(start, end - start)
        ends_at[end] = start
        out.append("OK")
    free_lengths = [length for length in best[size : size + granules] if length > 0]
    free_bytes, largest = 8 * sum(free_lengths), 8 * best[1]
    out.append(f"USED {8 * used_granules} {used_blocks}")
    out.append(f"FREE {free_bytes} {len(free_lengths)} {largest}")
    out.append(f"FRAGMENTATION {100 * (free_bytes - largest) // free_bytes if free_bytes else 0}")
    sys.stdout.write("\n".join(out) + "\n")


main()
