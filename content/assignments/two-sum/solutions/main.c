#include <stdio.h>
#include <stdlib.h>

/* Sort the values with their positions, then walk two pointers towards each other. Among all
 * pairs found we keep the one with the smallest j, then the smallest i. */
typedef struct {
    long long value;
    int index;
} Item;

static int by_value_then_index(const void *x, const void *y) {
    const Item *a = x, *b = y;
    if (a->value != b->value) return a->value < b->value ? -1 : 1;
    return a->index - b->index;
}

int main(void) {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 1;
    Item *items = malloc(sizeof(Item) * (size_t)n);
    for (int k = 0; k < n; k++) {
        scanf("%lld", &items[k].value);
        items[k].index = k + 1;
    }
    qsort(items, (size_t)n, sizeof(Item), by_value_then_index);
    int best_i = -1, best_j = -1;
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        long long sum = items[lo].value + items[hi].value;
        if (sum < target) {
            lo++;
        } else if (sum > target) {
            hi--;
        } else {
            /* Equal runs of the low and high value: every combination is a valid pair. */
            long long low_value = items[lo].value, high_value = items[hi].value;
            int lo_end = lo, hi_start = hi;
            while (lo_end + 1 <= hi && items[lo_end + 1].value == low_value) lo_end++;
            while (hi_start - 1 >= lo && items[hi_start - 1].value == high_value) hi_start--;
            if (low_value == high_value) {
                /* One run of equal values: the best pair is its two smallest positions. */
                int i = items[lo].index, j = items[lo + 1].index;
                if (best_j < 0 || j < best_j || (j == best_j && i < best_i)) best_i = i, best_j = j;
                break;
            }
            /* Smallest j is min over both runs' first positions paired with the other run. */
            int a = items[lo].index, b = items[hi_start].index;
            int i = a < b ? a : b, j = a < b ? b : a;
            if (best_j < 0 || j < best_j || (j == best_j && i < best_i)) best_i = i, best_j = j;
            lo = lo_end + 1;
            hi = hi_start - 1;
        }
    }
    if (best_j < 0) printf("-1\n");
    else printf("%d %d\n", best_i, best_j);
    free(items);
    return 0;
}
