import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** The specificity {a, b, c} of one selector. */
    static int[] specificity(String selector) {
        // TODO
        return new int[3];
    }

    /** Reorders the matching rule numbers (1-based) of one element, winner first. */
    static void orderRules(int[][] specs, int[] rules) {
        // TODO
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        int[][] specs = new int[n][];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            specs[i] = specificity(in.readLine().strip());
            out.append(specs[i][0]).append(' ').append(specs[i][1]).append(' ').append(specs[i][2]).append('\n');
        }
        int q = Integer.parseInt(in.readLine().trim());
        for (int e = 0; e < q; e++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            int[] rules = new int[Integer.parseInt(tokens.nextToken())];
            for (int j = 0; j < rules.length; j++) rules[j] = Integer.parseInt(tokens.nextToken());
            orderRules(specs, rules);
            for (int j = 0; j < rules.length; j++) out.append(j > 0 ? " " : "").append(rules[j]);
            out.append('\n');
        }
        System.out.print(out);
    }
}
