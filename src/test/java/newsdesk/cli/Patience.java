package newsdesk.cli;

import java.time.Duration;

/**
 * How long a test waits for a child process to get somewhere, counted in the child's own processor time rather than
 * the wall clock: on a loaded machine a process is starved, not hung (at load 25, {@code serve} printed its first line
 * after 101 s of wall time and 5.9 s of processor time). Patience runs out once the process has used {@code budget}
 * of processor time since the wait began (it works without getting there), or has used less than
 * {@value #MIN_SHARE_PERCENT} % of {@code budget} in processor time during the last {@code budget} of wall time (it
 * is hung or blocked: an idle JVM uses far less). Without a process, or where the platform does not report
 * processor time, it is {@code budget} of wall time.
 */
final class Patience {

    static final int MIN_SHARE_PERCENT = 1;

    private final ProcessHandle process;
    private final long budgetNanos;
    private final long startCpu;
    private long markWall;
    private long markCpu;

    Patience(Process process, Duration budget) {
        this.process = process == null ? null : process.toHandle();
        this.budgetNanos = budget.toNanos();
        this.startCpu = cpu();
        this.markWall = System.nanoTime();
        this.markCpu = startCpu;
    }

    /** Why patience ran out, or null while it lasts. */
    String exhausted() {
        long now = System.nanoTime();
        long cpu = cpu();
        if (cpu < 0) {
            return now - markWall > budgetNanos ? "waited " + Duration.ofNanos(budgetNanos).toSeconds() + " s" : null;
        }
        if (cpu - startCpu > budgetNanos) {
            return "the process used " + seconds(cpu - startCpu) + " s of processor time without getting there";
        }
        if (cpu - markCpu >= budgetNanos / 100 * MIN_SHARE_PERCENT) {
            markWall = now;
            markCpu = cpu;
        } else if (now - markWall > budgetNanos) {
            return "the process used " + seconds(cpu - markCpu) + " s of processor time in the last "
                    + seconds(now - markWall) + " s: hung or blocked";
        }
        return null;
    }

    /** The process's processor time so far in nanoseconds, or -1 when unknown. */
    private long cpu() {
        if (process == null) {
            return -1;
        }
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
