#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE (-1)
#define BUCKETS (1 << 18) /* a power of two, more than twice the largest capacity */

/* Entries live in arrays and link by index: `prev`/`next` form the list in order of use (least
   recent at `head`), `chain` links the entries of one hash bucket. An evicted entry is reused. */
static long long *keys, *values;
static int *prev, *next, *chain;
static int bucket[BUCKETS];
static int head = NONE, tail = NONE, size = 0;

static unsigned hash_key(long long key) { return (unsigned)(((unsigned long long)key * 11400714819323198485ULL) >> 46); }

static int find(long long key) {
    int i = bucket[hash_key(key)];
    while (i != NONE && keys[i] != key) i = chain[i];
    return i;
}

static void unlink_entry(int i) {
    if (prev[i] == NONE) head = next[i]; else next[prev[i]] = next[i];
    if (next[i] == NONE) tail = prev[i]; else prev[next[i]] = prev[i];
}

static void push_back(int i) {
    prev[i] = tail;
    next[i] = NONE;
    if (tail == NONE) head = i; else next[tail] = i;
    tail = i;
}

static void remove_from_bucket(int i) {
    int *link = &bucket[hash_key(keys[i])];
    while (*link != i) link = &chain[*link];
    *link = chain[i];
}

static void add_to_bucket(int i) {
    unsigned b = hash_key(keys[i]);
    chain[i] = bucket[b];
    bucket[b] = i;
}

int main(void) {
    int capacity, q;
    if (scanf("%d %d", &capacity, &q) != 2) return 1;
    keys = malloc(sizeof(long long) * (size_t)capacity);
    values = malloc(sizeof(long long) * (size_t)capacity);
    prev = malloc(sizeof(int) * (size_t)capacity);
    next = malloc(sizeof(int) * (size_t)capacity);
    chain = malloc(sizeof(int) * (size_t)capacity);
    memset(bucket, NONE, sizeof bucket);
    char command[4];
    for (int k = 0; k < q; k++) {
        long long key, value;
        if (scanf("%3s %lld", command, &key) != 2) return 1;
        int i = find(key);
        if (strcmp(command, "GET") == 0) {
            if (i == NONE) {
                puts("-1");
                continue;
            }
            unlink_entry(i);
            push_back(i);
            printf("%lld\n", values[i]);
            continue;
        }
        if (scanf("%lld", &value) != 1) return 1;
        if (i != NONE) {
            unlink_entry(i);
        } else if (size < capacity) {
            i = size++;
            keys[i] = key;
            add_to_bucket(i);
        } else {
            i = head;
            printf("EVICT %lld\n", keys[i]);
            unlink_entry(i);
            remove_from_bucket(i);
            keys[i] = key;
            add_to_bucket(i);
        }
        values[i] = value;
        push_back(i);
    }
    return 0;
}
