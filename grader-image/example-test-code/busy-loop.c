/* Spins forever in as many processes as stdin says (1 if it says nothing). CPU time must be
   counted across all of them, so spreading the loop over processes buys no extra time. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    int processes = 1;
    if (scanf("%d", &processes) != 1) processes = 1;
    for (int i = 1; i < processes; i++)
        if (fork() == 0) break;
    for (volatile unsigned long spins = 0;; spins++) {
    }
}
