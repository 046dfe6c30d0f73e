#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int is_malloc;   /* 1 for MALLOC, 0 for FREE */
    long long value; /* the size for MALLOC, the address for FREE */
} Command;

/* Runs the commands on an arena of `arena` bytes; calls print_line with each line to print: one
   answer per command, then the USED, FREE and FRAGMENTATION lines. */
void solve(long long arena, const Command *commands, int q, void (*print_line)(const char *line)) {
    /* TODO */
    for (int i = 0; i < q; i++) print_line("NULL");
    print_line("USED 0 0");
    print_line("FREE 0 0 0");
    print_line("FRAGMENTATION 0");
}

static void print_line(const char *line) { puts(line); }

int main(void) {
    long long arena;
    int q;
    if (scanf("%lld %d", &arena, &q) != 2) return 1;
    Command *commands = malloc(sizeof(Command) * (size_t)q);
    char name[8];
    for (int i = 0; i < q; i++) {
        if (scanf("%7s %lld", name, &commands[i].value) != 2) return 1;
        commands[i].is_malloc = strcmp(name, "MALLOC") == 0;
    }
    solve(arena, commands, q, print_line);
    free(commands);
    return 0;
}
