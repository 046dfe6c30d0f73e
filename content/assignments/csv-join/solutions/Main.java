import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    /** Reads one RFC 4180 row: unquoted fields run to the next comma; quoted ones to the closing quote. */
    static List<String> parseRow(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                StringBuilder value = new StringBuilder();
                for (i++;; i++) {
                    char c = line.charAt(i);
                    if (c != '"') {
                        value.append(c);
                    } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        i++;
                        break;
                    }
                }
                fields.add(value.toString());
            } else {
                int comma = line.indexOf(',', i);
                if (comma < 0) comma = line.length();
                fields.add(line.substring(i, comma));
                i = comma;
            }
            if (i >= line.length()) return fields;
            i++; // the comma
        }
    }

    static void appendRow(StringBuilder out, List<String> first, List<String> second) {
        boolean comma = false;
        for (List<String> part : List.of(first, second)) {
            for (String value : part) {
                if (comma) out.append(',');
                if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
                    out.append('"').append(value.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(value);
                }
                comma = true;
            }
        }
        out.append('\n');
    }

    static List<List<String>> readTable(BufferedReader in) throws IOException {
        int rows = Integer.parseInt(in.readLine().trim());
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r <= rows; r++) table.add(parseRow(in.readLine()));
        return table;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String[] first = in.readLine().trim().split(" ");
        List<List<String>> left = readTable(in), right = readTable(in);
        int li = left.get(0).indexOf(first[1]);
        int ri = right.get(0).indexOf(first[2]);

        Map<String, List<List<String>>> rowsByKey = new HashMap<>();
        for (List<String> row : right.subList(1, right.size())) {
            List<String> rest = new ArrayList<>(row);
            rest.remove(ri);
            rowsByKey.computeIfAbsent(row.get(ri), k -> new ArrayList<>()).add(rest);
        }
        List<String> rightHeader = new ArrayList<>(right.get(0));
        rightHeader.remove(ri);
        List<List<String>> unmatched = new ArrayList<>();
        if (first[0].equals("LEFT")) unmatched.add(Collections.nCopies(rightHeader.size(), ""));

        StringBuilder out = new StringBuilder();
        appendRow(out, left.get(0), rightHeader);
        for (List<String> row : left.subList(1, left.size())) {
            for (List<String> match : rowsByKey.getOrDefault(row.get(li), unmatched)) appendRow(out, row, match);
        }
        System.out.print(out);
    }
}
