# Plants links to host files where the grader might later read, copy or delete through them
# (run it with a writable box, as compilers get): /box/output -> /etc/shadow, /box/passwd ->
# /etc/passwd, /box/decoy -> a host file whose path comes on stdin, the same in /tmp, and a hard
# link to /etc/passwd. Then reads and writes through them: a grader that copied the box
# dereferencing links would hand the next run the host's files. Prints one JSON report.
import json
import os
import sys

decoy = sys.stdin.read().strip()
report = {}


def attempt(label, action):
    try:
        result = action()
        report[label] = "done" if result is None else result
    except OSError as error:
        report[label] = f"{type(error).__name__}: {error}"


def read(path):
    with open(path) as file:
        return file.read(200)


for folder in ("/box", "/tmp"):
    attempt(f"{folder}/output -> /etc/shadow", lambda: os.symlink("/etc/shadow", f"{folder}/output"))
    attempt(f"{folder}/passwd -> /etc/passwd", lambda: os.symlink("/etc/passwd", f"{folder}/passwd"))
    attempt(f"{folder}/decoy -> {decoy}", lambda: os.symlink(decoy, f"{folder}/decoy"))
attempt("hard link /box/passwd-hard to /etc/passwd", lambda: os.link("/etc/passwd", "/box/passwd-hard"))
for link in ("/box/output", "/box/passwd", "/box/decoy"):
    attempt(f"read through {link}", lambda: read(link))
for link in ("/box/output", "/box/passwd", "/box/decoy"):
    attempt(f"write through {link}", lambda: open(link, "a").write("pwned\n") and None)
print(json.dumps(report))
