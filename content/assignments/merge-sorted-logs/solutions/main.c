#include <stdio.h>
#include <stdlib.h>

typedef struct {
    unsigned long long t;
    char message[21];
} Line;

static Line *lines;       /* all streams, one after another */
static int *next, *end;   /* per stream: its next unmerged line and one past its last */
static int *heap, heap_size;

/* The stream whose next line comes first: smaller timestamp, then smaller stream number. */
static int before(int a, int b) {
    unsigned long long ta = lines[next[a]].t, tb = lines[next[b]].t;
    return ta != tb ? ta < tb : a < b;
}

static void sift_down(int i) {
    for (;;) {
        int smallest = i, left = 2 * i + 1, right = left + 1;
        if (left < heap_size && before(heap[left], heap[smallest])) smallest = left;
        if (right < heap_size && before(heap[right], heap[smallest])) smallest = right;
        if (smallest == i) return;
        int t = heap[i];
        heap[i] = heap[smallest];
        heap[smallest] = t;
        i = smallest;
    }
}

int main(void) {
    int k;
    if (scanf("%d", &k) != 1) return 1;
    next = malloc(sizeof(int) * (size_t)k);
    end = malloc(sizeof(int) * (size_t)k);
    heap = malloc(sizeof(int) * (size_t)k);
    int total = 0, capacity = 1024;
    lines = malloc(sizeof(Line) * (size_t)capacity);
    for (int s = 0; s < k; s++) {
        int m;
        scanf("%d", &m);
        next[s] = total;
        if (total + m > capacity) {
            while (total + m > capacity) capacity *= 2;
            lines = realloc(lines, sizeof(Line) * (size_t)capacity);
        }
        for (int j = 0; j < m; j++, total++) scanf("%llu %20s", &lines[total].t, lines[total].message);
        end[s] = total;
        if (m > 0) heap[heap_size++] = s;
    }
    for (int i = heap_size / 2 - 1; i >= 0; i--) sift_down(i);
    while (heap_size > 0) {
        int s = heap[0];
        printf("%llu %d %s\n", lines[next[s]].t, s + 1, lines[next[s]].message);
        if (++next[s] == end[s]) heap[0] = heap[--heap_size];
        sift_down(0);
    }
    free(lines);
    free(next);
    free(end);
    free(heap);
    return 0;
}
