package org.coursekit.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * Times a cold run: milliseconds from JVM start, and the CPU time of the whole process (all
 * threads: JIT compiler and GC included), which stays meaningful on a busy machine.
 */
final class Timing {

  private Timing() {}

  static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  static long processCpuMillis() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
  }

  /** One result line the run script parses: {@code name key=value ...}. */
  static void print(String name, long mainEntered, long work, String details) {
    System.out.println(
        String.format(
            Locale.ROOT,
            "%s jvm_to_main_ms=%d work_ms=%d jvm_to_end_ms=%d process_cpu_ms=%d %s",
            name,
            mainEntered,
            work,
            sinceJvmStart(),
            processCpuMillis(),
            details));
  }
}
