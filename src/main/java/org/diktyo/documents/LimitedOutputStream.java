package org.diktyo.documents;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes through until a limit, then refuses: an upload cannot exceed what was allowed. */
class LimitedOutputStream extends FilterOutputStream {

    static final class TooLarge extends IOException {
        TooLarge() {
            super("limit exceeded", null);
        }
    }

    private long remaining;

    LimitedOutputStream(OutputStream out, long limit) {
        super(out);
        this.remaining = limit;
    }

    @Override
    public void write(int b) throws IOException {
        if (--remaining < 0) {
            throw new TooLarge();
        }
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        remaining -= len;
        if (remaining < 0) {
            throw new TooLarge();
        }
        out.write(b, off, len);
    }
}
