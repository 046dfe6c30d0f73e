import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    /** Road k joins u[k] and v[k] with length w[k]. Returns the n shortest distances from junction 1 (-1 where unreachable). */
    static long[] solve(int n, int[] u, int[] v, long[] w) {
        // TODO
        long[] dist = new long[n];
        Arrays.fill(dist, -1);
        return dist;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int m = Integer.parseInt(tokens.nextToken());
        int[] u = new int[m], v = new int[m];
        long[] w = new long[m];
        for (int k = 0; k < m; k++) {
            tokens = new StringTokenizer(in.readLine());
            u[k] = Integer.parseInt(tokens.nextToken());
            v[k] = Integer.parseInt(tokens.nextToken());
            w[k] = Long.parseLong(tokens.nextToken());
        }
        long[] dist = solve(n, u, v, w);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < dist.length; i++) out.append(i > 0 ? " " : "").append(dist[i]);
        System.out.println(out);
    }
}
