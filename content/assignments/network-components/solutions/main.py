import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    components = n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    out = []
    pos = 2
    for _ in range(q):
        op = data[pos]
        if op == b"COUNT":
            out.append(str(components))
            pos += 1
            continue
        ra, rb = find(int(data[pos + 1])), find(int(data[pos + 2]))
        pos += 3
        if op == b"QUERY":
            out.append("YES" if ra == rb else "NO")
        elif ra != rb:
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra  # the smaller tree goes under the larger
            size[ra] += size[rb]
            components -= 1
    sys.stdout.write("\n".join(out) + "\n" if out else "")


main()
