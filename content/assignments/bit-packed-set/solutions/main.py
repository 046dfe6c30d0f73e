import sys

ALL = (1 << 64) - 1


def lowest_bit(word: int) -> int:
    return (word & -word).bit_length() - 1


def main() -> None:
    data = sys.stdin.buffer.read().split()
    k, q = int(data[0]), int(data[1])
    # Bit x % 64 of words[x // 64] is set when x is a member.
    words = [0] * (((1 << k) + 63) // 64)
    out = []
    pos = 2
    for _ in range(q):
        command, x = data[pos], int(data[pos + 1])
        pos += 2
        word, bit = x >> 6, x & 63
        if command == b"ADD":
            words[word] |= 1 << bit
        elif command == b"REMOVE":
            words[word] &= ~(1 << bit)
        elif command == b"HAS":
            out.append("YES" if words[word] >> bit & 1 else "NO")
        elif command == b"COUNT":
            r = int(data[pos])
            pos += 1
            last = r >> 6
            from_x = ALL << bit & ALL
            to_r = ALL >> (63 - (r & 63))
            if word == last:
                out.append(str((words[word] & from_x & to_r).bit_count()))
            else:
                inside = sum(map(int.bit_count, words[word + 1 : last]))
                out.append(str((words[word] & from_x).bit_count() + inside + (words[last] & to_r).bit_count()))
        else:  # NEXT: the rest of x's own word, then whole words until one is not empty
            rest = words[word] >> bit << bit
            while not rest and word + 1 < len(words):
                word += 1
                rest = words[word]
            out.append(str(word * 64 + lowest_bit(rest)) if rest else "-1")
    sys.stdout.write("\n".join(out) + "\n")


main()
