# Tries every way out and prints one JSON report of what happened. Stdin names the targets the
# host prepared: a TCP port it listens on (on 127.0.0.1 and its other addresses), those other
# addresses, and a unix socket in its abstract namespace (no file, so no mount can hide it).
# Then the internet: a public DNS server over TCP and UDP.
import json
import socket
import sys

port, abstract, *host_addresses = sys.stdin.read().split()
DNS_QUERY = bytes.fromhex("123401000001000000000000076578616d706c6503636f6d0000010001")
report = {}
try:
    report["interfaces"] = [name for _, name in socket.if_nameindex()]
except OSError as error:
    # Listing interfaces takes a netlink socket; a sandbox may refuse even that.
    report["interfaces"] = f"{type(error).__name__}: {error}"
try:
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    report["open an IPv4 socket"] = "opened"
except OSError as error:
    report["open an IPv4 socket"] = f"{type(error).__name__}: {error}"


def attempt(label, family, kind, address, payload=b"hello"):
    try:
        with socket.socket(family, kind) as s:
            s.settimeout(0.5)
            s.connect(address)
            s.sendall(payload)
            if kind == socket.SOCK_DGRAM:
                s.recv(512)
        report[label] = "connected"
    except OSError as error:
        report[label] = f"{type(error).__name__}: {error}"


attempt("host loopback TCP", socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", int(port)))
for address in host_addresses:
    attempt(f"host address {address} TCP", socket.AF_INET, socket.SOCK_STREAM, (address, int(port)))
attempt("host abstract unix socket", socket.AF_UNIX, socket.SOCK_STREAM, "\0" + abstract)
attempt("internet TCP", socket.AF_INET, socket.SOCK_STREAM, ("1.1.1.1", 53))
attempt("internet UDP", socket.AF_INET, socket.SOCK_DGRAM, ("1.1.1.1", 53), DNS_QUERY)
print(json.dumps(report))
