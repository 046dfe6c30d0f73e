#include <stdio.h>

static char hex[200001];
static unsigned char bytes[100000];
static unsigned points[100000];

/* How many bytes follow `lead`, and the allowed range of the first of them (RFC 3629); -1 if
   `lead` cannot start a character. Every later byte is in 80..BF. */
static int tail_length(unsigned lead, unsigned *low, unsigned *high) {
    *low = 0x80;
    *high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) return 1;
    if (lead == 0xE0) *low = 0xA0;  /* below A0 would be overlong */
    if (lead == 0xED) *high = 0x9F; /* above 9F would be a surrogate */
    if (lead >= 0xE0 && lead <= 0xEF) return 2;
    if (lead == 0xF0) *low = 0x90;  /* below 90 would be overlong */
    if (lead == 0xF4) *high = 0x8F; /* above 8F would be beyond U+10FFFF */
    if (lead >= 0xF0 && lead <= 0xF4) return 3;
    return -1;
}

/* If bytes[0..n) is well-formed, writes its code points, sets *count and returns -1; otherwise
   returns the offset where the first character that is not well-formed starts. */
static int decode(const unsigned char *bytes, int n, unsigned *points, int *count) {
    *count = 0;
    for (int i = 0; i < n;) {
        unsigned lead = bytes[i], low, high;
        if (lead < 0x80) {
            points[(*count)++] = lead;
            i++;
            continue;
        }
        int tail = tail_length(lead, &low, &high);
        if (tail < 0 || i + tail >= n) return i;
        unsigned point = lead & (0x3Fu >> tail);
        for (int k = 1; k <= tail; k++) {
            unsigned byte = bytes[i + k];
            if (byte < low || byte > high) return i;
            point = point << 6 | (byte & 0x3F);
            low = 0x80;
            high = 0xBF;
        }
        points[(*count)++] = point;
        i += 1 + tail;
    }
    return -1;
}

static unsigned hex_digit(char c) { return c <= '9' ? (unsigned)(c - '0') : (unsigned)(c - 'A' + 10); }

int main(void) {
    int lines;
    if (scanf("%d", &lines) != 1) return 1;
    for (int line = 0; line < lines; line++) {
        if (scanf("%200000s", hex) != 1) return 1;
        int n = 0;
        for (; hex[2 * n]; n++) bytes[n] = (unsigned char)(hex_digit(hex[2 * n]) << 4 | hex_digit(hex[2 * n + 1]));
        int count;
        int bad = decode(bytes, n, points, &count);
        if (bad >= 0) {
            printf("INVALID %d\n", bad);
            continue;
        }
        for (int k = 0; k < count; k++) printf(k > 0 ? " U+%04X" : "U+%04X", points[k]);
        putchar('\n');
    }
    return 0;
}
