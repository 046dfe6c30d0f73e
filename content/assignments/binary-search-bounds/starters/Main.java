import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** isCount[k]: COUNT a[k] b[k] (lo, hi); otherwise FIRST a[k] (x). */
    static long[] solve(long[] values, boolean[] isCount, long[] a, long[] b) {
        // TODO: the count in [lo, hi], or the first index with a value >= x (-1 if none)
        return new long[isCount.length];
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int q = Integer.parseInt(tokens.nextToken());
        long[] values = new long[n];
        tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) values[i] = Long.parseLong(tokens.nextToken());
        boolean[] isCount = new boolean[q];
        long[] a = new long[q], b = new long[q];
        for (int k = 0; k < q; k++) {
            tokens = new StringTokenizer(in.readLine());
            isCount[k] = tokens.nextToken().equals("COUNT");
            a[k] = Long.parseLong(tokens.nextToken());
            if (isCount[k]) b[k] = Long.parseLong(tokens.nextToken());
        }
        StringBuilder out = new StringBuilder();
        for (long answer : solve(values, isCount, a, b)) out.append(answer).append('\n');
        System.out.print(out);
    }
}
