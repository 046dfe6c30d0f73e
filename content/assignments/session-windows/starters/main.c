#include <stdio.h>
#include <stdlib.h>

typedef struct {
    char user[17];
    long long t;
} Event;

typedef struct {
    char user[17];
    long long start, end;
    int count;
} Session;

/* Writes every session into `sessions`, ordered by user, then start; returns how many. */
int solve(Event *events, int n, long long gap, Session *sessions) {
    /* TODO */
    return 0;
}

int main(void) {
    int n;
    long long gap;
    if (scanf("%d %lld", &n, &gap) != 2) return 1;
    Event *events = malloc(sizeof(Event) * (size_t)n);
    Session *sessions = malloc(sizeof(Session) * (size_t)n);
    for (int k = 0; k < n; k++) scanf("%lld %16s", &events[k].t, events[k].user);
    int count = solve(events, n, gap, sessions);
    printf("%d\n", count);
    for (int k = 0; k < count; k++) printf("%s %lld %lld %d\n", sessions[k].user, sessions[k].start, sessions[k].end, sessions[k].count);
    free(events);
    free(sessions);
    return 0;
}
