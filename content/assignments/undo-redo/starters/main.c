#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char name[8]; /* TYPE, DELETE, UNDO, REDO or PRINT */
    char arg[104]; /* the string for TYPE, the number k for DELETE, "" otherwise */
} Command;

/* Runs the commands; for every PRINT, calls print_text with the current text. */
void solve(const Command *commands, int q, void (*print_text)(const char *text)) {
    /* TODO */
    for (int i = 0; i < q; i++) {
        if (strcmp(commands[i].name, "PRINT") == 0) print_text("");
    }
}

static void print_text(const char *text) { puts(text); }

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    Command *commands = malloc(sizeof(Command) * (size_t)q);
    for (int i = 0; i < q; i++) {
        scanf("%7s", commands[i].name);
        commands[i].arg[0] = '\0';
        if (strcmp(commands[i].name, "TYPE") == 0 || strcmp(commands[i].name, "DELETE") == 0) {
            scanf("%103s", commands[i].arg);
        }
    }
    solve(commands, q, print_text);
    free(commands);
    return 0;
}
