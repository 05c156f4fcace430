// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an RGB image as PNG (ISO/IEC 15948) with one fixed row filter and fast deflate. ImageIO's
 * PNG writer tries every filter on every row and reads pixels through the generic raster API; with
 * JFR that was more than half of the report's rendering time, for files only a little smaller.
 * Charts are flat colour areas, which the "Sub" filter plus deflate compress well. Deterministic:
 * the same pixels give the same bytes.
 * <p>
 * The filtered rows go to the deflater some 64 kB at a time and the file is assembled once, in an
 * array of its size: the report encodes 54 million pixels, and streams copying the compressed bytes
 * two or three times over were a fifth of its garbage.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte FILTER_SUB = 1;
    /** The high bit of each byte of a pixel (see filter). */
    private static final int HIGH_BITS = 0x80808080;
    /** Filtered bytes handed to the deflater at a time (whole rows, at least one). */
    private static final int BLOCK = 1 << 16;

    private Png() {
    }

    /** @param image a {@link BufferedImage#TYPE_INT_RGB} image whose rows lie one after another */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("only TYPE_INT_RGB images are encoded here");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] data = deflate(pixels, w, h);

        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(w).putInt(h);
        header.put((byte) 8); // bit depth
        header.put((byte) 2); // colour type: truecolour
        header.put((byte) 0); // deflate
        header.put((byte) 0); // adaptive filtering (per-row filter bytes)
        header.put((byte) 0); // no interlace
        ByteBuffer png = ByteBuffer.allocate(SIGNATURE.length + 12 + 13 + 12 + data.length + 12);
        png.put(SIGNATURE);
        chunk(png, "IHDR", header.array(), header.capacity());
        chunk(png, "IDAT", data, data.length);
        chunk(png, "IEND", new byte[0], 0);
        return png.array();
    }

    /** The zlib stream of the Sub-filtered rows. */
    private static byte[] deflate(int[] pixels, int w, int h) {
        int stride = 1 + 3 * w;
        int rowsPerBlock = Math.max(1, BLOCK / stride);
        byte[] rows = new byte[rowsPerBlock * stride];
        byte[] out = new byte[1 << 16];
        int written = 0;
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            for (int y = 0; y < h; y += rowsPerBlock) {
                int n = Math.min(rowsPerBlock, h - y);
                for (int r = 0; r < n; r++) {
                    filter(pixels, (y + r) * w, w, rows, r * stride);
                }
                deflater.setInput(rows, 0, n * stride);
                while (!deflater.needsInput()) {
                    out = room(out, written);
                    written += deflater.deflate(out, written, out.length - written);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                out = room(out, written);
                written += deflater.deflate(out, written, out.length - written);
            }
        } finally {
            deflater.end();
        }
        return Arrays.copyOf(out, written);
    }

    /**
     * Row {@code base / w} of the pixels, Sub-filtered, into {@code row} from {@code at}. The three
     * channels' differences come from one subtraction of whole pixels in which no borrow crosses
     * from one byte to the next ((a | H) - (b & ~H)) ^ ((a ^ ~b) & H), H the bytes' high bits:
     * reports run under C1 alone, which compiles the channel-by-channel form to twice the work,
     * and this loop was a fifth of the drawing threads' samples (bench/results/perf.md).
     */
    private static void filter(int[] pixels, int base, int w, byte[] row, int at) {
        row[at] = FILTER_SUB;
        int previous = 0;
        int o = at + 1;
        for (int x = base, end = base + w; x < end; x++) {
            int p = pixels[x];
            int d = ((p | HIGH_BITS) - (previous & ~HIGH_BITS)) ^ ((p ^ ~previous) & HIGH_BITS);
            row[o] = (byte) (d >>> 16);
            row[o + 1] = (byte) (d >>> 8);
            row[o + 2] = (byte) d;
            o += 3;
            previous = p;
        }
    }

    /** {@code out}, or a copy twice its size when fewer than 1 kB are free after {@code used}. */
    private static byte[] room(byte[] out, int used) {
        return out.length - used < 1024 ? Arrays.copyOf(out, out.length * 2) : out;
    }

    private static void chunk(ByteBuffer png, String type, byte[] data, int length) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        png.putInt(length);
        png.put(t);
        png.put(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        png.putInt((int) crc.getValue());
    }
}
