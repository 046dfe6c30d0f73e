#include <stdio.h>
#include <stdlib.h>

typedef struct {
    char kind; /* 'L' (LINK), 'Q' (QUERY) or 'C' (COUNT) */
    int a, b;
} Operation;

/* For every operation i, sets answers[i]: for a QUERY 1 if connected and 0 if not, for a COUNT
   the number of components (LINKs need no answer). */
void solve(int n, const Operation *ops, int q, int *answers) {
    /* TODO */
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    Operation *ops = malloc(sizeof(Operation) * (size_t)q);
    int *answers = calloc((size_t)q, sizeof(int));
    char word[8];
    for (int i = 0; i < q; i++) {
        scanf("%7s", word);
        ops[i] = (Operation){word[0], 0, 0};
        if (word[0] != 'C') scanf("%d %d", &ops[i].a, &ops[i].b);
    }
    solve(n, ops, q, answers);
    for (int i = 0; i < q; i++) {
        if (ops[i].kind == 'Q') puts(answers[i] ? "YES" : "NO");
        if (ops[i].kind == 'C') printf("%d\n", answers[i]);
    }
    free(ops);
    free(answers);
    return 0;
}
