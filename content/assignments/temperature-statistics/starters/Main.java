import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** Returns {minimum, maximum, average} of the readings. */
    static double[] solve(double[] readings) {
        // TODO
        return new double[] {0, 0, 0};
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        double[] readings = new double[n];
        for (int i = 0; i < n; i++) readings[i] = Double.parseDouble(tokens.nextToken());
        double[] answer = solve(readings);
        // Locale.ROOT: some locales would print a decimal comma.
        System.out.println(String.format(java.util.Locale.ROOT, "%.6f %.6f %.6f", answer[0], answer[1], answer[2]));
    }
}
