// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as PNG (ISO/IEC 15948) with one fixed row filter and fast deflate. ImageIO's
 * PNG writer tries every filter on every row and reads pixels through the generic raster API; with
 * JFR that was more than half of the report's rendering time, for files only a little smaller.
 * Charts are flat colour areas, which the "Sub" filter plus deflate compress well. Deterministic:
 * the same pixels give the same bytes.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte FILTER_SUB = 1;

    private Png() {
    }

    /** @param image a {@link BufferedImage#TYPE_INT_RGB} image */
    static byte[] encode(BufferedImage image) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("only TYPE_INT_RGB images are encoded here");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();

        ByteArrayOutputStream compressed = new ByteArrayOutputStream(w * h / 4);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * w];
            row[0] = FILTER_SUB;
            for (int y = 0; y < h; y++) {
                int prevR = 0;
                int prevG = 0;
                int prevB = 0;
                int base = y * w;
                for (int x = 0; x < w; x++) {
                    int p = pixels[base + x];
                    int r = (p >>> 16) & 0xff;
                    int g = (p >>> 8) & 0xff;
                    int b = p & 0xff;
                    row[1 + 3 * x] = (byte) (r - prevR);
                    row[2 + 3 * x] = (byte) (g - prevG);
                    row[3 + 3 * x] = (byte) (b - prevB);
                    prevR = r;
                    prevG = g;
                    prevB = b;
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.size() + 64);
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.writeByte(8); // bit depth
        hd.writeByte(2); // colour type: truecolour
        hd.writeByte(0); // deflate
        hd.writeByte(0); // adaptive filtering (per-row filter bytes)
        hd.writeByte(0); // no interlace
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
