/* Forks forever, and every child forks too. Each child starts its own session, leaving the
   process group a supervisor might kill, and all of them carry the name given on stdin so the
   host can look for survivors afterwards. */
#include <stdio.h>
#include <sys/prctl.h>
#include <unistd.h>

int main(void) {
    char name[16] = "fork-bomb";
    if (scanf("%15s", name) != 1) return 1;
    prctl(PR_SET_NAME, name);
    for (;;)
        if (fork() == 0) setsid();
}
