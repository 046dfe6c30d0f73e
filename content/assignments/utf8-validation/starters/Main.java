import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** points when the sequence is well-formed (badOffset -1), otherwise where the first bad character starts. */
    record Decoded(int[] points, int badOffset) {}

    static Decoded solve(byte[] bytes) {
        // TODO
        return new Decoded(new int[0], 0);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int line = 0; line < n; line++) {
            String hex = in.readLine().trim();
            byte[] bytes = new byte[hex.length() / 2];
            for (int k = 0; k < bytes.length; k++) bytes[k] = (byte) Integer.parseInt(hex, 2 * k, 2 * k + 2, 16);
            Decoded decoded = solve(bytes);
            if (decoded.badOffset() >= 0) {
                out.append("INVALID ").append(decoded.badOffset()).append('\n');
                continue;
            }
            for (int k = 0; k < decoded.points().length; k++) {
                String digits = Integer.toHexString(decoded.points()[k]).toUpperCase();
                if (k > 0) out.append(' ');
                out.append("U+").append("0".repeat(Math.max(0, 4 - digits.length()))).append(digits);
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
