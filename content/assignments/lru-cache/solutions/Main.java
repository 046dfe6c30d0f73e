import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        int capacity = Integer.parseInt(first.nextToken());
        int q = Integer.parseInt(first.nextToken());
        // accessOrder = true: get and put move an entry to the end, so the first entry is the
        // least recently used.
        LinkedHashMap<Integer, Long> cache = new LinkedHashMap<>(capacity * 2, 0.75f, true);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String command = tokens.nextToken();
            int key = Integer.parseInt(tokens.nextToken());
            if (command.equals("GET")) {
                Long value = cache.get(key);
                out.append(value == null ? -1 : value).append('\n');
            } else {
                long value = Long.parseLong(tokens.nextToken());
                if (!cache.containsKey(key) && cache.size() == capacity) {
                    Iterator<Integer> eldest = cache.keySet().iterator();
                    out.append("EVICT ").append(eldest.next()).append('\n');
                    eldest.remove();
                }
                cache.put(key, value);
            }
        }
        System.out.print(out);
    }
}
