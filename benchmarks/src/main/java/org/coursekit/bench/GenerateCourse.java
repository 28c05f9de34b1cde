package org.coursekit.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GenerateCourse <modules> <folder>}: writes a synthetic course (the folder must not exist).
 */
public final class GenerateCourse {

  private GenerateCourse() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: GenerateCourse <modules> <folder>");
      System.exit(2);
    }
    int modules = Integer.parseInt(args[0]);
    Path folder = Path.of(args[1]);
    if (Files.exists(folder)) {
      System.err.println(folder + " exists; choose a new folder");
      System.exit(2);
    }
    SyntheticCourse.write(folder, modules);
    System.out.println(modules + " modules written to " + folder);
  }
}
