import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    /** name[i] is GET or PUT; value[i] is 0 for GET. Returns the lines to print: each GET's
     *  value or "-1", and "EVICT key" for each eviction. */
    static List<String> solve(int capacity, String[] name, int[] key, long[] value) {
        // TODO
        List<String> lines = new ArrayList<>();
        for (String n : name) if (n.equals("GET")) lines.add("-1");
        return lines;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        int capacity = Integer.parseInt(first.nextToken());
        int q = Integer.parseInt(first.nextToken());
        String[] name = new String[q];
        int[] key = new int[q];
        long[] value = new long[q];
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            name[i] = tokens.nextToken();
            key[i] = Integer.parseInt(tokens.nextToken());
            if (tokens.hasMoreTokens()) value[i] = Long.parseLong(tokens.nextToken());
        }
        StringBuilder out = new StringBuilder();
        for (String line : solve(capacity, name, key, value)) out.append(line).append('\n');
        System.out.print(out);
    }
}
