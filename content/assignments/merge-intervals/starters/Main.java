import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    /** Each interval is {l, r}. Returns the merged intervals in increasing order of l. */
    static List<long[]> solve(long[][] intervals) {
        // TODO
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long[][] intervals = new long[n][];
        for (int k = 0; k < n; k++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            intervals[k] = new long[] {Long.parseLong(tokens.nextToken()), Long.parseLong(tokens.nextToken())};
        }
        List<long[]> merged = solve(intervals);
        StringBuilder out = new StringBuilder().append(merged.size()).append('\n');
        for (long[] iv : merged) out.append(iv[0]).append(' ').append(iv[1]).append('\n');
        System.out.print(out);
    }
}
