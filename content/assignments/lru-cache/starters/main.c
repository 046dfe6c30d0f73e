#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int is_get;          /* 1 for GET, 0 for PUT */
    long long key, value; /* value is 0 for GET */
} Command;

/* Runs the commands; calls print_line with each line to print: each GET's value or "-1", and
   "EVICT key" for each eviction. */
void solve(int capacity, const Command *commands, int q, void (*print_line)(const char *line)) {
    /* TODO */
    for (int i = 0; i < q; i++) {
        if (commands[i].is_get) print_line("-1");
    }
}

static void print_line(const char *line) { puts(line); }

int main(void) {
    int capacity, q;
    if (scanf("%d %d", &capacity, &q) != 2) return 1;
    Command *commands = malloc(sizeof(Command) * (size_t)q);
    char name[4];
    for (int i = 0; i < q; i++) {
        scanf("%3s %lld", name, &commands[i].key);
        commands[i].is_get = strcmp(name, "GET") == 0;
        commands[i].value = 0;
        if (!commands[i].is_get) scanf("%lld", &commands[i].value);
    }
    solve(capacity, commands, q, print_line);
    free(commands);
    return 0;
}
