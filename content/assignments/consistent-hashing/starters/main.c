#include <stdio.h>
#include <stdlib.h>

typedef char Word[21];

typedef struct {
    Word command; /* ADD, REMOVE or LOOKUP */
    Word argument;
} Command;

/* Writes one answer per command into `answers`: for ADD and REMOVE the number of tracked keys
   that moved, for LOOKUP the owner's name or NONE. Use unsigned long long for the hashes. */
void solve(int v, Word *keys, int k, Command *commands, int q, Word *answers) {
    /* TODO */
}

int main(void) {
    int v, k, q;
    if (scanf("%d %d %d", &v, &k, &q) != 3) return 1;
    Word *keys = malloc(sizeof(Word) * (size_t)k);
    Command *commands = malloc(sizeof(Command) * (size_t)q);
    Word *answers = calloc((size_t)q, sizeof(Word));
    for (int i = 0; i < k; i++) scanf("%20s", keys[i]);
    for (int i = 0; i < q; i++) scanf("%20s %20s", commands[i].command, commands[i].argument);
    solve(v, keys, k, commands, q, answers);
    for (int i = 0; i < q; i++) puts(answers[i]);
    free(keys);
    free(commands);
    free(answers);
    return 0;
}
