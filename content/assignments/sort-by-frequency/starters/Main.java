import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** Returns the values reordered as the statement describes. */
    static long[] solve(long[] values) {
        // TODO
        return new long[0];
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        long[] values = new long[n];
        for (int i = 0; i < n; i++) values[i] = Long.parseLong(tokens.nextToken());
        long[] answer = solve(values);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < answer.length; i++) out.append(i > 0 ? " " : "").append(answer[i]);
        System.out.println(out);
    }
}
