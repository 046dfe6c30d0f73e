import sys


def encode(value: int) -> str:
    """The varint of 0 <= value < 2^64: seven bits per byte, low bits first, high bit = more."""
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return out.hex().upper()


def decode(stream: str) -> list[int] | None:
    """Every varint in the stream, or None if one is cut off or does not fit in 64 bits."""
    values = []
    value = shift = 0
    for byte in bytes.fromhex(stream):
        # The tenth byte holds bit 63 only: anything above 1 would need a 65th bit.
        if shift == 63 and byte > 1:
            return None
        value |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
        else:
            values.append(value)
            value = shift = 0
    return values if shift == 0 else None


def zigzag(signed: int) -> int:
    return (signed << 1) ^ (signed >> 63)


def unzigzag(unsigned: int) -> int:
    return (unsigned >> 1) ^ -(unsigned & 1)


def main() -> None:
    tokens = sys.stdin.read().split()
    q = int(tokens[0])
    out = []
    for i in range(q):
        command, argument = tokens[1 + 2 * i], tokens[2 + 2 * i]
        if command == "ENCODE":
            out.append(encode(int(argument)))
        elif command == "ENCODE_ZIGZAG":
            out.append(encode(zigzag(int(argument))))
        else:
            values = decode(argument)
            if values is None:
                out.append("INVALID")
            else:
                if command == "DECODE_ZIGZAG":
                    values = [unzigzag(v) for v in values]
                out.append(" ".join(map(str, values)))
    sys.stdout.write("\n".join(out) + "\n")


main()
