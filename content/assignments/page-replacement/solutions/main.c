#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int compare_long(const void *x, const void *y) {
    long long a = *(const long long *)x, b = *(const long long *)y;
    return (a > b) - (a < b);
}

/* Loads are appended to a queue; the oldest load is evicted. */
static int fifo_faults(int frames, const int *page, int n, int distinct) {
    char *resident = calloc((size_t)distinct, 1);
    int *queue = malloc(sizeof(int) * (size_t)n);
    int head = 0, tail = 0, faults = 0;
    for (int i = 0; i < n; i++) {
        if (resident[page[i]]) continue;
        faults++;
        if (tail - head == frames) resident[queue[head++]] = 0;
        resident[page[i]] = 1;
        queue[tail++] = page[i];
    }
    free(resident);
    free(queue);
    return faults;
}

/* A doubly linked list in order of use, most recent after the sentinel `distinct`. */
static int lru_faults(int frames, const int *page, int n, int distinct) {
    int *prev = malloc(sizeof(int) * (size_t)(distinct + 1)), *next = malloc(sizeof(int) * (size_t)(distinct + 1));
    char *resident = calloc((size_t)distinct, 1);
    const int head = distinct;
    prev[head] = next[head] = head;
    int used = 0, faults = 0;
    for (int i = 0; i < n; i++) {
        int p = page[i];
        if (resident[p]) {
            next[prev[p]] = next[p];
            prev[next[p]] = prev[p];
        } else {
            faults++;
            if (used == frames) {
                int victim = prev[head];
                next[prev[victim]] = head;
                prev[head] = prev[victim];
                resident[victim] = 0;
            } else {
                used++;
            }
            resident[p] = 1;
        }
        next[p] = next[head];
        prev[p] = head;
        prev[next[head]] = p;
        next[head] = p;
    }
    free(prev);
    free(next);
    free(resident);
    return faults;
}

typedef struct {
    int use, page;
} Entry;

/* A max-heap of entries by next use. */
static void heap_push(Entry *heap, int *size, Entry entry) {
    int at = (*size)++;
    while (at > 0 && heap[(at - 1) / 2].use < entry.use) {
        heap[at] = heap[(at - 1) / 2];
        at = (at - 1) / 2;
    }
    heap[at] = entry;
}

static Entry heap_pop(Entry *heap, int *size) {
    Entry top = heap[0], last = heap[--*size];
    int at = 0;
    for (;;) {
        int child = 2 * at + 1;
        if (child >= *size) break;
        if (child + 1 < *size && heap[child + 1].use > heap[child].use) child++;
        if (heap[child].use <= last.use) break;
        heap[at] = heap[child];
        at = child;
    }
    if (*size > 0) heap[at] = last;
    return top;
}

/* Resident pages in a max-heap by next use; an entry is stale once its page's next use has moved on. */
static int opt_faults(int frames, const int *page, int n, int distinct) {
    int *next_use = malloc(sizeof(int) * (size_t)n), *seen = malloc(sizeof(int) * (size_t)distinct);
    int *resident_until = malloc(sizeof(int) * (size_t)distinct); /* -1 when not resident */
    for (int p = 0; p < distinct; p++) seen[p] = n, resident_until[p] = -1;
    for (int i = n - 1; i >= 0; i--) {
        next_use[i] = seen[page[i]];
        seen[page[i]] = i;
    }
    Entry *heap = malloc(sizeof(Entry) * (size_t)n);
    int size = 0, used = 0, faults = 0;
    for (int i = 0; i < n; i++) {
        if (resident_until[page[i]] < 0) {
            faults++;
            if (used == frames) {
                Entry victim;
                do victim = heap_pop(heap, &size);
                while (resident_until[victim.page] != victim.use);
                resident_until[victim.page] = -1;
            } else {
                used++;
            }
        }
        resident_until[page[i]] = next_use[i];
        heap_push(heap, &size, (Entry){next_use[i], page[i]});
    }
    free(next_use);
    free(seen);
    free(resident_until);
    free(heap);
    return faults;
}

int main(void) {
    int frames, n;
    if (scanf("%d %d", &frames, &n) != 2) return 1;
    long long *raw = malloc(sizeof(long long) * (size_t)n), *sorted = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld", &raw[i]);
    /* Page numbers go up to 10^9: renumber them 0..distinct-1 so arrays can be indexed by page. */
    memcpy(sorted, raw, sizeof(long long) * (size_t)n);
    qsort(sorted, (size_t)n, sizeof(long long), compare_long);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
        if (distinct == 0 || sorted[distinct - 1] != sorted[i]) sorted[distinct++] = sorted[i];
    }
    int *page = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) {
        page[i] = (int)((long long *)bsearch(&raw[i], sorted, (size_t)distinct, sizeof(long long), compare_long) - sorted);
    }
    printf("FIFO %d\n", fifo_faults(frames, page, n, distinct));
    printf("LRU %d\n", lru_faults(frames, page, n, distinct));
    printf("OPT %d\n", opt_faults(frames, page, n, distinct));
    free(raw);
    free(sorted);
    free(page);
    return 0;
}
