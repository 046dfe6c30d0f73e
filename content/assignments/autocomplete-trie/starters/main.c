#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int is_add;    /* 1: ADD text count; 0: QUERY text */
    char text[21]; /* the word or the prefix */
    long long count;
} Command;

/* Runs the commands. For every QUERY, calls answer with its (at most three) terms, most popular
 * first, ties alphabetical, and how many there are. */
void solve(const Command *commands, int q, void (*answer)(const char *const *terms, int count)) {
    /* TODO */
    for (int i = 0; i < q; i++) {
        if (!commands[i].is_add) answer(NULL, 0);
    }
}

static void print_answer(const char *const *terms, int count) {
    if (count == 0) printf("-");
    for (int j = 0; j < count; j++) printf(j ? " %s" : "%s", terms[j]);
    printf("\n");
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    Command *commands = malloc(sizeof(Command) * (size_t)q);
    char name[8];
    for (int i = 0; i < q; i++) {
        scanf("%7s %20s", name, commands[i].text);
        commands[i].is_add = strcmp(name, "ADD") == 0;
        commands[i].count = 0;
        if (commands[i].is_add) scanf("%lld", &commands[i].count);
    }
    solve(commands, q, print_answer);
    free(commands);
    return 0;
}
