#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_WANTED 20

/* A slice of the input. */
typedef struct {
    const char *s;
    long len;
} Slice;

static int wanted_count;
static char wanted[MAX_WANTED][64];
/* For the current request: every value of each wanted header, joined with ", ". */
static char *joined[MAX_WANTED];
static long joined_len[MAX_WANTED];
static int seen[MAX_WANTED];

/* The next line of stream[*pos..end) without its LF (and a CR before it); 0 if no LF is left. */
static int read_line(const char *stream, long end, long *pos, Slice *line) {
    const char *lf = memchr(stream + *pos, '\n', (size_t)(end - *pos));
    if (!lf) return 0;
    line->s = stream + *pos;
    line->len = lf - line->s;
    if (line->len > 0 && line->s[line->len - 1] == '\r') line->len--;
    *pos = lf - stream + 1;
    return 1;
}

static int is_name_char(char c) { return isalnum((unsigned char)c) || (c != '\0' && strchr("!#$%&'*+-.^_`|~", c)); }

static int valid_request_line(Slice l, Slice *method, Slice *target) {
    const char *first = memchr(l.s, ' ', (size_t)l.len);
    if (!first) return 0;
    const char *second = memchr(first + 1, ' ', (size_t)(l.s + l.len - first - 1));
    if (!second) return 0;
    *method = (Slice){l.s, first - l.s};
    *target = (Slice){first + 1, second - first - 1};
    if (method->len == 0 || target->len == 0 || target->s[0] != '/') return 0;
    for (long i = 0; i < method->len; i++) if (method->s[i] < 'A' || method->s[i] > 'Z') return 0;
    for (long i = 0; i < target->len; i++) if (target->s[i] < 33 || target->s[i] > 126) return 0;
    return l.s + l.len - second - 1 == 8 && memcmp(second + 1, "HTTP/1.1", 8) == 0;
}

/* Parses the request at *pos; prints it and returns NULL, or returns why it is malformed. */
static const char *parse_request(const char *stream, long end, long *pos) {
    Slice line, method, target;
    if (!read_line(stream, end, pos, &line)) return "incomplete request";
    if (!valid_request_line(line, &method, &target)) return "bad request line";
    memset(seen, 0, sizeof seen);
    Slice length = {NULL, -1}; /* Content-Length digits without leading zeros */
    for (;;) {
        if (!read_line(stream, end, pos, &line)) return "incomplete request";
        if (line.len == 0) break;
        if (line.s[0] == ' ' || line.s[0] == '\t') return "folded header";
        const char *colon = memchr(line.s, ':', (size_t)line.len);
        long name_len = colon ? colon - line.s : 0;
        if (name_len == 0) return "bad header";
        for (long i = 0; i < name_len; i++) if (!is_name_char(line.s[i])) return "bad header";
        Slice value = {colon + 1, line.s + line.len - colon - 1};
        while (value.len > 0 && (value.s[0] == ' ' || value.s[0] == '\t')) value.s++, value.len--;
        while (value.len > 0 && (value.s[value.len - 1] == ' ' || value.s[value.len - 1] == '\t')) value.len--;
        if (name_len == 14 && strncasecmp(line.s, "content-length", 14) == 0) {
            if (value.len == 0) return "bad content length";
            for (long i = 0; i < value.len; i++) if (!isdigit((unsigned char)value.s[i])) return "bad content length";
            Slice digits = value;
            while (digits.len > 0 && digits.s[0] == '0') digits.s++, digits.len--;
            if (length.len >= 0 && (length.len != digits.len || memcmp(length.s, digits.s, (size_t)digits.len) != 0)) {
                return "bad content length";
            }
            length = digits;
        }
        for (int w = 0; w < wanted_count; w++) {
            if ((long)strlen(wanted[w]) != name_len || strncasecmp(line.s, wanted[w], (size_t)name_len) != 0) continue;
            if (seen[w]++) joined_len[w] += sprintf(joined[w] + joined_len[w], ", ");
            else joined_len[w] = 0;
            memcpy(joined[w] + joined_len[w], value.s, (size_t)value.len);
            joined_len[w] += value.len;
        }
    }
    /* More than 18 digits is more than any connection holds (and more than fits in 64 bits). */
    long long body = 0;
    if (length.len > 18) return "incomplete request";
    for (long i = 0; i < length.len; i++) body = body * 10 + (length.s[i] - '0');
    if (body > end - *pos) return "incomplete request";
    *pos += (long)body;
    printf("%.*s %.*s %lld\n", (int)method.len, method.s, (int)target.len, target.s, body);
    for (int w = 0; w < wanted_count; w++) {
        if (seen[w]) printf("%s: %.*s\n", wanted[w], (int)joined_len[w], joined[w]);
    }
    return NULL;
}

int main(void) {
    size_t cap = 1 << 20, len = 0, got;
    char *data = malloc(cap + 1);
    while ((got = fread(data + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) data = realloc(data, (cap *= 2) + 1);
    }
    data[len] = '\0';
    int offset;
    sscanf(data, "%d%n", &wanted_count, &offset);
    for (int w = 0; w < wanted_count; w++) {
        int used;
        sscanf(data + offset, "%63s%n", wanted[w], &used);
        offset += used;
        for (char *c = wanted[w]; *c; c++) *c = (char)tolower((unsigned char)*c);
        joined[w] = malloc(3 * len + 1); /* every value of a header, with ", " between */
    }
    long pos = 0;
    Slice line;
    read_line(data, (long)len, &pos, &line);
    read_line(data, (long)len, &pos, &line);
    int connections = atoi(line.s);
    for (int c = 0; c < connections; c++) {
        read_line(data, (long)len, &pos, &line);
        long size = atol(line.s), start = pos, end = pos + size;
        for (long at = start;;) {
            /* Empty lines before a request line are skipped. */
            for (;;) {
                if (at < end && data[at] == '\n') at++;
                else if (at + 1 < end && data[at] == '\r' && data[at + 1] == '\n') at += 2;
                else break;
            }
            if (at == end) break;
            const char *bad = parse_request(data, end, &at);
            if (bad) {
                printf("400 %s\n", bad);
                break;
            }
        }
        pos = end + 1; /* the connection's bytes and the line feed after them */
    }
    return 0;
}
