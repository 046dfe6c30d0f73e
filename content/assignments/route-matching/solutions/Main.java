import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.HashMap;
import java.util.Map;

public class Main {
    private static final class Node {
        final Map<String, Node> children = new HashMap<>(); // static segment -> child
        Node param; // one child for every parameter, whatever its name
        int end = -1; // the first route that ends here
        int wildcard = -1; // the first route whose wildcard starts here
    }

    private static String[] split(String path) {
        return path.equals("/") ? new String[0] : path.substring(1).split("/");
    }

    private static void insert(Node root, String[] segments, int route) {
        Node node = root;
        for (String segment : segments) {
            char kind = segment.charAt(0);
            if (kind == '*') {
                if (node.wildcard < 0) node.wildcard = route;
                return;
            }
            if (kind == ':') {
                if (node.param == null) node.param = new Node();
                node = node.param;
            } else {
                node = node.children.computeIfAbsent(segment, s -> new Node());
            }
        }
        if (node.end < 0) node.end = route;
    }

    /** The best route for path[i..] below node: static first, then parameter, then wildcard. */
    private static int match(Node node, String[] path, int i) {
        if (i == path.length) return node.end;
        Node child = node.children.get(path[i]);
        if (child != null) {
            int found = match(child, path, i + 1);
            if (found >= 0) return found;
        }
        if (node.param != null) {
            int found = match(node.param, path, i + 1);
            if (found >= 0) return found;
        }
        return node.wildcard;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        String[] patterns = new String[n];
        String[][] routeSegments = new String[n][];
        Node root = new Node();
        for (int r = 0; r < n; r++) {
            patterns[r] = in.readLine().trim();
            routeSegments[r] = split(patterns[r]);
            insert(root, routeSegments[r], r);
        }
        int m = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < m; k++) {
            String[] path = split(in.readLine().trim());
            int route = match(root, path, 0);
            if (route < 0) {
                out.append("404\n");
                continue;
            }
            out.append(patterns[route]);
            String[] segments = routeSegments[route];
            for (int i = 0; i < segments.length; i++) {
                char kind = segments[i].charAt(0);
                if (kind == ':') {
                    out.append(' ').append(segments[i], 1, segments[i].length()).append('=').append(path[i]);
                } else if (kind == '*') {
                    out.append(' ').append(segments[i], 1, segments[i].length()).append('=').append(path[i]);
                    for (int j = i + 1; j < path.length; j++) out.append('/').append(path[j]);
                }
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
