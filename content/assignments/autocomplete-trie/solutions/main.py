import sys


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    q = int(lines[0])
    popularity: dict[bytes, int] = {}
    # The trie, flattened: each prefix seen so far maps to its best (at most three) terms.
    best: dict[bytes, list[bytes]] = {}

    def rank(term: bytes) -> tuple[int, bytes]:
        return (-popularity[term], term)

    out = []
    for line in lines[1 : q + 1]:
        parts = line.split()
        if parts[0] == b"ADD":
            word = parts[1]
            popularity[word] = popularity.get(word, 0) + int(parts[2])
            for end in range(1, len(word) + 1):
                top = best.setdefault(word[:end], [])
                # Popularity only grows, so only `word` can move up or enter this node's top three.
                if word not in top:
                    top.append(word)
                top.sort(key=rank)
                del top[3:]
        else:
            top = best.get(parts[1])
            out.append(b" ".join(top) if top else b"-")
    sys.stdout.buffer.write(b"".join(line + b"\n" for line in out))


main()
