package org.diktyo.platform;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work that the platform does by itself on someone's behalf (the demo's data, a job) runs as a
 * stated viewer, so that it passes the same rules as a person would: the use cases ask the
 * {@link ViewerResolver}, which answers this viewer first while the work runs on this thread.
 * Nothing a request sends can set it.
 */
public final class ActingAs {

    private static final ThreadLocal<Viewer> ACTING = new ThreadLocal<>();

    private ActingAs() {
    }

    public static <T> T run(Viewer viewer, Supplier<T> work) {
        Viewer before = ACTING.get();
        ACTING.set(viewer);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    /** The viewer this thread acts as, if it acts as one. */
    public static Optional<Viewer> current() {
        return Optional.ofNullable(ACTING.get());
    }
}
