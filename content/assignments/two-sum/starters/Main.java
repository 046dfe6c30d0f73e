import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** Returns the 1-based pair {i, j} described in the statement, or null if there is none. */
    static int[] solve(long target, long[] a) {
        // TODO
        return null;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        long target = Long.parseLong(tokens.nextToken());
        tokens = new StringTokenizer(in.readLine());
        long[] a = new long[n];
        for (int k = 0; k < n; k++) a[k] = Long.parseLong(tokens.nextToken());
        int[] pair = solve(target, a);
        System.out.println(pair == null ? "-1" : pair[0] + " " + pair[1]);
    }
}
