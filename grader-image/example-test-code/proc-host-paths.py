# Reads everything /proc tells a program about where it runs: every visible process's command
# line, environment, working folder, executable, root and open files, and the mount tables.
# Prints one JSON object of what it read; the grader checks that no host path is in it.
import json
import os

report = {}


def read(path):
    try:
        with open(path, "rb") as file:
            report[path] = file.read(256 * 1024).decode("utf-8", "replace").replace("\0", " ")
    except OSError as error:
        report[path] = type(error).__name__


def link(path):
    try:
        report[path] = os.readlink(path)
    except OSError as error:
        report[path] = type(error).__name__


for pid in ["self"] + sorted(filter(str.isdigit, os.listdir("/proc"))):
    for name in ["cmdline", "environ", "mountinfo", "mounts", "mountstats", "maps", "stat", "cgroup"]:
        read(f"/proc/{pid}/{name}")
    for name in ["cwd", "exe", "root"]:
        link(f"/proc/{pid}/{name}")
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            link(f"/proc/{pid}/fd/{fd}")
    except OSError as error:
        report[f"/proc/{pid}/fd"] = type(error).__name__
print(json.dumps(report))
