import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

public class Main {
    /** left and right are the CSV lines of each table, header first. Returns the lines of the
     *  joined table, header first. */
    static List<String> solve(String join, String leftKey, String rightKey, List<String> left, List<String> right) {
        // TODO
        return new ArrayList<>();
    }

    static List<String> readTable(BufferedReader in) throws IOException {
        int rows = Integer.parseInt(in.readLine().trim());
        List<String> lines = new ArrayList<>();
        for (int r = 0; r <= rows; r++) lines.add(in.readLine());
        return lines;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String[] first = in.readLine().trim().split(" ");
        List<String> left = readTable(in);
        List<String> right = readTable(in);
        StringBuilder out = new StringBuilder();
        for (String line : solve(first[0], first[1], first[2], left, right)) out.append(line).append('\n');
        System.out.print(out);
    }
}
