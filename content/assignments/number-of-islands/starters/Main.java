import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** grid[r][c] is '#' for land and '.' for water. */
    static int solve(char[][] grid) {
        // TODO: count the islands.
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        char[][] grid = new char[n][];
        for (int r = 0; r < n; r++) grid[r] = in.readLine().trim().toCharArray();
        System.out.println(solve(grid));
    }
}
