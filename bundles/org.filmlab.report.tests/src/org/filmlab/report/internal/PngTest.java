// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngTest {

    @Test
    void imageIoReadsBackEveryPixel() throws IOException {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // Flat areas (as in charts) and noise, so both filter paths and wrap-around are exercised.
                image.setRGB(x, y, x < 18 ? 0x336699 : random.nextInt(1 << 24));
            }
        }
        byte[] png = Png.encode(image);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(image.getWidth(), back.getWidth());
        assertEquals(image.getHeight(), back.getHeight());
        int[] expected = image.getRGB(0, 0, 37, 23, null, 0, 37);
        int[] actual = back.getRGB(0, 0, 37, 23, null, 0, 37);
        assertArrayEquals(expected, actual);
        assertArrayEquals(png, Png.encode(image), "same pixels, same bytes");
    }

    /**
     * The filtered rows, inflated from the file, are the "Sub" filter of every pixel as ISO/IEC 15948
     * defines it, computed here channel by channel: runs of every length, pixels whose unused top byte
     * differs (the same colour to PNG), rows of one pixel, rows of ~3 kB.
     */
    @Test
    void filteredRowsAreTheSubFilterOfEveryPixel() throws IOException, DataFormatException {
        SplittableRandom random = new SplittableRandom(11);
        for (int[] size : new int[][] {{1, 5}, {2, 3}, {700, 130}, {1001, 70}}) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            int colour = 0;
            for (int i = 0; i < pixels.length; i++) {
                if (random.nextInt(12) == 0) {
                    colour = random.nextInt(4) == 0 ? 0 : random.nextInt(1 << 24);
                }
                pixels[i] = colour | (random.nextInt(3) == 0 ? random.nextInt(256) << 24 : 0);
            }
            assertArrayEquals(subFiltered(pixels, size[0], size[1]), inflatedImageData(Png.encode(image)),
                    size[0] + "x" + size[1]);
        }
    }

    private static byte[] subFiltered(int[] pixels, int w, int h) {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        for (int y = 0; y < h; y++) {
            rows.write(1);
            int left = 0;
            for (int x = 0; x < w; x++) {
                int p = pixels[y * w + x];
                for (int shift = 16; shift >= 0; shift -= 8) {
                    rows.write(((p >>> shift) & 0xff) - ((left >>> shift) & 0xff));
                }
                left = p;
            }
        }
        return rows.toByteArray();
    }

    private static byte[] inflatedImageData(byte[] png) throws DataFormatException {
        ByteBuffer file = ByteBuffer.wrap(png, 8, png.length - 8);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        while (file.hasRemaining()) {
            int length = file.getInt();
            byte[] type = new byte[4];
            file.get(type);
            byte[] data = new byte[length];
            file.get(data);
            file.getInt(); // CRC, checked by ImageIO in the test above
            if (new String(type, StandardCharsets.US_ASCII).equals("IDAT")) {
                idat.writeBytes(data);
            }
        }
        Inflater inflater = new Inflater();
        inflater.setInput(idat.toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        inflater.end();
        return out.toByteArray();
    }
}
