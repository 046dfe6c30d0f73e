import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /**
     * Rule k says course before[k] comes before course after[k]. Returns the lexicographically
     * smallest valid order, or null if there is none.
     */
    static int[] solve(int n, int[] before, int[] after) {
        // TODO
        return null;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int m = Integer.parseInt(tokens.nextToken());
        int[] before = new int[m], after = new int[m];
        for (int k = 0; k < m; k++) {
            tokens = new StringTokenizer(in.readLine());
            before[k] = Integer.parseInt(tokens.nextToken());
            after[k] = Integer.parseInt(tokens.nextToken());
        }
        int[] order = solve(n, before, after);
        if (order == null) {
            System.out.println("IMPOSSIBLE");
            return;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < order.length; i++) out.append(i > 0 ? " " : "").append(order[i]);
        System.out.println(out);
    }
}
