/* Tries to take everything down with it: every process it is allowed to signal (kill(-1), which
   spares only the caller), then its parent, the sandbox's supervisor. Then says it is still here. */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
    int everyone = kill(-1, SIGKILL);
    pid_t parent = getppid();
    int supervisor = kill(parent, SIGKILL);
    printf("kill(-1) = %d, kill(parent %d) = %d, still here\n", everyone, (int)parent, supervisor);
    return 0;
}
