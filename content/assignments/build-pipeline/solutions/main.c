#include <stdio.h>
#include <stdlib.h>

/* A binary min-heap of (key, job) pairs: ready jobs use key = job, running jobs key = end time. */
typedef struct {
    long long key;
    int job;
} Entry;

typedef struct {
    Entry *items;
    int size;
} Heap;

static int less(Entry a, Entry b) { return a.key != b.key ? a.key < b.key : a.job < b.job; }

static void push(Heap *h, Entry e) {
    int i = h->size++;
    while (i > 0 && less(e, h->items[(i - 1) / 2])) {
        h->items[i] = h->items[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->items[i] = e;
}

static Entry pop(Heap *h) {
    Entry top = h->items[0], last = h->items[--h->size];
    int i = 0;
    for (;;) {
        int child = 2 * i + 1;
        if (child >= h->size) break;
        if (child + 1 < h->size && less(h->items[child + 1], h->items[child])) child++;
        if (!less(h->items[child], last)) break;
        h->items[i] = h->items[child];
        i = child;
    }
    if (h->size > 0) h->items[i] = last;
    return top;
}

int main(void) {
    int n, m, workers;
    if (scanf("%d %d %d", &n, &m, &workers) != 3) return 1;
    long long *duration = malloc(sizeof(long long) * (size_t)(n + 1));
    for (int i = 1; i <= n; i++) scanf("%lld", &duration[i]);
    /* Dependents as a compressed adjacency list: first[a] .. first[a + 1] - 1 in `dependents`. */
    int *from = malloc(sizeof(int) * (size_t)(m + 1)), *to = malloc(sizeof(int) * (size_t)(m + 1));
    int *first = calloc((size_t)(n + 2), sizeof(int)), *waiting_on = calloc((size_t)(n + 1), sizeof(int));
    for (int k = 0; k < m; k++) {
        scanf("%d %d", &from[k], &to[k]);
        first[from[k] + 1]++;
        waiting_on[to[k]]++;
    }
    for (int i = 1; i <= n + 1; i++) first[i] += first[i - 1];
    int *dependents = malloc(sizeof(int) * (size_t)(m + 1)), *filled = calloc((size_t)(n + 1), sizeof(int));
    for (int k = 0; k < m; k++) dependents[first[from[k]] + filled[from[k]]++] = to[k];

    Heap ready = {malloc(sizeof(Entry) * (size_t)n), 0}, running = {malloc(sizeof(Entry) * (size_t)n), 0};
    for (int job = 1; job <= n; job++) {
        if (waiting_on[job] == 0) push(&ready, (Entry){job, job});
    }
    long long *start = malloc(sizeof(long long) * (size_t)(n + 1));
    long long now = 0;
    int started = 0, free_workers = workers;
    for (;;) {
        while (free_workers > 0 && ready.size > 0) {
            int job = pop(&ready).job;
            start[job] = now;
            push(&running, (Entry){now + duration[job], job});
            started++;
            free_workers--;
        }
        if (running.size == 0) break;
        now = running.items[0].key;
        /* Every job ending now finishes before any worker is handed out again. */
        while (running.size > 0 && running.items[0].key == now) {
            int job = pop(&running).job;
            free_workers++;
            for (int k = first[job]; k < first[job + 1]; k++) {
                if (--waiting_on[dependents[k]] == 0) push(&ready, (Entry){dependents[k], dependents[k]});
            }
        }
    }
    if (started < n) {
        puts("CYCLE");
    } else {
        printf("%lld\n", now);
        for (int job = 1; job <= n; job++) printf("%lld%c", start[job], job == n ? '\n' : ' ');
    }
    free(duration), free(from), free(to), free(first), free(waiting_on), free(dependents), free(filled);
    free(ready.items), free(running.items), free(start);
    return 0;
}
