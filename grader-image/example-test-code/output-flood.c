/* Prints forever to stdout, or to stderr if stdin says "stderr": the grader must keep only what
   it can use and stop the program, never buffer gigabytes of it. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char where[16] = "stdout";
    scanf("%15s", where); /* nothing on stdin: stdout */
    FILE *out = strcmp(where, "stderr") == 0 ? stderr : stdout;
    for (;;) fputs("All work and no play makes Jack a dull boy.\n", out);
}
