#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char user[17];
    long long t;
} Event;

typedef struct {
    const char *user;
    long long start, end;
    int count;
} Session;

static int by_user_then_time(const void *x, const void *y) {
    const Event *a = x, *b = y;
    int users = strcmp(a->user, b->user);
    if (users != 0) return users;
    return (a->t > b->t) - (a->t < b->t);
}

int main(void) {
    int n;
    long long gap;
    if (scanf("%d %lld", &n, &gap) != 2) return 1;
    Event *events = malloc(sizeof(Event) * (size_t)n);
    for (int k = 0; k < n; k++) scanf("%lld %16s", &events[k].t, events[k].user);
    qsort(events, (size_t)n, sizeof(Event), by_user_then_time);
    Session *sessions = malloc(sizeof(Session) * (size_t)n);
    int count = 0;
    for (int k = 0; k < n; k++) {
        Session *last = count > 0 ? &sessions[count - 1] : NULL;
        /* t - end cannot overflow (0 <= end <= t); end + gap could. */
        if (last && strcmp(last->user, events[k].user) == 0 && events[k].t - last->end <= gap) {
            last->end = events[k].t;
            last->count++;
        } else {
            sessions[count++] = (Session){events[k].user, events[k].t, events[k].t, 1};
        }
    }
    printf("%d\n", count);
    for (int k = 0; k < count; k++) printf("%s %lld %lld %d\n", sessions[k].user, sessions[k].start, sessions[k].end, sessions[k].count);
    free(sessions);
    free(events);
    return 0;
}
