#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* time is `at` for SCHEDULE and EVERY and `t` for ADVANCE; fields a command does not have are 0. */
typedef struct {
    char name[10];
    int id;
    long long time, period;
} Command;

/* Runs the commands; calls print_line with each line to print: "time id" for every event fired,
   then "PENDING k". */
void solve(const Command *commands, int q, void (*print_line)(const char *line)) {
    /* TODO */
    print_line("PENDING 0");
}

static void print_line(const char *line) { puts(line); }

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    Command *commands = calloc((size_t)q, sizeof(Command));
    for (int i = 0; i < q; i++) {
        Command *c = &commands[i];
        if (scanf("%9s", c->name) != 1) return 1;
        if (strcmp(c->name, "ADVANCE") == 0) {
            scanf("%lld", &c->time);
        } else if (strcmp(c->name, "CANCEL") == 0) {
            scanf("%d", &c->id);
        } else {
            scanf("%d %lld", &c->id, &c->time);
            if (strcmp(c->name, "EVERY") == 0) scanf("%lld", &c->period);
        }
    }
    solve(commands, q, print_line);
    free(commands);
    return 0;
}
