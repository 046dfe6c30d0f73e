import sys


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    q = int(lines[0])
    text = bytearray()
    # An edit is (added, removed): the characters it appended and the ones it took off the end.
    undo: list[tuple[bytes, bytes]] = []
    redo: list[tuple[bytes, bytes]] = []
    out = []

    def apply(added: bytes, removed: bytes) -> None:
        if removed:
            del text[-len(removed) :]
        text.extend(added)

    for line in lines[1 : q + 1]:
        command, _, arg = line.strip().partition(b" ")
        if command == b"TYPE":
            edit = (arg, b"")
        elif command == b"DELETE":
            edit = (b"", bytes(text[max(0, len(text) - int(arg)) :]))
        elif command == b"UNDO":
            if undo:
                added, removed = undo.pop()
                apply(removed, added)
                redo.append((added, removed))
            continue
        elif command == b"REDO":
            if redo:
                edit = redo.pop()
                apply(*edit)
                undo.append(edit)
            continue
        else:
            out.append(text.decode())
            continue
        apply(*edit)
        undo.append(edit)
        redo.clear()
    sys.stdout.write("".join(line + "\n" for line in out))


main()
