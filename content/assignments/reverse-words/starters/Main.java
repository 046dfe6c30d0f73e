import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    static List<String> solve(List<String> words) {
        // TODO: return the words in reverse order.
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine(), " ");
        List<String> words = new ArrayList<>();
        while (tokens.hasMoreTokens()) words.add(tokens.nextToken());
        System.out.println(String.join(" ", solve(words)));
    }
}
