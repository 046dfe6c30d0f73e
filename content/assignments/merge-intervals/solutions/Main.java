import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        // Both ends fit in 31 bits, so one long per interval sorts by (l, r) at primitive speed.
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            long l = Long.parseLong(tokens.nextToken());
            long r = Long.parseLong(tokens.nextToken());
            packed[k] = (l << 31) | r;
        }
        Arrays.sort(packed);
        StringBuilder body = new StringBuilder();
        int count = 0;
        long curL = -1, curR = -1;
        for (long p : packed) {
            long l = p >>> 31, r = p & ((1L << 31) - 1);
            if (count > 0 && l <= curR) {
                curR = Math.max(curR, r);
            } else {
                if (count > 0) body.append(curL).append(' ').append(curR).append('\n');
                curL = l;
                curR = r;
                count++;
            }
        }
        body.append(curL).append(' ').append(curR).append('\n');
        System.out.print(count + "\n" + body);
    }
}
