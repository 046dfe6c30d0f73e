#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **words;
static int *lengths;

/* Prints words first..last-1 as one line: justified to `width`, or with single spaces. */
static void print_line(int first, int last, int width, int justify) {
    int gaps = last - first - 1, letters = 0;
    for (int i = first; i < last; i++) letters += lengths[i];
    int wide = 1, extra = 0;
    if (justify && gaps > 0) {
        wide = (width - letters) / gaps;
        extra = (width - letters) % gaps;
    }
    for (int i = first; i < last; i++) {
        fwrite(words[i], 1, (size_t)lengths[i], stdout);
        if (i + 1 < last) {
            for (int s = wide + (i - first < extra ? 1 : 0); s > 0; s--) putchar(' ');
        }
    }
    putchar('\n');
}

int main(void) {
    size_t cap = 1 << 16, size = 0, got;
    char *input = malloc(cap);
    while ((got = fread(input + size, 1, cap - size - 1, stdin)) > 0) {
        size += got;
        if (size + 1 == cap) input = realloc(input, cap *= 2);
    }
    input[size] = '\0';
    int width = 0, count = 0;
    words = malloc(sizeof(char *) * (size / 2 + 1));
    lengths = malloc(sizeof(int) * (size / 2 + 1));
    char *token = strtok(input, " \n\r");
    if (token == NULL) return 1;
    width = atoi(token);
    while ((token = strtok(NULL, " \n\r")) != NULL) {
        words[count] = token;
        lengths[count++] = (int)strlen(token);
    }
    int first = 0, length = 0; /* the current line: words first..i-1, single-spaced */
    for (int i = 0; i < count; i++) {
        if (i > first && length + 1 + lengths[i] > width) {
            print_line(first, i, width, 1);
            first = i;
            length = 0;
        }
        length += lengths[i] + (i > first ? 1 : 0);
    }
    print_line(first, count, width, 0);
    free(input);
    free(words);
    free(lengths);
    return 0;
}
