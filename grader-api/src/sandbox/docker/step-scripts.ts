/**
 * The shell that runs inside a box's container. Docker has no per-exec limits and no way to kill
 * an exec, so every step runs under WRAPPER, and the grader reads its measurements afterwards with
 * a CONTROL script, once no process of the step is left to tamper with them.
 */

/**
 * The wrapper's first line on stderr, just before the program starts, with the box's CPU counter
 * (µs) at that moment: nothing of the program can come before it, so the grader can trust it.
 */
export const READY = /^eduscale-step-ready (\d+)\n/;

/**
 * bash: WRAPPER step <cpu µs> <cpu s> <file KiB> <stack KiB> <wall s> <rusage file> <command...>
 *
 * - The rlimits are per step (the container's are only ceilings). RLIMIT_CPU counts one process
 *   in whole seconds, so a monitor polls the container's cgroup CPU counter (every process of the
 *   step together) every 20 ms and kills everything once it passes the limit. It sleeps in
 *   `read -t` on a pipe nobody writes, so polling forks nothing: it costs microseconds of the CPU
 *   it measures, and keeps working when a fork bomb has taken every pid.
 * - `timeout -s KILL` is the wall clock inside the box: it needs no new process to act, where the
 *   grader's own kill (an exec) cannot start once the pids limit is reached.
 * - `kill -9 -1` reaches every process of the step's uid, including those that left timeout's
 *   process group with setsid; the kernel spares the caller and the box's init (PID 1).
 * - GNU time reports the peak resident set of the program (and its waited-for children) into a
 *   file it opens as fd 3, which the program does not inherit.
 */
export const WRAPPER = `
cpu_us=$1 cpu_s=$2 file_kb=$3 stack_kb=$4 wall=$5 report=$6
shift 6
{ ulimit -c 0 && ulimit -t "$cpu_s" && ulimit -f "$file_kb" && ulimit -n 256 && ulimit -s "$stack_kb"; } || exit 125
if [ -r /sys/fs/cgroup/cpu.stat ]; then
  cpu() { read -r _ used < /sys/fs/cgroup/cpu.stat; }
else
  cpu() { read -r used < /sys/fs/cgroup/cpuacct/cpuacct.usage && used=$((used / 1000)); }
fi
cpu || exit 125
start=$used
exec 9<> <(:)
(
  while read -r -t 0.02 -u 9; [ $? -gt 128 ]; do
    cpu && [ $((used - start)) -gt "$cpu_us" ] && { kill -9 -1; exit; }
  done
) </dev/null >/dev/null 2>&1 &
disown
printf 'eduscale-step-ready %s\\n' "$start" >&2
/usr/bin/time -q -f %M -o "$report" /usr/bin/timeout -s KILL "$wall" /bin/sh -c 'exec "$@" 3>&-' program "$@" 9<&-
status=$?
kill -9 -1
exit $status`;

/**
 * Prints the cgroup counters a step is measured by, each file under a "== name" line (v2, else
 * v1). The CPU counter is read first, with builtins: what runs after it is not the step's.
 */
const COUNTERS = `
cd /sys/fs/cgroup || exit 125
for f in cpu.stat cpuacct/cpuacct.usage; do
  if [ -r "$f" ]; then read -r line < "$f"; printf '== %s\\n%s\\n' "$f" "$line"; break; fi
done
for f in memory.events memory/memory.oom_control; do
  if [ -r "$f" ]; then printf '== %s\\n' "$f"; cat "$f"; fi
done`;

/** The tools WRAPPER needs: checked once per box, so a wrong image is a fault, not a verdict. */
const TOOLS = ['/bin/bash', '/usr/bin/time', '/usr/bin/timeout', '/usr/bin/env', '/bin/tar'];

export const CONTROL = {
  /** sh: unpacks the tar on stdin into /box. */
  unpack: `
for tool in ${TOOLS.join(' ')}; do
  [ -x "$tool" ] || { echo "the runner image has no $tool" >&2; exit 125; }
done
tar -x -f - -C /box || exit 125
${COUNTERS}`,

  /** sh: fills the empty /gocache from the image's pre-warmed cache (cp refreshes the times Go trims by). */
  seedGoCache: `
cp -r /opt/go/cache/. /gocache/ || exit 125
${COUNTERS}`,

  /**
   * sh: ends a step: kills what is left of it, reads the counters, reports its peak memory and
   * empties what the step could write (a step's files live no longer than the step, as in a
   * fresh sandbox, and tmpfs holds them in the box's memory). sh AFTER_STEP <rusage file> [gocache]
   */
  afterStep: `
kill -9 -1 2>/dev/null
${COUNTERS}
if [ -s "$1" ]; then printf '== rusage\\n'; cat "$1"; fi
rm -rf /tmp/* /tmp/.[!.]* /tmp/..?* /dev/shm/* /dev/shm/.[!.]* 2>/dev/null
if [ "$2" = gocache ]; then rm -rf /gocache/* /gocache/.[!.]* 2>/dev/null; fi
exit 0`,

  /** sh: kills every process of the caller's uid but PID 1 (the grader's kill of a step). */
  kill: 'kill -9 -1',
} as const;
