#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS (1 << 17) /* a power of two, more than twice the most rows */

/* A decoded value: a slice of `pool`. */
typedef struct {
    long start, len;
} Value;

/* A table: rows * columns values, row 0 the header. */
typedef struct {
    int rows, columns;
    Value *values;
} Table;

static char *pool;
static long pool_len;

/* Reads one RFC 4180 row starting at *cursor into `out`; returns the number of fields and moves
   *cursor past the line. Unquoted fields run to the next comma, quoted ones to the closing quote. */
static int parse_row(char **cursor, Value *out) {
    char *c = *cursor;
    int count = 0;
    for (;;) {
        Value v = {pool_len, 0};
        if (*c == '"') {
            for (c++;; c++) {
                if (*c != '"') pool[pool_len++] = *c;
                else if (c[1] == '"') pool[pool_len++] = *c++;
                else { c++; break; }
            }
        } else {
            while (*c != ',' && *c != '\n' && *c != '\0') pool[pool_len++] = *c++;
        }
        v.len = pool_len - v.start;
        out[count++] = v;
        if (*c != ',') break;
        c++;
    }
    if (*c == '\n') c++;
    *cursor = c;
    return count;
}

static Table read_table(char **cursor) {
    Table t;
    t.rows = (int)strtol(*cursor, cursor, 10) + 1;
    while (**cursor != '\n') (*cursor)++;
    (*cursor)++;
    Value header[20];
    t.columns = parse_row(cursor, header);
    t.values = malloc(sizeof(Value) * (size_t)t.rows * (size_t)t.columns);
    memcpy(t.values, header, sizeof(Value) * (size_t)t.columns);
    for (int r = 1; r < t.rows; r++) parse_row(cursor, t.values + (size_t)r * (size_t)t.columns);
    return t;
}

static const Value *cell(const Table *t, int row, int column) { return &t->values[(size_t)row * (size_t)t->columns + (size_t)column]; }

static int same(const Value *a, const Value *b) {
    return a->len == b->len && memcmp(pool + a->start, pool + b->start, (size_t)a->len) == 0;
}

static int find_column(const Table *t, const char *name) {
    for (int j = 0; j < t->columns; j++) {
        const Value *v = cell(t, 0, j);
        if ((size_t)v->len == strlen(name) && memcmp(pool + v->start, name, (size_t)v->len) == 0) return j;
    }
    return -1;
}

static unsigned long hash_value(const Value *v) {
    unsigned long h = 1469598103934665603UL; /* FNV-1a */
    for (long i = 0; i < v->len; i++) h = (h ^ (unsigned char)pool[v->start + i]) * 1099511628211UL;
    return h & (SLOTS - 1);
}

static void put_value(const Value *v, int *first) {
    if (!*first) putchar(',');
    *first = 0;
    const char *s = pool + v->start;
    if (!memchr(s, ',', (size_t)v->len) && !memchr(s, '"', (size_t)v->len)) {
        fwrite(s, 1, (size_t)v->len, stdout);
        return;
    }
    putchar('"');
    for (long i = 0; i < v->len; i++) {
        if (s[i] == '"') putchar('"');
        putchar(s[i]);
    }
    putchar('"');
}

/* Prints the left row, then the right row without its key column (or empty values if right < 0). */
static void put_row(const Table *left, int l, const Table *right, int r, int right_key) {
    int first = 1;
    for (int j = 0; j < left->columns; j++) put_value(cell(left, l, j), &first);
    Value empty = {0, 0};
    for (int j = 0; j < right->columns; j++) {
        if (j != right_key) put_value(r < 0 ? &empty : cell(right, r, j), &first);
    }
    putchar('\n');
}

int main(void) {
    size_t cap = 1 << 20, len = 0, got;
    char *input = malloc(cap + 1);
    while ((got = fread(input + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) input = realloc(input, (cap *= 2) + 1);
    }
    input[len] = '\0';
    pool = malloc(len + 1);
    char join[8], left_name[256], right_name[256];
    int skip;
    if (sscanf(input, "%7s %255s %255s%n", join, left_name, right_name, &skip) != 3) return 1;
    char *cursor = strchr(input + skip, '\n') + 1;
    Table left = read_table(&cursor), right = read_table(&cursor);
    int li = find_column(&left, left_name), ri = find_column(&right, right_name);

    /* Hash join: a slot holds the first right row with its key; next_match chains the rest in order. */
    int *slot_row = malloc(sizeof(int) * SLOTS), *slot_last = malloc(sizeof(int) * SLOTS);
    int *next_match = malloc(sizeof(int) * (size_t)right.rows);
    memset(slot_row, -1, sizeof(int) * SLOTS);
    for (int r = 1; r < right.rows; r++) {
        const Value *key = cell(&right, r, ri);
        unsigned long s = hash_value(key);
        while (slot_row[s] >= 0 && !same(cell(&right, slot_row[s], ri), key)) s = (s + 1) & (SLOTS - 1);
        next_match[r] = -1;
        if (slot_row[s] < 0) slot_row[s] = r;
        else next_match[slot_last[s]] = r;
        slot_last[s] = r;
    }

    put_row(&left, 0, &right, 0, ri);
    for (int l = 1; l < left.rows; l++) {
        const Value *key = cell(&left, l, li);
        unsigned long s = hash_value(key);
        while (slot_row[s] >= 0 && !same(cell(&right, slot_row[s], ri), key)) s = (s + 1) & (SLOTS - 1);
        if (slot_row[s] < 0) {
            if (strcmp(join, "LEFT") == 0) put_row(&left, l, &right, -1, ri);
            continue;
        }
        for (int r = slot_row[s]; r >= 0; r = next_match[r]) put_row(&left, l, &right, r, ri);
    }
    return 0;
}
