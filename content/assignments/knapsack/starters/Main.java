import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.StringTokenizer;

public class Main {
    record Answer(long total, List<Integer> chosen) {}

    /**
     * Job i + 1 needs weight[i] GB and earns value[i]. Returns the maximum total credits and the
     * lexicographically smallest optimal list of job numbers, in increasing order.
     */
    static Answer solve(int capacity, int[] weight, long[] value) {
        // TODO
        return new Answer(0, new ArrayList<>());
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int capacity = Integer.parseInt(tokens.nextToken());
        int[] weight = new int[n];
        long[] value = new long[n];
        for (int i = 0; i < n; i++) {
            tokens = new StringTokenizer(in.readLine());
            weight[i] = Integer.parseInt(tokens.nextToken());
            value[i] = Long.parseLong(tokens.nextToken());
        }
        Answer answer = solve(capacity, weight, value);
        StringJoiner chosen = new StringJoiner(" ");
        for (int job : answer.chosen()) chosen.add(String.valueOf(job));
        System.out.print(answer.total() + " " + answer.chosen().size() + "\n" + chosen + "\n");
    }
}
