# Uses no CPU at all, so a CPU-time limit never fires: only the wall clock can stop it.
import time

time.sleep(3600)
