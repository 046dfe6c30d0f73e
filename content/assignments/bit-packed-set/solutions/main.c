#include <stdio.h>
#include <string.h>

typedef unsigned long long Word;

static Word words[(1 << 16) / 64]; /* bit x % 64 of words[x / 64] is set when x is a member */

int main(void) {
    int k, q;
    if (scanf("%d %d", &k, &q) != 2) return 1;
    const int word_count = ((1 << k) + 63) / 64;
    char command[8];
    for (int i = 0; i < q; i++) {
        int x;
        if (scanf("%7s %d", command, &x) != 2) return 1;
        int word = x >> 6, bit = x & 63;
        if (strcmp(command, "ADD") == 0) {
            words[word] |= 1ULL << bit;
        } else if (strcmp(command, "REMOVE") == 0) {
            words[word] &= ~(1ULL << bit);
        } else if (strcmp(command, "HAS") == 0) {
            puts(words[word] >> bit & 1 ? "YES" : "NO");
        } else if (strcmp(command, "COUNT") == 0) {
            int r;
            if (scanf("%d", &r) != 1) return 1;
            int last = r >> 6;
            Word from_x = ~0ULL << bit, to_r = ~0ULL >> (63 - (r & 63));
            int count;
            if (word == last) {
                count = __builtin_popcountll(words[word] & from_x & to_r);
            } else {
                count = __builtin_popcountll(words[word] & from_x) + __builtin_popcountll(words[last] & to_r);
                for (int w = word + 1; w < last; w++) count += __builtin_popcountll(words[w]);
            }
            printf("%d\n", count);
        } else { /* NEXT: the rest of x's own word, then whole words until one is not empty */
            Word rest = words[word] & (~0ULL << bit);
            while (rest == 0 && word + 1 < word_count) rest = words[++word];
            printf("%d\n", rest ? word * 64 + __builtin_ctzll(rest) : -1);
        }
    }
    return 0;
}
