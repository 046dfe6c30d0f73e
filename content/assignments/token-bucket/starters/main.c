#include <stdio.h>
#include <stdlib.h>

typedef struct {
    long long t;
    char client[21];
    long long cost;
} Request;

/* value is the whole tokens left when allowed, the milliseconds to wait when denied. */
typedef struct {
    int allowed;
    long long value;
} Decision;

/* Writes one decision per request into decisions[0..n). */
void solve(long long capacity, long long rate, const Request *requests, int n, Decision *decisions) {
    /* TODO */
    for (int i = 0; i < n; i++) {
        decisions[i].allowed = 1;
        decisions[i].value = 0;
    }
}

int main(void) {
    long long capacity, rate;
    int n;
    if (scanf("%lld %lld %d", &capacity, &rate, &n) != 3) return 1;
    Request *requests = malloc(sizeof(Request) * (size_t)n);
    Decision *decisions = malloc(sizeof(Decision) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld %20s %lld", &requests[i].t, requests[i].client, &requests[i].cost);
    solve(capacity, rate, requests, n, decisions);
    for (int i = 0; i < n; i++) printf("%s %lld\n", decisions[i].allowed ? "ALLOW" : "DENY", decisions[i].value);
    free(requests);
    free(decisions);
    return 0;
}
