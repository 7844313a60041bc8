package io.fascia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time used so far by the processes of the local stack, read from {@code /proc/<pid>/stat}
 * (utime + stime, in clock ticks of 1/100 s on Linux): a service or broker by the pid the launcher
 * keeps in its run directory, PostgreSQL as the sum of every {@code postgres} process (one per
 * connection, and the pools keep theirs open). Two readings around a run give the CPU it cost each
 * process, whatever else the machine is doing.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** Ticks so far, per name: each of {@code components} (as the launcher names them) and postgres. */
    static Map<String, Long> ticks(Path runDir, List<String> components) throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String component : components) {
            Optional<String> pid = launcherPid(runDir, component);
            if (pid.isPresent()) {
                ticks.put(component, ticksOf(pid.get()));
            }
        }
        ticks.put("postgres", ticksOfCommand("postgres"));
        return ticks;
    }

    /** The pid the launcher keeps for a component it started, if it is running. */
    static Optional<String> launcherPid(Path runDir, String component) throws IOException {
        Path pidFile = runDir.resolve("state").resolve(component + ".pid");
        return Files.exists(pidFile) ? Optional.of(Files.readString(pidFile).strip()) : Optional.empty();
    }

    /** Every process's directory under /proc, as they are now. */
    static List<Path> processes() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList();
        }
    }

    /** Ticks so far of every process running {@code command} (as /proc/PID/comm names it). */
    static long ticksOfCommand(String command) throws IOException {
        long sum = 0;
        for (Path process : processes()) {
            try {
                if (command.equals(Files.readString(process.resolve("comm")).strip())) {
                    sum += ticksOf(process.getFileName().toString());
                }
            } catch (IOException gone) {
                // The process ended while being read.
            }
        }
        return sum;
    }

    /**
     * Ticks so far of a launcher component's JIT compiler threads (HotSpot names them "C1 CompilerThread0",
     * "C2 CompilerThread1" and so on), summed over its threads as /proc/PID/task lists them now; 0 when it is
     * not running.
     */
    static long compilerTicks(Path runDir, String component) throws IOException {
        Optional<String> pid = launcherPid(runDir, component);
        if (pid.isEmpty()) {
            return 0;
        }
        long sum = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc", pid.get(), "task"))) {
            for (Path thread : threads.toList()) {
                try {
                    if (Files.readString(thread.resolve("comm")).strip().matches("C[12] CompilerThre.*")) {
                        sum += ticksOfStat(thread.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // The thread ended while being read (HotSpot stops idle compiler threads).
                }
            }
        }
        return sum;
    }

    /** Clock ticks as milliseconds of CPU. */
    static double ms(long ticks) {
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** Milliseconds of CPU per unit of work between two readings, per name. */
    static Map<String, Double> msPer(Map<String, Long> before, Map<String, Long> after, int units) {
        Map<String, Double> ms = new LinkedHashMap<>();
        after.forEach((name, ticks) -> ms.put(name, ms(ticks - before.getOrDefault(name, 0L)) / units));
        return ms;
    }

    /**
     * Busy ticks so far of the whole machine, all CPUs (the first line of /proc/stat: every column
     * but idle and iowait; guest time is already counted in user). With the ticks of the stack and
     * of the benchmark itself, the rest is what other work on a shared machine took meanwhile.
     */
    static long machineBusyTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int column = 1; column <= Math.min(8, cpu.length - 1); column++) {
            if (column != 4 && column != 5) {
                busy += Long.parseLong(cpu[column]);
            }
        }
        return busy;
    }

    /** Ticks so far of one process the caller started itself. */
    static long ticksOfPid(long pid) throws IOException {
        return ticksOf(Long.toString(pid));
    }

    /**
     * Ticks so far of this process's children that have ended and been waited for (cutime and
     * cstime of /proc/self/stat): a load generator it ran, such as wrk.
     */
    static long endedChildrenTicks() throws IOException {
        String[] fields = fieldsAfterCommand(Path.of("/proc/self/stat"));
        return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    private static long ticksOf(String pid) throws IOException {
        return ticksOfStat(Path.of("/proc", pid, "stat"));
    }

    private static long ticksOfStat(Path statFile) throws IOException {
        String[] fields = fieldsAfterCommand(statFile);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The fields after the command, which is in parentheses and may hold spaces: [0] is state, field 3. */
    private static String[] fieldsAfterCommand(Path statFile) throws IOException {
        String stat = Files.readString(statFile);
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}
