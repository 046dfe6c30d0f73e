#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NODES 300001

/* A trie node. A term is identified by the node where it ends, which stores its text. */
typedef struct {
    int child[26];
    int top[3], top_count; /* the best terms below this node, best first */
    long long popularity;
    char *term;
} Node;

static Node *nodes;
static int node_count = 1;

static char *copy_of(const char *text) {
    size_t size = strlen(text) + 1;
    return memcpy(malloc(size), text, size);
}

static int better(int a, int b) {
    if (nodes[a].popularity != nodes[b].popularity) return nodes[a].popularity > nodes[b].popularity;
    return strcmp(nodes[a].term, nodes[b].term) < 0;
}

/* `term` just gained popularity: it can only move up in, or enter, this node's best three. */
static void update_top(Node *node, int term) {
    int kept = 0;
    for (int j = 0; j < node->top_count; j++) {
        if (node->top[j] != term) node->top[kept++] = node->top[j];
    }
    int at = kept;
    while (at > 0 && better(term, node->top[at - 1])) at--;
    if (at >= 3) {
        node->top_count = kept;
        return;
    }
    for (int j = (kept < 3 ? kept : 2); j > at; j--) node->top[j] = node->top[j - 1];
    node->top[at] = term;
    node->top_count = kept < 3 ? kept + 1 : 3;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    nodes = calloc(MAX_NODES, sizeof(Node));
    char command[8], text[32];
    for (int i = 0; i < q; i++) {
        scanf("%7s %31s", command, text);
        if (strcmp(command, "ADD") == 0) {
            long long count;
            scanf("%lld", &count);
            int at = 0;
            for (char *c = text; *c; c++) {
                int *next = &nodes[at].child[*c - 'a'];
                if (*next == 0) *next = node_count++;
                at = *next;
            }
            if (nodes[at].term == NULL) nodes[at].term = copy_of(text);
            nodes[at].popularity += count;
            int walk = 0;
            update_top(&nodes[walk], at);
            for (char *c = text; *c; c++) {
                walk = nodes[walk].child[*c - 'a'];
                update_top(&nodes[walk], at);
            }
        } else {
            int at = 0; /* the root is nobody's child, so 0 on the way down means "no such prefix" */
            for (char *c = text; *c; c++) {
                at = nodes[at].child[*c - 'a'];
                if (at == 0) break;
            }
            if (at == 0 || nodes[at].top_count == 0) {
                puts("-");
                continue;
            }
            for (int j = 0; j < nodes[at].top_count; j++) {
                printf(j ? " %s" : "%s", nodes[nodes[at].top[j]].term);
            }
            putchar('\n');
        }
    }
    return 0;
}
