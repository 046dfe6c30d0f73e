# Leaves a marker with a random name in /tmp (and tries /box), waits while another run does the
# same, then lists both folders: a run must only ever see its own files. Prints one JSON report.
import json
import os
import secrets
import time

started = time.time()
marker = f"marker-{secrets.token_hex(8)}"
for folder in ("/tmp", "/box"):
    try:
        with open(os.path.join(folder, marker), "w") as file:
            file.write(marker)
    except OSError:
        pass
time.sleep(0.5)
listings = {folder: sorted(os.listdir(folder)) for folder in ("/tmp", "/box")}
foreign = [f"{folder}/{name}" for folder, names in listings.items() for name in names if name.startswith("marker-") and name != marker]
print(json.dumps({"marker": marker, "listings": listings, "foreign": foreign, "started": started, "finished": time.time()}))
