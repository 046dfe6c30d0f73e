#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One due event; creation is the index of the command that made its timer, which breaks ties. */
typedef struct {
    long long time, period; /* period 0: a one-shot timer */
    int creation, id;
} Event;

static int earlier(Event a, Event b) { return a.time != b.time ? a.time < b.time : a.creation < b.creation; }

static Event *heap;
static int heap_size;

static void push(Event e) {
    int at = heap_size++;
    while (at > 0 && earlier(e, heap[(at - 1) / 2])) {
        heap[at] = heap[(at - 1) / 2];
        at = (at - 1) / 2;
    }
    heap[at] = e;
}

static Event pop(void) {
    Event top = heap[0], last = heap[--heap_size];
    int at = 0;
    for (;;) {
        int child = 2 * at + 1;
        if (child >= heap_size) break;
        if (child + 1 < heap_size && earlier(heap[child + 1], heap[child])) child++;
        if (!earlier(heap[child], last)) break;
        heap[at] = heap[child];
        at = child;
    }
    if (heap_size > 0) heap[at] = last;
    return top;
}

/* id -> creation of its active timer, or -1; open addressing, and ids are never removed. */
#define SLOTS (1 << 19)
static int slot_id[SLOTS], slot_creation[SLOTS];

static int *active(int id) {
    unsigned slot = ((unsigned)id * 2654435761u) >> (32 - 19); /* the high bits of a Knuth hash */
    while (slot_id[slot] != 0 && slot_id[slot] != id) slot = (slot + 1) & (SLOTS - 1);
    if (slot_id[slot] == 0) {
        slot_id[slot] = id;
        slot_creation[slot] = -1;
    }
    return &slot_creation[slot];
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    heap = malloc(sizeof(Event) * 400000);
    int pending = 0;
    char command[10];
    for (int creation = 0; creation < q; creation++) {
        if (scanf("%9s", command) != 1) return 1;
        if (strcmp(command, "SCHEDULE") == 0 || strcmp(command, "EVERY") == 0) {
            Event e = {0, 0, creation, 0};
            scanf("%d %lld", &e.id, &e.time);
            if (command[0] == 'E') scanf("%lld", &e.period);
            int *current = active(e.id);
            if (*current < 0) pending++;
            *current = creation; /* replaces any timer with this id */
            push(e);
        } else if (strcmp(command, "CANCEL") == 0) {
            int id;
            scanf("%d", &id);
            int *current = active(id);
            if (*current >= 0) pending--;
            *current = -1;
        } else {
            long long now;
            scanf("%lld", &now);
            while (heap_size > 0 && heap[0].time <= now) {
                Event e = pop();
                int *current = active(e.id);
                if (*current != e.creation) continue; /* cancelled or replaced */
                printf("%lld %d\n", e.time, e.id);
                if (e.period > 0) {
                    e.time += e.period;
                    push(e);
                } else {
                    *current = -1;
                    pending--;
                }
            }
        }
    }
    printf("PENDING %d\n", pending);
    free(heap);
    return 0;
}
