import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    static int solve(int amount, int[] coins) {
        // TODO: return the fewest coins that add up to amount, or -1 if none do.
        return -1;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int amount = Integer.parseInt(tokens.nextToken());
        tokens = new StringTokenizer(in.readLine());
        int[] coins = new int[n];
        for (int i = 0; i < n; i++) coins[i] = Integer.parseInt(tokens.nextToken());
        System.out.println(solve(amount, coins));
    }
}
