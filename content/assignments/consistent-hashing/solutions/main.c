#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned long long u64;

/* FNV-1a 64, then the MurmurHash3 finalizer (fmix64). Unsigned arithmetic wraps modulo 2^64. */
static u64 ring_hash(const char *s) {
    u64 h = 14695981039346656037ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

#define TABLE_SIZE 65536 /* a power of two above twice the number of distinct node names */

typedef struct {
    char name[21];
    int on_ring;
} Node;

typedef struct {
    u64 h;
    int node, replica;
} Point;

static Node nodes[TABLE_SIZE / 2];
static int node_count, table[TABLE_SIZE]; /* open addressing: node index + 1, or 0 */
static Point *ring;
static int ring_size;
static u64 *key_hashes;
static int key_count;

static int node_id(const char *name) {
    for (u64 slot = ring_hash(name) & (TABLE_SIZE - 1);; slot = (slot + 1) & (TABLE_SIZE - 1)) {
        if (table[slot] == 0) {
            strcpy(nodes[node_count].name, name);
            table[slot] = ++node_count;
            return node_count - 1;
        }
        if (strcmp(nodes[table[slot] - 1].name, name) == 0) return table[slot] - 1;
    }
}

/* Ring order: hash, then node name, then replica number. */
static int point_cmp(const Point *a, const Point *b) {
    if (a->h != b->h) return a->h < b->h ? -1 : 1;
    int names = strcmp(nodes[a->node].name, nodes[b->node].name);
    return names != 0 ? names : a->replica - b->replica;
}

/* The first index whose point is not before `p` (all of it compared, or only the hash). */
static int lower_bound(const Point *p, int hash_only) {
    int lo = 0, hi = ring_size;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        int before = hash_only ? ring[mid].h < p->h : point_cmp(&ring[mid], p) < 0;
        if (before) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static int keys_up_to(u64 h) { /* tracked keys with hash <= h */
    int lo = 0, hi = key_count;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (key_hashes[mid] <= h) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Tracked keys owned by the point at index j: after its predecessor, up to it. */
static int owned_by(int j) {
    if (ring_size == 1) return key_count;
    if (j == 0) return keys_up_to(ring[0].h) + key_count - keys_up_to(ring[ring_size - 1].h);
    return keys_up_to(ring[j].h) - keys_up_to(ring[j - 1].h);
}

static int by_value(const void *x, const void *y) {
    u64 a = *(const u64 *)x, b = *(const u64 *)y;
    return (a > b) - (a < b);
}

int main(void) {
    int v, q;
    if (scanf("%d %d %d", &v, &key_count, &q) != 3) return 1;
    key_hashes = malloc(sizeof(u64) * (size_t)key_count);
    char word[32], name[32];
    for (int k = 0; k < key_count; k++) {
        scanf("%31s", word);
        key_hashes[k] = ring_hash(word);
    }
    qsort(key_hashes, (size_t)key_count, sizeof(u64), by_value);
    ring = malloc(sizeof(Point) * 20000);
    Point *points = malloc(sizeof(Point) * (size_t)v);
    for (int i = 0; i < q; i++) {
        scanf("%31s %31s", word, name);
        if (word[0] == 'L') {
            Point key = {ring_hash(name), 0, 0};
            if (ring_size == 0) puts("NONE");
            else puts(nodes[ring[lower_bound(&key, 1) % ring_size].node].name);
            continue;
        }
        int id = node_id(name);
        if ((word[0] == 'A') == nodes[id].on_ring) { /* already there, or not there to remove */
            puts("0");
            continue;
        }
        char label[48];
        for (int r = 0; r < v; r++) {
            snprintf(label, sizeof label, "%s#%d", name, r);
            points[r] = (Point){ring_hash(label), id, r};
        }
        int moved = 0;
        if (word[0] == 'A') {
            for (int r = 0; r < v; r++) {
                int j = lower_bound(&points[r], 0);
                memmove(&ring[j + 1], &ring[j], sizeof(Point) * (size_t)(ring_size - j));
                ring[j] = points[r];
                ring_size++;
            }
            /* The node was nowhere before, so every key it owns now has moved. */
            for (int r = 0; r < v; r++) moved += owned_by(lower_bound(&points[r], 0));
        } else {
            for (int r = 0; r < v; r++) moved += owned_by(lower_bound(&points[r], 0));
            for (int r = 0; r < v; r++) {
                int j = lower_bound(&points[r], 0);
                memmove(&ring[j], &ring[j + 1], sizeof(Point) * (size_t)(ring_size - j - 1));
                ring_size--;
            }
        }
        nodes[id].on_ring = word[0] == 'A';
        printf("%d\n", moved);
    }
    free(points);
    free(ring);
    free(key_hashes);
    return 0;
}
