#include <stdio.h>
#include <string.h>

#define MAX_LEN 100005

static char line[MAX_LEN + 2];
static char *words[MAX_LEN];

/* Fills `order` with the words to print, first to last; returns how many. */
int solve(char **words, int count, char **order) {
    /* TODO: put the words into `order` in reverse. */
    return 0;
}

int main(void) {
    if (!fgets(line, sizeof line, stdin)) return 1;
    int count = 0;
    for (char *word = strtok(line, " \r\n"); word; word = strtok(NULL, " \r\n")) words[count++] = word;
    static char *order[MAX_LEN];
    int printed = solve(words, count, order);
    for (int i = 0; i < printed; i++) printf(i ? " %s" : "%s", order[i]);
    printf("\n");
    return 0;
}
