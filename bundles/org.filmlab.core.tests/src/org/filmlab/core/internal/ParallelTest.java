// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.filmlab.core.workflow.StepFailedException;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void resultsComeInPieceOrderWhateverFinishesFirst() {
        // Early pieces sleep longest, so on two or more cores they finish last.
        List<Integer> squares = Parallel.map("test", 12, null, (i, m) -> {
            sleep(3 * (12 - i));
            return i * i;
        });
        assertEquals(IntStream.range(0, 12).map(i -> i * i).boxed().toList(), squares);
    }

    @Test
    void theFailureOfAPieceIsTheFailureOfTheWholeAndStopsTheRest() {
        StepFailedException failure = new StepFailedException(Status.error("piece 3 failed"));
        AtomicInteger started = new AtomicInteger();
        StepFailedException thrown = assertThrows(StepFailedException.class, () -> Parallel.map("test", 1000, null,
                (i, m) -> {
                    started.incrementAndGet();
                    if (i == 3) {
                        throw failure;
                    }
                    sleep(1);
                    return i;
                }));
        assertSame(failure, thrown);
        assertTrue(started.get() < 1000, started.get() + " pieces started after piece 3 failed");
    }

    @Test
    void anErrorOfAPieceIsPassedOnAsItIs() {
        assertThrows(StackOverflowError.class, () -> Parallel.map("test", 4, null, (i, m) -> {
            if (i == 2) {
                throw new StackOverflowError();
            }
            return i;
        }));
    }

    @Test
    void cancellingTheMonitorReachesEveryPiece() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        AtomicInteger ran = new AtomicInteger();
        assertThrows(OperationCanceledException.class, () -> Parallel.map("test", 200, monitor, (i, m) -> {
            if (i == 5) {
                monitor.setCanceled(true);
            }
            if (m.isCanceled()) {
                throw new OperationCanceledException();
            }
            ran.incrementAndGet();
            return i;
        }));
        assertTrue(ran.get() < 200, ran.get() + " pieces ran past the cancel");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }
}
