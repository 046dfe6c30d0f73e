#include <stdio.h>
#include <string.h>

static char argument_buffer[200001];
static char line_buffer[2200000];

/* Writes the line to print for one command into line, without the newline: the varint in hex for
   ENCODE and ENCODE_ZIGZAG, the values separated by spaces (or INVALID) for DECODE and
   DECODE_ZIGZAG. argument is the number or the hex stream as it was read. */
void solve(const char *command, const char *argument, char *line) {
    /* TODO */
    strcpy(line, "INVALID");
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    char command[16];
    for (int i = 0; i < q; i++) {
        if (scanf("%15s %200000s", command, argument_buffer) != 2) return 1;
        solve(command, argument_buffer, line_buffer);
        puts(line_buffer);
    }
    return 0;
}
