#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Prints the justified lines of the `count` words, one per line. */
void solve(int width, char **words, int count) {
    /* TODO */
    for (int i = 0; i < count; i++) printf(i + 1 < count ? "%s " : "%s\n", words[i]);
}

int main(void) {
    size_t cap = 1 << 16, size = 0, got;
    char *input = malloc(cap);
    while ((got = fread(input + size, 1, cap - size - 1, stdin)) > 0) {
        size += got;
        if (size + 1 == cap) input = realloc(input, cap *= 2);
    }
    input[size] = '\0';
    char **words = malloc(sizeof(char *) * (size / 2 + 1));
    int count = 0;
    char *token = strtok(input, " \n\r");
    if (token == NULL) return 1;
    int width = atoi(token);
    while ((token = strtok(NULL, " \n\r")) != NULL) words[count++] = token;
    solve(width, words, count);
    free(words);
    free(input);
    return 0;
}
