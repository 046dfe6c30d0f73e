#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int *parent, *size;

static int find(int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]]; /* path halving */
        x = parent[x];
    }
    return x;
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    parent = malloc(sizeof(int) * (size_t)(n + 1));
    size = malloc(sizeof(int) * (size_t)(n + 1));
    for (int k = 0; k <= n; k++) {
        parent[k] = k;
        size[k] = 1;
    }
    int components = n;
    char op[8];
    for (int i = 0; i < q; i++) {
        scanf("%7s", op);
        if (strcmp(op, "COUNT") == 0) {
            printf("%d\n", components);
            continue;
        }
        int a, b;
        scanf("%d %d", &a, &b);
        int ra = find(a), rb = find(b);
        if (strcmp(op, "QUERY") == 0) {
            puts(ra == rb ? "YES" : "NO");
        } else if (ra != rb) {
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra; /* the smaller tree goes under the larger */
            size[ra] += size[rb];
            components--;
        }
    }
    free(parent);
    free(size);
    return 0;
}
