#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char line[200005];
static char answer_buffer[32];

/* Writes the value of the expression in decimal, or OVERFLOW, or DIVISION BY ZERO, into answer.
   expression ends with a newline. */
void solve(const char *expression, char *answer) {
    /* TODO */
    strcpy(answer, "0");
}

int main(void) {
    if (!fgets(line, sizeof line, stdin)) return 1;
    int n = atoi(line);
    for (int i = 0; i < n; i++) {
        if (!fgets(line, sizeof line, stdin)) return 1;
        solve(line, answer_buffer);
        puts(answer_buffer);
    }
    return 0;
}
