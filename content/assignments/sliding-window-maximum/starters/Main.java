import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** Returns, for the window starting at j, {its maximum, the leftmost index of it}. */
    static long[][] solve(long[] values, int k) {
        // TODO
        return new long[values.length - k + 1][2];
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int k = Integer.parseInt(tokens.nextToken());
        long[] values = new long[n];
        tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) values[i] = Long.parseLong(tokens.nextToken());
        StringBuilder out = new StringBuilder();
        for (long[] answer : solve(values, k)) out.append(answer[0]).append(' ').append(answer[1]).append('\n');
        System.out.print(out);
    }
}
