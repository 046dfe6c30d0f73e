#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int fifo, lru, opt; /* page faults under each policy */
} Faults;

Faults solve(int frames, const long long *pages, int n) {
    /* TODO */
    Faults faults = {0, 0, 0};
    return faults;
}

int main(void) {
    int frames, n;
    if (scanf("%d %d", &frames, &n) != 2) return 1;
    long long *pages = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &pages[i]);
    Faults faults = solve(frames, pages, n);
    printf("FIFO %d\nLRU %d\nOPT %d\n", faults.fifo, faults.lru, faults.opt);
    free(pages);
    return 0;
}
