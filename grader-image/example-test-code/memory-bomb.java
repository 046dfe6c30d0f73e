// Hoards 1 MiB arrays: the JVM's -Xmx turns this into an OutOfMemoryError, which the grader must
// report as memory_limit_exceeded rather than a crash.
import java.util.ArrayList;

public class MemoryBomb {
    public static void main(String[] args) {
        ArrayList<long[]> hoard = new ArrayList<>();
        for (;;) hoard.add(new long[1 << 17]);
    }
}
