#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int a, b, c;
} Spec;

/* The specificity of one selector. */
Spec specificity(const char *selector) {
    /* TODO */
    return (Spec){0, 0, 0};
}

/* Reorders the k matching rule numbers (1-based) of one element, winner first. */
void order_rules(const Spec *specs, int *rules, int k) {
    /* TODO */
}

int main(void) {
    char line[512];
    if (!fgets(line, sizeof line, stdin)) return 1;
    int n = atoi(line);
    Spec *specs = malloc(sizeof(Spec) * (size_t)n);
    for (int i = 0; i < n; i++) {
        if (!fgets(line, sizeof line, stdin)) return 1;
        line[strcspn(line, "\r\n")] = '\0';
        specs[i] = specificity(line);
        printf("%d %d %d\n", specs[i].a, specs[i].b, specs[i].c);
    }
    int q;
    if (scanf("%d", &q) != 1) return 1;
    int *rules = malloc(sizeof(int) * (size_t)n);
    for (int e = 0; e < q; e++) {
        int k;
        scanf("%d", &k);
        for (int j = 0; j < k; j++) scanf("%d", &rules[j]);
        order_rules(specs, rules, k);
        for (int j = 0; j < k; j++) printf(j ? " %d" : "%d", rules[j]);
        printf("\n");
    }
    free(specs);
    free(rules);
    return 0;
}
