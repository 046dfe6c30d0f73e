import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int k = Integer.parseInt(tokens.nextToken());
        long[] values = new long[n];
        tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) values[i] = Long.parseLong(tokens.nextToken());
        // window[head..tail-1]: indices whose values strictly decrease. An equal value does not
        // push out an earlier index, so the front is always the leftmost maximum.
        int[] window = new int[n];
        int head = 0, tail = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            while (tail > head && values[window[tail - 1]] < values[i]) tail--;
            window[tail++] = i;
            if (window[head] <= i - k) head++;
            if (i >= k - 1) out.append(values[window[head]]).append(' ').append(window[head]).append('\n');
        }
        System.out.print(out);
    }
}
