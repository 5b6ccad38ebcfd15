package org.motcua.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used during a phase, from {@code /proc} (Linux): by a process (the application), by a PostgreSQL
 * server (its postmaster with every backend, including backends that exited during the phase, whose time
 * the postmaster collected), by this JVM (the client), and by the whole machine (busy = everything but idle
 * and iowait, so other people's processes on a shared machine show up there and nowhere else).
 */
final class Cpu {

    /** USER_HZ: {@code /proc} counts in clock ticks of 1/100 s on every Linux the JDK runs on. */
    private static final double TICK_MS = 10;

    /** CPU times in ms at one instant; -1 when not measured. */
    record Snapshot(double process, double postgres, double self, double machineBusy, double machineTotal, String load) {

        Snapshot minus(Snapshot before) {
            return new Snapshot(
                    process < 0 ? -1 : process - before.process,
                    postgres < 0 ? -1 : postgres - before.postgres,
                    self - before.self,
                    machineBusy - before.machineBusy,
                    machineTotal - before.machineTotal,
                    before.load + " → " + load);
        }

        /** "ms of CPU per action" line; {@code processName} names {@link #process} (absent when -1). */
        String perAction(int actions, String processName, String selfName) {
            StringBuilder s = new StringBuilder("  CPU per action: ");
            double known = self;
            if (process >= 0) {
                s.append(String.format("%s %.2f ms, ", processName, process / actions));
                known += process;
            }
            if (postgres >= 0) {
                s.append(String.format("postgres %.2f ms, ", postgres / actions));
                known += postgres;
            }
            s.append(String.format(
                    "%s %.2f ms; machine busy %.2f ms (of which other processes %.2f ms), %.0f %% of %d cores%n",
                    selfName,
                    self / actions,
                    machineBusy / actions,
                    (machineBusy - known) / actions,
                    100 * machineBusy / machineTotal,
                    Runtime.getRuntime().availableProcessors()));
            s.append(String.format(
                    "  CPU seconds: %s%spostgres %.1f s, %s %.1f s, machine busy %.1f s; load average %s%n",
                    process >= 0 ? processName + " " : "",
                    process >= 0 ? String.format("%.1f s, ", process / 1000) : "",
                    postgres / 1000,
                    selfName,
                    self / 1000,
                    machineBusy / 1000,
                    load));
            return s.toString();
        }
    }

    private Cpu() {}

    /**
     * @param pid a process to measure (its threads), or -1
     * @param postmaster a PostgreSQL postmaster to measure with its children, or -1
     */
    static Snapshot take(long pid, long postmaster) throws IOException {
        double self = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e6;
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        // cpu user nice system idle iowait irq softirq steal ...
        long busy = 0;
        long total = 0;
        for (int i = 1; i < cpu.length && i <= 8; i++) {
            long v = Long.parseLong(cpu[i]);
            total += v;
            if (i != 4 && i != 5) {
                busy += v;
            }
        }
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        return new Snapshot(
                pid < 0 ? -1 : ticks(pid, false) * TICK_MS,
                postmaster < 0 ? -1 : tree(postmaster) * TICK_MS,
                self,
                busy * TICK_MS,
                total * TICK_MS,
                load);
    }

    /** The postmaster with its reaped children, plus its live children. */
    private static long tree(long postmaster) throws IOException {
        long sum = ticks(postmaster, true);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] f = fields(Long.parseLong(name));
                if (f != null && Long.parseLong(f[1]) == postmaster) {
                    sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        }
        return sum;
    }

    private static long ticks(long pid, boolean withChildren) {
        String[] f = fields(pid);
        if (f == null) {
            throw new IllegalStateException("no process " + pid);
        }
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    }

    /** /proc/pid/stat fields after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException gone) {
            return null;
        }
    }

    /** The postmaster's pid from its data directory ({@code postmaster.pid}, first line). */
    static long postmaster(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
    }
}
