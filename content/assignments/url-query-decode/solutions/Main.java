import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Main {
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9a-fA-F]{2})");

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < q; k++) {
            String query = in.readLine().trim();
            Matcher bad = BAD_ESCAPE.matcher(query);
            if (bad.find()) {
                out.append("INVALID ").append(bad.start()).append('\n');
                continue;
            }
            // LinkedHashMap iterates in insertion order: the order of first appearance.
            Map<String, List<String>> valuesByName = new LinkedHashMap<>();
            int count = 0;
            for (String segment : query.split("&")) {
                if (segment.isEmpty()) continue;
                int eq = segment.indexOf('=');
                // URLDecoder turns '+' into a space and decodes the bytes as UTF-8.
                String name = URLDecoder.decode(eq < 0 ? segment : segment.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(segment.substring(eq + 1), StandardCharsets.UTF_8);
                valuesByName.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                count++;
            }
            out.append(count).append('\n');
            for (Map.Entry<String, List<String>> group : valuesByName.entrySet()) {
                for (String value : group.getValue()) out.append(group.getKey()).append('=').append(value).append('\n');
            }
        }
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        stdout.print(out);
        stdout.flush();
    }
}
