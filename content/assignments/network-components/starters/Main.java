import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** kind is 'L' (LINK), 'Q' (QUERY) or 'C' (COUNT). */
    record Operation(char kind, int a, int b) {}

    /** One answer per operation: for a QUERY 1 if connected and 0 if not, for a COUNT the number of components. */
    static int[] solve(int n, Operation[] ops) {
        // TODO
        return new int[ops.length];
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(first.nextToken()), q = Integer.parseInt(first.nextToken());
        Operation[] ops = new Operation[q];
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            char kind = tokens.nextToken().charAt(0);
            ops[i] = kind == 'C' ? new Operation(kind, 0, 0)
                : new Operation(kind, Integer.parseInt(tokens.nextToken()), Integer.parseInt(tokens.nextToken()));
        }
        int[] answers = solve(n, ops);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            if (ops[i].kind() == 'Q') out.append(answers[i] == 1 ? "YES" : "NO").append('\n');
            if (ops[i].kind() == 'C') out.append(answers[i]).append('\n');
        }
        System.out.print(out);
    }
}
