package org.coursekit.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GenerateCourse <modules> <folder>}: writes a synthetic course ({@link SyntheticCourse}).
 * {@code GenerateCourse --corpus <corpus> <folder>}: writes the course of a corpus from {@code
 * scripts/gen-corpus.py} ({@link CorpusCourse}). The folder must not exist.
 */
public final class GenerateCourse {

  private GenerateCourse() {}

  public static void main(String[] args) throws Exception {
    boolean fromCorpus = args.length == 3 && args[0].equals("--corpus");
    if (args.length != 2 && !fromCorpus) {
      System.err.println("usage: GenerateCourse <modules> <folder>");
      System.err.println("       GenerateCourse --corpus <corpus> <folder>");
      System.exit(2);
    }
    Path folder = Path.of(args[args.length - 1]);
    if (Files.exists(folder)) {
      System.err.println(folder + " exists; choose a new folder");
      System.exit(2);
    }
    if (fromCorpus) {
      System.out.println(CorpusCourse.write(Path.of(args[1]), folder));
    } else {
      int modules = Integer.parseInt(args[0]);
      SyntheticCourse.write(folder, modules);
      System.out.println(modules + " modules written to " + folder);
    }
  }
}
