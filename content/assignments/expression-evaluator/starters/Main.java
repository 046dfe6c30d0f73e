import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** Returns the value of the expression in decimal, or "OVERFLOW", or "DIVISION BY ZERO". */
    static String solve(String expression) {
        // TODO
        return "0";
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(solve(in.readLine())).append('\n');
        System.out.print(out);
    }
}
