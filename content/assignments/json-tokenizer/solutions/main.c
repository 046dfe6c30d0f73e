#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *text;
static long n;
static char *token;    /* the output line of the token being read */
static long token_len;

static int is_digit(long i) { return i < n && text[i] >= '0' && text[i] <= '9'; }
static int is_hex(long i) { return i < n && strchr("0123456789abcdefABCDEF", text[i]) && text[i] != '\0'; }
static int is_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_punctuation(char c) { return c != '\0' && strchr("{}[]:,", c) != NULL; }

static long skip_digits(long i) {
    while (is_digit(i)) i++;
    return i;
}

static void append(const char *s, long len) {
    memcpy(token + token_len, s, (size_t)len);
    token_len += len;
}

static void append_canonical(unsigned code) {
    if (code == '"' || code == '\\') {
        token[token_len++] = '\\';
        token[token_len++] = (char)code;
    } else if (code >= 0x20 && code <= 0x7e) {
        token[token_len++] = (char)code;
    } else {
        token_len += sprintf(token + token_len, "\\u%04x", code);
    }
}

/* Reads the token at *pos into `token`; returns -1, or the position of the error. */
static long read_token(long *pos) {
    long i = *pos;
    char c = text[i];
    token_len = 0;
    if (is_punctuation(c)) {
        token[token_len++] = c;
        *pos = i + 1;
        return -1;
    }
    if (c == '"') {
        append("STRING \"", 8);
        for (i++;; ) {
            if (i >= n) return n;
            c = text[i];
            if (c == '"') break;
            if (c != '\\') {
                if (c < ' ') return i; /* a raw tab or line break */
                append_canonical((unsigned char)c);
                i++;
                continue;
            }
            const char *simple = i + 1 < n ? strchr("\"\\/bfnrt", text[i + 1]) : NULL;
            if (simple && *simple) {
                append_canonical((unsigned char)"\"\\/\b\f\n\r\t"[simple - "\"\\/bfnrt"]);
                i += 2;
            } else if (i + 1 < n && text[i + 1] == 'u') {
                for (long k = i + 2; k < i + 6; k++) {
                    if (!is_hex(k)) return k;
                }
                char digits[5] = {text[i + 2], text[i + 3], text[i + 4], text[i + 5], '\0'};
                append_canonical((unsigned)strtoul(digits, NULL, 16));
                i += 6;
            } else {
                return i + 1 < n ? i + 1 : n;
            }
        }
        token[token_len++] = '"';
        *pos = i + 1;
        return -1;
    }
    long start = i;
    if (c == 't' || c == 'f' || c == 'n') {
        const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
        for (long k = 0; word[k]; k++, i++) {
            if (i >= n || text[i] != word[k]) return i < n ? i : n;
        }
    } else if (c == '-' || is_digit(i)) {
        append("NUMBER ", 7);
        if (c == '-') i++;
        if (i < n && text[i] == '0') i++;
        else if (is_digit(i)) i = skip_digits(i);
        else return i;
        if (i < n && text[i] == '.') {
            if (!is_digit(i + 1)) return i + 1;
            i = skip_digits(i + 1);
        }
        if (i < n && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            if (i < n && (text[i] == '+' || text[i] == '-')) i++;
            if (!is_digit(i)) return i;
            i = skip_digits(i);
        }
    } else {
        return i;
    }
    /* A number or literal must be followed by whitespace, punctuation or the end. */
    if (i < n && !is_whitespace(text[i]) && !is_punctuation(text[i])) return i;
    append(text + start, i - start);
    *pos = i;
    return -1;
}

int main(void) {
    size_t cap = 1 << 20, len = 0, got;
    char *input = malloc(cap + 1);
    while ((got = fread(input + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) input = realloc(input, (cap *= 2) + 1);
    }
    input[len] = '\0';
    text = input;
    n = (long)len;
    token = malloc(6 * len + 16); /* an escape is written back in at most 6 bytes per input byte */
    for (long pos = 0;;) {
        while (pos < n && is_whitespace(text[pos])) pos++;
        if (pos == n) break;
        long error = read_token(&pos);
        if (error >= 0) {
            printf("ERROR %ld\n", error);
            break;
        }
        fwrite(token, 1, (size_t)token_len, stdout);
        putchar('\n');
    }
    return 0;
}
