#include <stdio.h>
#include <stdlib.h>

typedef struct {
    long long l, r;
} Interval;

static int by_start(const void *x, const void *y) {
    const Interval *a = x, *b = y;
    if (a->l != b->l) return a->l < b->l ? -1 : 1;
    return (a->r > b->r) - (a->r < b->r);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    Interval *items = malloc(sizeof(Interval) * (size_t)n);
    for (int k = 0; k < n; k++) scanf("%lld %lld", &items[k].l, &items[k].r);
    qsort(items, (size_t)n, sizeof(Interval), by_start);
    int count = 0;
    for (int k = 0; k < n; k++) {
        if (count > 0 && items[k].l <= items[count - 1].r) {
            if (items[k].r > items[count - 1].r) items[count - 1].r = items[k].r;
        } else {
            items[count++] = items[k];
        }
    }
    printf("%d\n", count);
    for (int k = 0; k < count; k++) printf("%lld %lld\n", items[k].l, items[k].r);
    free(items);
    return 0;
}
