#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char name[8];
    int x, r; /* r is 0 unless the command is COUNT */
} Command;

/* Runs the commands on a set of integers in [0, 2^k); calls print_line with each answer of HAS
   ("YES"/"NO"), COUNT and NEXT, in order. */
void solve(int k, const Command *commands, int q, void (*print_line)(const char *line)) {
    /* TODO */
    for (int i = 0; i < q; i++) {
        if (strcmp(commands[i].name, "ADD") != 0 && strcmp(commands[i].name, "REMOVE") != 0) print_line("NO");
    }
}

static void print_line(const char *line) { puts(line); }

int main(void) {
    int k, q;
    if (scanf("%d %d", &k, &q) != 2) return 1;
    Command *commands = malloc(sizeof(Command) * (size_t)q);
    for (int i = 0; i < q; i++) {
        if (scanf("%7s %d", commands[i].name, &commands[i].x) != 2) return 1;
        commands[i].r = 0;
        if (strcmp(commands[i].name, "COUNT") == 0 && scanf("%d", &commands[i].r) != 1) return 1;
    }
    solve(k, commands, q, print_line);
    free(commands);
    return 0;
}
