#include <stdint.h>
#include <stdio.h>
#include <string.h>

static char stream[200001];
static uint64_t values[100000];

/* Writes the varint of value as uppercase hex into out (at most 20 digits and a NUL). */
static void encode(uint64_t value, char *out) {
    static const char digits[] = "0123456789ABCDEF";
    for (;;) {
        unsigned byte = value & 0x7F;
        value >>= 7;
        if (value) byte |= 0x80;
        *out++ = digits[byte >> 4];
        *out++ = digits[byte & 15];
        if (!value) break;
    }
    *out = '\0';
}

static int hex_digit(char c) { return c <= '9' ? c - '0' : c - 'A' + 10; }

/* Decodes every varint of the hex stream into values; returns how many, or -1 if invalid. */
static int decode(const char *hex) {
    int count = 0, shift = 0;
    uint64_t value = 0;
    for (size_t i = 0; hex[i]; i += 2) {
        unsigned byte = (unsigned)(hex_digit(hex[i]) << 4 | hex_digit(hex[i + 1]));
        /* The tenth byte holds bit 63 only: anything above 1 would need a 65th bit. */
        if (shift == 63 && byte > 1) return -1;
        value |= (uint64_t)(byte & 0x7F) << shift;
        if (byte & 0x80) {
            shift += 7;
        } else {
            values[count++] = value;
            value = 0;
            shift = 0;
        }
    }
    return shift == 0 ? count : -1;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    char command[16], encoded[21];
    for (int i = 0; i < q; i++) {
        if (scanf("%15s", command) != 1) return 1;
        if (strcmp(command, "ENCODE") == 0) {
            unsigned long long u;
            scanf("%llu", &u);
            encode(u, encoded);
            puts(encoded);
        } else if (strcmp(command, "ENCODE_ZIGZAG") == 0) {
            long long s;
            scanf("%lld", &s);
            /* Shift as unsigned: shifting a negative signed value left is undefined in C. */
            encode(((uint64_t)s << 1) ^ (uint64_t)(s >> 63), encoded);
            puts(encoded);
        } else {
            scanf("%200000s", stream);
            int count = decode(stream);
            if (count < 0) {
                puts("INVALID");
                continue;
            }
            int zigzag = strcmp(command, "DECODE_ZIGZAG") == 0;
            for (int k = 0; k < count; k++) {
                if (k > 0) putchar(' ');
                if (zigzag) {
                    printf("%lld", (long long)(values[k] >> 1) ^ -(long long)(values[k] & 1));
                } else {
                    printf("%llu", (unsigned long long)values[k]);
                }
            }
            putchar('\n');
        }
    }
    return 0;
}
