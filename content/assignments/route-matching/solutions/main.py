import sys


class Node:
    __slots__ = ("children", "param", "end", "wildcard")

    def __init__(self) -> None:
        self.children: dict[str, Node] = {}
        self.param: Node | None = None  # one child for every parameter, whatever its name
        self.end = -1  # the first route that ends here
        self.wildcard = -1  # the first route whose wildcard starts here


def insert(root: Node, segments: list[str], route: int) -> None:
    node = root
    for segment in segments:
        if segment[0] == "*":
            if node.wildcard < 0:
                node.wildcard = route
            return
        if segment[0] == ":":
            node.param = node.param or Node()
            node = node.param
        else:
            node = node.children.setdefault(segment, Node())
    if node.end < 0:
        node.end = route


def match(node: Node, path: list[str], i: int) -> int:
    """The best route for path[i:] below node: static first, then parameter, then wildcard."""
    if i == len(path):
        return node.end
    child = node.children.get(path[i])
    if child is not None:
        found = match(child, path, i + 1)
        if found >= 0:
            return found
    if node.param is not None:
        found = match(node.param, path, i + 1)
        if found >= 0:
            return found
    return node.wildcard


def split(path: str) -> list[str]:
    return path.split("/")[1:] if path != "/" else []


def main() -> None:
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    patterns = [line.strip() for line in lines[1 : n + 1]]
    root = Node()
    route_segments = [split(pattern) for pattern in patterns]
    for route, segments in enumerate(route_segments):
        insert(root, segments, route)
    m = int(lines[n + 1])
    out = []
    for line in lines[n + 2 : n + 2 + m]:
        path = split(line.strip())
        route = match(root, path, 0)
        if route < 0:
            out.append("404")
            continue
        parts = [patterns[route]]
        for i, segment in enumerate(route_segments[route]):
            if segment[0] == ":":
                parts.append(f"{segment[1:]}={path[i]}")
            elif segment[0] == "*":
                parts.append(f"{segment[1:]}={'/'.join(path[i:])}")
        out.append(" ".join(parts))
    sys.stdout.write("\n".join(out) + "\n")


main()
