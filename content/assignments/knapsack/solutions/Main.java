import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringJoiner;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int capacity = Integer.parseInt(tokens.nextToken());
        int[] weight = new int[n];
        long[] value = new long[n];
        for (int i = 0; i < n; i++) {
            tokens = new StringTokenizer(in.readLine());
            weight[i] = Integer.parseInt(tokens.nextToken());
            value[i] = Long.parseLong(tokens.nextToken());
        }
        // best[i][c]: the most jobs i..n-1 can earn within c GB; best[n] is all zeros.
        long[][] best = new long[n + 1][capacity + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int c = 0; c <= capacity; c++) {
                best[i][c] = best[i + 1][c];
                if (weight[i] <= c) best[i][c] = Math.max(best[i][c], best[i + 1][c - weight[i]] + value[i]);
            }
        }
        // Taking each job, in order, whenever the rest can still reach the optimum gives the
        // lexicographically smallest optimal set.
        StringJoiner chosen = new StringJoiner(" ");
        int k = 0;
        for (int i = 0, c = capacity; i < n; i++) {
            if (weight[i] <= c && value[i] + best[i + 1][c - weight[i]] == best[i][c]) {
                chosen.add(String.valueOf(i + 1));
                k++;
                c -= weight[i];
            }
        }
        System.out.print(best[0][capacity] + " " + k + "\n" + chosen + "\n");
    }
}
