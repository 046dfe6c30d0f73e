#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int a, b, c;
} Spec;

static const char *at; /* the parser's position in the current selector */

static int greater(Spec x, Spec y) {
    if (x.a != y.a) return x.a > y.a;
    if (x.b != y.b) return x.b > y.b;
    return x.c > y.c;
}

static Spec add(Spec x, Spec y) { return (Spec){x.a + y.a, x.b + y.b, x.c + y.c}; }

/* Skips a name and returns its length. */
static int skip_name(void) {
    const char *start = at;
    while (isalnum((unsigned char)*at) || *at == '-' || *at == '_') at++;
    return (int)(at - start);
}

static int is_name(const char *start, int length, const char *name) {
    return (int)strlen(name) == length && strncmp(start, name, (size_t)length) == 0;
}

static Spec selector_list(void);

static void skip_attribute(void) {
    char quote = 0;
    for (at++; quote || *at != ']'; at++) {
        if (quote && *at == quote) quote = 0;
        else if (!quote && (*at == '"' || *at == '\'')) quote = *at;
    }
    at++;
}

static Spec pseudo(void) {
    at++;
    if (*at == ':') {
        at++;
        skip_name();
        return (Spec){0, 0, 1};
    }
    const char *name = at;
    int length = skip_name();
    if (*at != '(') {
        int legacy = is_name(name, length, "before") || is_name(name, length, "after") ||
                     is_name(name, length, "first-line") || is_name(name, length, "first-letter");
        return legacy ? (Spec){0, 0, 1} : (Spec){0, 1, 0};
    }
    at++;
    if (is_name(name, length, "not") || is_name(name, length, "is") || is_name(name, length, "has") ||
        is_name(name, length, "where")) {
        Spec inner = selector_list();
        at++; /* the ')' */
        return is_name(name, length, "where") ? (Spec){0, 0, 0} : inner;
    }
    while (*at != ')') at++;
    at++;
    return (Spec){0, 1, 0};
}

static Spec selector(void) {
    Spec s = {0, 0, 0};
    for (;;) {
        char ch = *at;
        if (ch == ',' || ch == ')' || ch == '\0') return s;
        if (strchr(" >+~*", ch)) {
            at++;
        } else if (ch == '#' || ch == '.') {
            at++;
            skip_name();
            s = add(s, ch == '#' ? (Spec){1, 0, 0} : (Spec){0, 1, 0});
        } else if (ch == '[') {
            skip_attribute();
            s.b++;
        } else if (ch == ':') {
            s = add(s, pseudo());
        } else {
            skip_name();
            s.c++;
        }
    }
}

/* Selectors separated by commas, up to a ')' or the end: the most specific one. */
static Spec selector_list(void) {
    Spec best = selector();
    while (*at == ',') {
        at++;
        Spec next = selector();
        if (greater(next, best)) best = next;
    }
    return best;
}

static Spec *specs;

/* Winner first: higher specificity, then the later rule. */
static int by_cascade(const void *x, const void *y) {
    int r = *(const int *)x, s = *(const int *)y;
    if (greater(specs[r - 1], specs[s - 1])) return -1;
    if (greater(specs[s - 1], specs[r - 1])) return 1;
    return s - r;
}

int main(void) {
    char line[512];
    if (!fgets(line, sizeof line, stdin)) return 1;
    int n = atoi(line);
    specs = malloc(sizeof(Spec) * (size_t)n);
    for (int i = 0; i < n; i++) {
        if (!fgets(line, sizeof line, stdin)) return 1;
        line[strcspn(line, "\r\n")] = '\0';
        at = line;
        specs[i] = selector_list();
        printf("%d %d %d\n", specs[i].a, specs[i].b, specs[i].c);
    }
    int q;
    if (scanf("%d", &q) != 1) return 1;
    int *rules = malloc(sizeof(int) * (size_t)n);
    for (int e = 0; e < q; e++) {
        int k;
        scanf("%d", &k);
        for (int j = 0; j < k; j++) scanf("%d", &rules[j]);
        qsort(rules, (size_t)k, sizeof(int), by_cascade);
        for (int j = 0; j < k; j++) printf(j ? " %d" : "%d", rules[j]);
        printf("\n");
    }
    free(specs);
    free(rules);
    return 0;
}
