import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** Integers in [0, 2^k): bit x % 64 of words[x / 64] is set when x is a member. */
    static final class BitSet {
        private final long[] words;

        BitSet(int k) {
            words = new long[((1 << k) + 63) / 64];
        }

        void add(int x) {
            words[x >> 6] |= 1L << x; // Java shifts a long by the low six bits of x only
        }

        void remove(int x) {
            words[x >> 6] &= ~(1L << x);
        }

        boolean has(int x) {
            return (words[x >> 6] >>> x & 1) != 0;
        }

        int count(int l, int r) {
            int first = l >> 6, last = r >> 6;
            long fromL = -1L << l, toR = -1L >>> (63 - (r & 63));
            if (first == last) return Long.bitCount(words[first] & fromL & toR);
            int total = Long.bitCount(words[first] & fromL) + Long.bitCount(words[last] & toR);
            for (int w = first + 1; w < last; w++) total += Long.bitCount(words[w]);
            return total;
        }

        /** The rest of x's own word, then whole words until one is not empty. */
        int next(int x) {
            int word = x >> 6;
            long rest = words[word] & (-1L << x);
            while (rest == 0 && word + 1 < words.length) rest = words[++word];
            return rest != 0 ? word * 64 + Long.numberOfTrailingZeros(rest) : -1;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        BitSet set = new BitSet(Integer.parseInt(first.nextToken()));
        int q = Integer.parseInt(first.nextToken());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String command = tokens.nextToken();
            int x = Integer.parseInt(tokens.nextToken());
            switch (command) {
                case "ADD" -> set.add(x);
                case "REMOVE" -> set.remove(x);
                case "HAS" -> out.append(set.has(x) ? "YES" : "NO").append('\n');
                case "COUNT" -> out.append(set.count(x, Integer.parseInt(tokens.nextToken()))).append('\n');
                default -> out.append(set.next(x)).append('\n');
            }
        }
        System.out.print(out);
    }
}
