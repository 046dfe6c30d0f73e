#include <stdio.h>
#include <stdlib.h>

/* Stores the minimum, maximum and average of the readings. */
void solve(const double *readings, int n, double *low, double *high, double *average) {
    /* TODO */
    *low = *high = *average = 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    double *readings = malloc(sizeof(double) * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lf", &readings[i]);
    double low, high, average;
    solve(readings, n, &low, &high, &average);
    printf("%.6f %.6f %.6f\n", low, high, average);
    free(readings);
    return 0;
}
