import sys
from collections import OrderedDict


def main() -> None:
    data = sys.stdin.buffer.read().split()
    capacity, q = int(data[0]), int(data[1])
    # Least recently used first; values stay the bytes they were read as.
    cache: OrderedDict[bytes, bytes] = OrderedDict()
    out = []
    pos = 2
    for _ in range(q):
        command, key = data[pos], data[pos + 1]
        if command == b"GET":
            pos += 2
            if key in cache:
                cache.move_to_end(key)
                out.append(cache[key])
            else:
                out.append(b"-1")
        else:
            value = data[pos + 2]
            pos += 3
            if key in cache:
                cache.move_to_end(key)
            elif len(cache) == capacity:
                evicted, _ = cache.popitem(last=False)
                out.append(b"EVICT " + evicted)
            cache[key] = value
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


main()
