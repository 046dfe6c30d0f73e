#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* TYPE appended `chars`; DELETE removed them from the end. Either way `len` characters. */
typedef struct {
    int is_type;
    char *chars;
    int len;
} Edit;

static char *text;
static int text_len, text_cap;

static void append(const char *chars, int len) {
    if (text_len + len + 1 > text_cap) {
        while (text_len + len + 1 > text_cap) text_cap *= 2;
        text = realloc(text, (size_t)text_cap);
    }
    memcpy(text + text_len, chars, (size_t)len);
    text_len += len;
}

static void apply(const Edit *e) {
    if (e->is_type) append(e->chars, e->len);
    else text_len -= e->len;
}

static void revert(const Edit *e) {
    if (e->is_type) text_len -= e->len;
    else append(e->chars, e->len);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    text_cap = 1 << 16;
    text = malloc((size_t)text_cap);
    Edit *undo = malloc(sizeof(Edit) * (size_t)q), *redo = malloc(sizeof(Edit) * (size_t)q);
    int undo_top = 0, redo_top = 0;
    char command[8], arg[128];
    for (int i = 0; i < q; i++) {
        scanf("%7s", command);
        if (strcmp(command, "TYPE") == 0 || strcmp(command, "DELETE") == 0) {
            scanf("%127s", arg);
            Edit e = {command[0] == 'T', NULL, 0};
            if (e.is_type) {
                e.len = (int)strlen(arg);
            } else {
                long long k = atoll(arg);
                e.len = k < text_len ? (int)k : text_len;
            }
            e.chars = malloc((size_t)e.len + 1);
            memcpy(e.chars, e.is_type ? arg : text + text_len - e.len, (size_t)e.len);
            apply(&e);
            undo[undo_top++] = e;
            while (redo_top > 0) free(redo[--redo_top].chars);
        } else if (strcmp(command, "UNDO") == 0) {
            if (undo_top == 0) continue;
            revert(&undo[--undo_top]);
            redo[redo_top++] = undo[undo_top];
        } else if (strcmp(command, "REDO") == 0) {
            if (redo_top == 0) continue;
            apply(&redo[--redo_top]);
            undo[undo_top++] = redo[redo_top];
        } else {
            text[text_len] = '\0';
            puts(text);
        }
    }
    return 0;
}
