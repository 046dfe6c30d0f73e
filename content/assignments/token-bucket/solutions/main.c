#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS (1 << 19) /* a power of two, more than twice the largest number of clients */

/* Open addressing on the client's name; a slot is empty while its name is "". */
typedef struct {
    char name[21];
    long long held; /* thousandths of a token */
    long long last; /* time of the client's last request, in ms */
} Bucket;

static Bucket table[SLOTS];

static Bucket *find_or_add(const char *name, long long full, long long t) {
    unsigned long h = 1469598103934665603UL; /* FNV-1a */
    for (const char *c = name; *c; c++) h = (h ^ (unsigned char)*c) * 1099511628211UL;
    for (unsigned long slot = h & (SLOTS - 1);; slot = (slot + 1) & (SLOTS - 1)) {
        Bucket *b = &table[slot];
        if (b->name[0] == '\0') {
            /* A new client starts full at time 0, which is the same as full at its first request. */
            strcpy(b->name, name);
            b->held = full;
            b->last = t;
            return b;
        }
        if (strcmp(b->name, name) == 0) return b;
    }
}

int main(void) {
    long long capacity, rate;
    int n;
    if (scanf("%lld %lld %d", &capacity, &rate, &n) != 3) return 1;
    const long long full = 1000 * capacity;
    char name[21];
    for (int i = 0; i < n; i++) {
        long long t, cost;
        if (scanf("%lld %20s %lld", &t, name, &cost) != 3) return 1;
        Bucket *b = find_or_add(name, full, t);
        long long gap = t - b->last;
        /* rate * gap can pass 2^63; a gap longer than full / rate fills the bucket anyway. */
        long long held = full;
        if (gap <= full / rate && b->held + rate * gap < full) held = b->held + rate * gap;
        long long need = 1000 * cost;
        if (held >= need) {
            held -= need;
            printf("ALLOW %lld\n", held / 1000);
        } else {
            printf("DENY %lld\n", (need - held + rate - 1) / rate);
        }
        b->held = held;
        b->last = t;
    }
    return 0;
}
