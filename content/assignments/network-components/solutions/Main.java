import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

public class Main {
    /** Reads words and non-negative integers straight from the byte stream. */
    static final class Scanner {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int length, pos;

        Scanner(InputStream in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pos == length) {
                length = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (length <= 0) return -1;
            }
            return buffer[pos++];
        }

        private int skipSpaces() throws IOException {
            int c = read();
            while (c == ' ' || c == '\n' || c == '\r') c = read();
            return c;
        }

        /** The first letter of the next word; the rest of the word is skipped. */
        char wordInitial() throws IOException {
            int first = skipSpaces();
            int c = read();
            while (c > ' ') c = read();
            return (char) first;
        }

        int nextInt() throws IOException {
            int value = 0;
            for (int c = skipSpaces(); c >= '0' && c <= '9'; c = read()) value = value * 10 + (c - '0');
            return value;
        }
    }

    static int[] parent, size;

    static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }

    public static void main(String[] args) throws IOException {
        Scanner in = new Scanner(new DataInputStream(System.in));
        int n = in.nextInt(), q = in.nextInt();
        parent = new int[n + 1];
        size = new int[n + 1];
        for (int k = 0; k <= n; k++) {
            parent[k] = k;
            size[k] = 1;
        }
        int components = n;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            char op = in.wordInitial(); // LINK, QUERY or COUNT
            if (op == 'C') {
                out.append(components).append('\n');
                continue;
            }
            int ra = find(in.nextInt()), rb = find(in.nextInt());
            if (op == 'Q') {
                out.append(ra == rb ? "YES\n" : "NO\n");
            } else if (ra != rb) {
                if (size[ra] < size[rb]) {
                    int t = ra;
                    ra = rb;
                    rb = t;
                }
                parent[rb] = ra; // the smaller tree goes under the larger
                size[ra] += size[rb];
                components--;
            }
        }
        System.out.print(out);
    }
}
