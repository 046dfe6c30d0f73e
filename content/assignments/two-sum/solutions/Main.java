import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.HashMap;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        long target = Long.parseLong(tokens.nextToken());
        tokens = new StringTokenizer(in.readLine());
        // Scanning j upwards and remembering each value's first index yields the smallest j,
        // and for it the smallest i.
        HashMap<Long, Integer> firstIndex = new HashMap<>(2 * n);
        for (int j = 1; j <= n; j++) {
            long value = Long.parseLong(tokens.nextToken());
            Integer i = firstIndex.get(target - value);
            if (i != null) {
                System.out.println(i + " " + j);
                return;
            }
            firstIndex.putIfAbsent(value, j);
        }
        System.out.println(-1);
    }
}
