import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** First index whose value is >= v (strict = false) or > v (strict = true); n if there is none. */
    static int bound(long[] values, long v, boolean strict) {
        int lo = 0, hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < v || (strict && values[mid] == v)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int q = Integer.parseInt(tokens.nextToken());
        long[] values = new long[n];
        tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) values[i] = Long.parseLong(tokens.nextToken());
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < q; k++) {
            tokens = new StringTokenizer(in.readLine());
            if (tokens.nextToken().equals("COUNT")) {
                long lo = Long.parseLong(tokens.nextToken());
                long hi = Long.parseLong(tokens.nextToken());
                out.append(Math.max(0, bound(values, hi, true) - bound(values, lo, false))).append('\n');
            } else {
                int first = bound(values, Long.parseLong(tokens.nextToken()), false);
                out.append(first < n ? first : -1).append('\n');
            }
        }
        System.out.print(out);
    }
}
