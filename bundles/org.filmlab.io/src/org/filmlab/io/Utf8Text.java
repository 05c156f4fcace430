// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.filmlab.core.data.InputException;

/**
 * Reads a text file as UTF-8, strictly: a byte sequence that is not UTF-8 is an error at its line,
 * never a replacement character that would later look like a strange header or cell. A leading
 * byte order mark is dropped. Files that are plainly not text (a zip archive such as an .xlsx
 * workbook, or anything with NUL bytes) are refused with a message saying what they look like.
 * <p>
 * API for the importers of other bundles (the Weka bundle's ARFF importer reads its text here), so
 * that every text format FilmLab reads refuses the same wrong files with the same messages.
 * Clients may call this class; it is not meant to be subclassed.
 */
public final class Utf8Text {

    /** Data tables FilmLab analyses are small; a larger file is almost surely the wrong file. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final int SNIFF_BYTES = 8192;

    private Utf8Text() {
    }

    /** The name messages use for a file: its file name, not the absolute path. */
    public static String sourceName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * @param file the file to read
     * @param source the file name for messages
     * @param what the format expected, for messages ("CSV text")
     * @return the text, without byte order mark
     * @throws InputException if the file cannot be read, is empty, is binary or is not UTF-8
     */
    public static String read(Path file, String source, String what) throws InputException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw InputException.inFile(source, "the file has " + size + " bytes, more than the " + MAX_BYTES
                        + " a data table can reasonably have; is it the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.inFile(source, "no such file", e);
        } catch (IOException e) {
            throw InputException.inFile(source, "cannot read the file: " + e.getMessage(), e);
        }
        int start = hasBom(bytes) ? 3 : 0;
        if (isBlank(bytes, start)) {
            throw InputException.inFile(source, "the file is empty");
        }
        refuseBinary(bytes, source, what);
        return decode(bytes, start, source);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static boolean isBlank(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    private static void refuseBinary(byte[] b, String source, String what) throws InputException {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            throw InputException.inFile(source, "the file is a zip archive (an .xlsx workbook?), not " + what
                    + "; give it its real extension, or save it as " + what);
        }
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            throw InputException.inFile(source, "the file is UTF-16 text; save it as UTF-8");
        }
        int n = Math.min(b.length, SNIFF_BYTES);
        if (looksLikeUtf16(b, n)) {
            throw InputException.inFile(source, "the file is UTF-16 text without a byte order mark; save it as UTF-8");
        }
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                throw InputException.inFile(source, "the file holds binary data (a NUL byte at offset " + i
                        + "), not " + what + "; is it the right file?");
            }
        }
    }

    /**
     * UTF-16 of mostly Latin text has a NUL in the same half of nearly every byte pair and none in
     * the other; binary data does not keep to one half.
     */
    private static boolean looksLikeUtf16(byte[] b, int n) {
        int pairs = n / 2;
        if (pairs < 2) {
            return false;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            evenNuls += b[i] == 0 ? 1 : 0;
            oddNuls += b[i + 1] == 0 ? 1 : 0;
        }
        return evenNuls == 0 && oddNuls >= 0.9 * pairs || oddNuls == 0 && evenNuls >= 0.9 * pairs;
    }

    private static String decode(byte[] bytes, int start, String source) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                    line++;
                }
            }
            throw InputException.at(source, line, null, String.format("byte 0x%02X at offset %d is not UTF-8; save the"
                    + " file as UTF-8 (in a spreadsheet: CSV UTF-8)", bytes[offset] & 0xff, offset));
        }
        // UTF-8 never needs more chars than bytes, so the buffer cannot overflow.
        return out.flip().toString();
    }
}
