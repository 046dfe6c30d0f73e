import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Main {
    private static final Pattern REQUEST_LINE = Pattern.compile("([A-Z]+) (/[\\x21-\\x7e]*) HTTP/1\\.1");
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Malformed: the server answers 400 and closes the connection. */
    static final class BadRequest extends Exception {
        BadRequest(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A connection's bytes as ISO-8859-1 text, one char per byte. */
    static final class Connection {
        final String stream;
        int pos;

        Connection(String stream) {
            this.stream = stream;
        }

        /** The next line without its LF (and a CR just before it). */
        String readLine() throws BadRequest {
            int end = stream.indexOf('\n', pos);
            if (end < 0) throw new BadRequest("incomplete request");
            String line = stream.substring(pos, end);
            pos = end + 1;
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }

        /** Skips the empty lines before a request line; false at the end of the connection. */
        boolean hasRequest() {
            while (stream.startsWith("\n", pos) || stream.startsWith("\r\n", pos)) pos = stream.indexOf('\n', pos) + 1;
            return pos < stream.length();
        }

        /** Appends the request's output lines once it has read all of it. */
        void readRequest(List<String> wanted, StringBuilder out) throws BadRequest {
            Matcher request = REQUEST_LINE.matcher(readLine());
            if (!request.matches()) throw new BadRequest("bad request line");
            Map<String, List<String>> fields = new HashMap<>();
            String length = null; // Content-Length without leading zeros
            for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                if (line.charAt(0) == ' ' || line.charAt(0) == '\t') throw new BadRequest("folded header");
                int colon = line.indexOf(':');
                if (colon < 0 || !NAME.matcher(line.substring(0, colon)).matches()) throw new BadRequest("bad header");
                String name = line.substring(0, colon).toLowerCase();
                String value = line.substring(colon + 1).strip();
                if (name.equals("content-length")) {
                    String stripped = value.replaceFirst("^0+", "");
                    if (!DIGITS.matcher(value).matches() || (length != null && !stripped.equals(length))) {
                        throw new BadRequest("bad content length");
                    }
                    length = stripped;
                }
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            // More than 18 digits is more than any connection holds (and more than fits in a long).
            long left = stream.length() - pos;
            long body = length == null || length.isEmpty() ? 0 : length.length() > 18 ? Long.MAX_VALUE : Long.parseLong(length);
            if (body > left) throw new BadRequest("incomplete request");
            pos += (int) body;
            out.append(request.group(1)).append(' ').append(request.group(2)).append(' ').append(body).append('\n');
            for (String name : wanted) {
                List<String> values = fields.get(name);
                if (values != null) out.append(name).append(": ").append(String.join(", ", values)).append('\n');
            }
        }
    }

    public static void main(String[] args) throws IOException, BadRequest {
        Connection input = new Connection(new String(System.in.readAllBytes(), StandardCharsets.ISO_8859_1));
        String[] first = input.readLine().trim().split("\\s+");
        List<String> wanted = new ArrayList<>();
        for (int i = 1; i < first.length; i++) wanted.add(first[i].toLowerCase());
        int connections = Integer.parseInt(input.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < connections; c++) {
            int size = Integer.parseInt(input.readLine().trim());
            Connection connection = new Connection(input.stream.substring(input.pos, input.pos + size));
            input.pos += size + 1; // the connection's bytes and the line feed after them
            try {
                while (connection.hasRequest()) connection.readRequest(wanted, out);
            } catch (BadRequest error) {
                out.append("400 ").append(error.getMessage()).append('\n');
            }
        }
        System.out.print(out);
    }
}
