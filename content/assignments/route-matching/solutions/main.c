#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NODES 200000
#define SLOTS (1 << 19) /* a power of two, more than twice MAX_NODES */
#define MAX_SEGMENTS 101

/* A segment is a slice of the input. */
typedef struct {
    const char *text;
    int len;
} Slice;

/* Trie nodes by index: one child for every parameter, the first route that ends at a node and
   the first whose wildcard starts there (-1: none). Static children live in one hash table
   keyed by (parent, segment). */
static int param_child[MAX_NODES], end_route[MAX_NODES], wildcard_route[MAX_NODES];
static int node_count = 1;
static int slot_parent[SLOTS], slot_child[SLOTS];
static Slice slot_segment[SLOTS];

static unsigned long slot_of(int parent, Slice s) {
    unsigned long h = 1469598103934665603UL ^ (unsigned long)parent; /* FNV-1a */
    for (int i = 0; i < s.len; i++) h = (h ^ (unsigned char)s.text[i]) * 1099511628211UL;
    unsigned long slot = h & (SLOTS - 1);
    while (slot_child[slot] >= 0 && !(slot_parent[slot] == parent && slot_segment[slot].len == s.len &&
                                      memcmp(slot_segment[slot].text, s.text, (size_t)s.len) == 0)) {
        slot = (slot + 1) & (SLOTS - 1);
    }
    return slot;
}

static int new_node(void) {
    param_child[node_count] = end_route[node_count] = wildcard_route[node_count] = -1;
    return node_count++;
}

/* Splits a path into its segments; returns how many. */
static int split(const char *path, int len, Slice *segments) {
    int count = 0;
    for (int start = 1; start < len;) {
        int end = start;
        while (end < len && path[end] != '/') end++;
        segments[count++] = (Slice){path + start, end - start};
        start = end + 1;
    }
    return count;
}

static void insert(const Slice *segments, int count, int route) {
    int node = 0;
    for (int i = 0; i < count; i++) {
        Slice s = segments[i];
        if (s.text[0] == '*') {
            if (wildcard_route[node] < 0) wildcard_route[node] = route;
            return;
        }
        if (s.text[0] == ':') {
            if (param_child[node] < 0) param_child[node] = new_node();
            node = param_child[node];
            continue;
        }
        unsigned long slot = slot_of(node, s);
        if (slot_child[slot] < 0) {
            slot_parent[slot] = node;
            slot_segment[slot] = s;
            slot_child[slot] = new_node();
        }
        node = slot_child[slot];
    }
    if (end_route[node] < 0) end_route[node] = route;
}

/* The best route for path[i..] below node: static first, then parameter, then wildcard. */
static int match(int node, const Slice *path, int count, int i) {
    if (i == count) return end_route[node];
    int child = slot_child[slot_of(node, path[i])];
    if (child >= 0) {
        int found = match(child, path, count, i + 1);
        if (found >= 0) return found;
    }
    if (param_child[node] >= 0) {
        int found = match(param_child[node], path, count, i + 1);
        if (found >= 0) return found;
    }
    return wildcard_route[node];
}

/* Returns the next line of the input (without its newline) and advances *cursor past it. */
static Slice next_line(char **cursor) {
    char *start = *cursor, *end = strchr(start, '\n');
    if (!end) end = start + strlen(start);
    *cursor = *end ? end + 1 : end;
    while (end > start && (end[-1] == '\r' || end[-1] == ' ')) end--;
    return (Slice){start, (int)(end - start)};
}

int main(void) {
    size_t cap = 1 << 20, len = 0, got;
    char *input = malloc(cap + 1);
    while ((got = fread(input + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) input = realloc(input, (cap *= 2) + 1);
    }
    input[len] = '\0';
    char *cursor = input;
    memset(slot_child, -1, sizeof slot_child);
    param_child[0] = end_route[0] = wildcard_route[0] = -1;
    int n = atoi(next_line(&cursor).text);
    Slice *patterns = malloc(sizeof(Slice) * (size_t)n);
    Slice segments[MAX_SEGMENTS], path[MAX_SEGMENTS];
    for (int r = 0; r < n; r++) {
        patterns[r] = next_line(&cursor);
        insert(segments, split(patterns[r].text, patterns[r].len, segments), r);
    }
    int m = atoi(next_line(&cursor).text);
    for (int k = 0; k < m; k++) {
        Slice line = next_line(&cursor);
        int count = split(line.text, line.len, path);
        int route = match(0, path, count, 0);
        if (route < 0) {
            puts("404");
            continue;
        }
        Slice pattern = patterns[route];
        fwrite(pattern.text, 1, (size_t)pattern.len, stdout);
        int route_count = split(pattern.text, pattern.len, segments);
        for (int i = 0; i < route_count; i++) {
            char kind = segments[i].text[0];
            if (kind != ':' && kind != '*') continue;
            /* A wildcard's value runs from its first segment to the end of the path. */
            int value_len = kind == '*' ? (int)(line.text + line.len - path[i].text) : path[i].len;
            printf(" %.*s=%.*s", segments[i].len - 1, segments[i].text + 1, value_len, path[i].text);
        }
        putchar('\n');
    }
    return 0;
}
