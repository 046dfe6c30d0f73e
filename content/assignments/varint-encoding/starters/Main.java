import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /**
     * Returns the line to print for one command: the varint in hex for ENCODE and ENCODE_ZIGZAG,
     * the values separated by spaces (or INVALID) for DECODE and DECODE_ZIGZAG. argument is the
     * number or the hex stream as it was read.
     */
    static String solve(String command, String argument) {
        // TODO
        return "INVALID";
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            out.append(solve(tokens.nextToken(), tokens.nextToken())).append('\n');
        }
        System.out.print(out);
    }
}
