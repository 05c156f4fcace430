// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.filmlab.core.analysis.LabeledSamples;
import org.junit.jupiter.api.Test;

class NoResamplingTest extends ResamplerContract<NoResampling> {

    @Override
    NoResampling contribution() {
        return new NoResampling();
    }

    @Test
    void returnsACopyOfTheRowsAsTheyAre() {
        LabeledSamples in = WineSamples.sample();
        LabeledSamples out = contribution().resample(in, contribution().parameters().defaults(), 1, null);
        assertEquals(canonical(in), canonical(out));
        assertNotSame(in.x()[0], out.x()[0], "rows must not be shared with the input");
    }
}
