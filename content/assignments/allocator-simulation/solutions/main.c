#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The arena is cut into 8-byte granules; blocks start and end on their edges. Segment tree:
   leaf size + g holds the length (in granules) of the free block starting at granule g, or 0,
   and every inner node the largest in its subtree, so the first fit is the leftmost leaf that
   is large enough. */
static int size;
static int *best;

static void set_free_length(int g, int length) {
    int node = size + g;
    best[node] = length;
    for (node /= 2; node >= 1; node /= 2) {
        int larger = best[2 * node] > best[2 * node + 1] ? best[2 * node] : best[2 * node + 1];
        if (best[node] == larger) break;
        best[node] = larger;
    }
}

static int first_fit(long long need) {
    if (best[1] < need) return -1;
    int node = 1;
    while (node < size) node = best[2 * node] >= need ? 2 * node : 2 * node + 1;
    return node - size;
}

int main(void) {
    long long arena;
    int q;
    if (scanf("%lld %d", &arena, &q) != 2) return 1;
    const int granules = (int)(arena / 8);
    for (size = 1; size < granules; size *= 2) {}
    best = calloc(2 * (size_t)size, sizeof(int));
    int *ends_at = malloc(sizeof(int) * (size_t)(granules + 1)); /* start of the free block ending here */
    int *allocated = calloc((size_t)granules, sizeof(int));      /* length of the block starting here */
    char *returned = calloc((size_t)granules, 1);                /* 1 once a MALLOC answered it */
    for (int g = 0; g <= granules; g++) ends_at[g] = -1;
    set_free_length(0, granules);
    ends_at[granules] = 0;
    long long used_granules = 0;
    int used_blocks = 0;
    char command[8];
    for (int i = 0; i < q; i++) {
        long long argument;
        if (scanf("%7s %lld", command, &argument) != 2) return 1;
        if (strcmp(command, "MALLOC") == 0) {
            /* Compare before rounding: argument + 7 overflows for the largest sizes. */
            int g = argument > 0 && argument <= arena ? first_fit((argument + 7) / 8) : -1;
            if (g < 0) {
                puts("NULL");
                continue;
            }
            int need = (int)((argument + 7) / 8), length = best[size + g];
            set_free_length(g, 0);
            ends_at[g + length] = -1;
            if (length > need) { /* the rest of the block stays free */
                set_free_length(g + need, length - need);
                ends_at[g + length] = g + need;
            }
            allocated[g] = need;
            returned[g] = 1;
            used_granules += need;
            used_blocks++;
            printf("%lld\n", 8LL * g);
            continue;
        }
        int aligned = argument % 8 == 0 && argument < arena;
        int g = aligned ? (int)(argument / 8) : 0;
        if (!aligned || allocated[g] == 0) {
            puts(aligned && returned[g] ? "DOUBLE FREE" : "INVALID FREE");
            continue;
        }
        int start = g, end = g + allocated[g];
        used_granules -= allocated[g];
        used_blocks--;
        allocated[g] = 0;
        if (end < granules && best[size + end] > 0) { /* merge with the free block that follows */
            int following = best[size + end];
            set_free_length(end, 0);
            end += following;
        }
        if (ends_at[start] >= 0) { /* merge with the free block that precedes */
            start = ends_at[g];
            ends_at[g] = -1;
        }
        set_free_length(start, end - start);
        ends_at[end] = start;
        puts("OK");
    }
    long long free_bytes = 0;
    int free_blocks = 0;
    for (int g = 0; g < granules; g++) {
        if (best[size + g] > 0) {
            free_bytes += 8LL * best[size + g];
            free_blocks++;
        }
    }
    long long largest = 8LL * best[1];
    printf("USED %lld %d\n", 8 * used_granules, used_blocks);
    printf("FREE %lld %d %lld\n", free_bytes, free_blocks, largest);
    printf("FRAGMENTATION %lld\n", free_bytes > 0 ? 100 * (free_bytes - largest) / free_bytes : 0);
    free(best);
    free(ends_at);
    free(allocated);
    free(returned);
    return 0;
}
