import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Comparator;
import java.util.HashMap;
import java.util.PriorityQueue;
import java.util.StringTokenizer;

public class Main {
    /** creation is the index of the command that made the timer, which breaks ties; period 0 is a one-shot timer. */
    record Event(long time, int creation, int id, long period) {}

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int q = Integer.parseInt(in.readLine().trim());
        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparingLong(Event::time).thenComparingInt(Event::creation));
        // An event is stale unless active.get(id) is still its creation.
        HashMap<Integer, Integer> active = new HashMap<>();
        StringBuilder out = new StringBuilder();
        for (int creation = 0; creation < q; creation++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            String command = tokens.nextToken();
            switch (command) {
                case "SCHEDULE", "EVERY" -> {
                    int id = Integer.parseInt(tokens.nextToken());
                    long at = Long.parseLong(tokens.nextToken());
                    long period = command.equals("EVERY") ? Long.parseLong(tokens.nextToken()) : 0;
                    active.put(id, creation); // replaces any timer with this id
                    events.add(new Event(at, creation, id, period));
                }
                case "CANCEL" -> active.remove(Integer.parseInt(tokens.nextToken()));
                default -> {
                    long now = Long.parseLong(tokens.nextToken());
                    while (!events.isEmpty() && events.peek().time() <= now) {
                        Event e = events.poll();
                        Integer current = active.get(e.id());
                        if (current == null || current != e.creation()) continue;
                        out.append(e.time()).append(' ').append(e.id()).append('\n');
                        if (e.period() > 0) events.add(new Event(e.time() + e.period(), e.creation(), e.id(), e.period()));
                        else active.remove(e.id());
                    }
                }
            }
        }
        out.append("PENDING ").append(active.size()).append('\n');
        System.out.print(out);
    }
}
