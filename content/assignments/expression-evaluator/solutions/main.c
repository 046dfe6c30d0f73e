#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

/* Recursive descent that evaluates as it parses, left operand first. Once a step fails, failure
   holds the answer and every function returns at once. */
static const char *at;
static const char *failure;

static void skip_spaces(void) {
    while (*at == ' ') at++;
}

static long long expression(void);

static long long primary(void) {
    skip_spaces();
    if (*at == '(') {
        at++;
        long long value = expression();
        if (failure) return 0;
        skip_spaces();
        at++; /* the closing parenthesis */
        return value;
    }
    long long value = 0;
    for (; *at >= '0' && *at <= '9'; at++) {
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, *at - '0', &value)) {
            failure = "OVERFLOW";
            return 0;
        }
    }
    return value;
}

static long long unary(void) {
    skip_spaces();
    if (*at != '-') return primary();
    at++;
    long long value = unary();
    if (failure) return 0;
    if (value == LLONG_MIN) {
        failure = "OVERFLOW";
        return 0;
    }
    return -value;
}

static long long term(void) {
    long long value = unary();
    while (!failure) {
        skip_spaces();
        char operator = *at;
        if (operator != '*' && operator != '/' && operator != '%') return value;
        at++;
        long long right = unary();
        if (failure) break;
        if (operator == '*') {
            if (__builtin_mul_overflow(value, right, &value)) failure = "OVERFLOW";
        } else if (right == 0) {
            failure = "DIVISION BY ZERO";
        } else if (value == LLONG_MIN && right == -1) {
            /* The quotient 2^63 does not fit; the remainder is 0, but x86 faults computing it. */
            if (operator == '/') failure = "OVERFLOW";
            else value = 0;
        } else {
            value = operator == '/' ? value / right : value % right;
        }
    }
    return 0;
}

static long long expression(void) {
    long long value = term();
    while (!failure) {
        skip_spaces();
        char operator = *at;
        if (operator != '+' && operator != '-') return value;
        at++;
        long long right = term();
        if (failure) break;
        if (operator == '+' ? __builtin_add_overflow(value, right, &value) : __builtin_sub_overflow(value, right, &value)) {
            failure = "OVERFLOW";
        }
    }
    return 0;
}

static char line[200005];

int main(void) {
    if (!fgets(line, sizeof line, stdin)) return 1;
    int n = atoi(line);
    for (int i = 0; i < n; i++) {
        if (!fgets(line, sizeof line, stdin)) return 1;
        at = line;
        failure = NULL;
        long long value = expression();
        if (failure) puts(failure);
        else printf("%lld\n", value);
    }
    return 0;
}
