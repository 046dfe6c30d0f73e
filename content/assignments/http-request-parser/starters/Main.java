import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public class Main {
    /** Parses the requests of one connection (wanted holds the lowercase header names to report)
     *  and returns its output lines. The stream is ISO-8859-1 text: one char per byte. */
    static List<String> solve(List<String> wanted, String stream) {
        // TODO
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        String data = new String(System.in.readAllBytes(), StandardCharsets.ISO_8859_1);
        int pos = data.indexOf('\n') + 1;
        String[] first = data.substring(0, pos).trim().split("\\s+");
        List<String> wanted = new ArrayList<>();
        for (int i = 1; i < first.length; i++) wanted.add(first[i].toLowerCase());
        int end = data.indexOf('\n', pos);
        int connections = Integer.parseInt(data.substring(pos, end).trim());
        pos = end + 1;
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < connections; c++) {
            end = data.indexOf('\n', pos);
            int size = Integer.parseInt(data.substring(pos, end).trim());
            pos = end + 1;
            for (String line : solve(wanted, data.substring(pos, pos + size))) out.append(line).append('\n');
            pos += size + 1; // the connection's bytes and the line feed after them
        }
        System.out.print(out);
    }
}
