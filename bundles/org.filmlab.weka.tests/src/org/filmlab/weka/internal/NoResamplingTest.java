// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.filmlab.core.analysis.LabeledSamples;
import org.filmlab.testkit.Canonical;
import org.filmlab.testkit.ContractData;
import org.filmlab.testkit.ResamplerContract;
import org.junit.jupiter.api.Test;

class NoResamplingTest extends ResamplerContract<NoResampling> {

    @Override
    protected NoResampling contribution() {
        return new NoResampling();
    }

    @Override
    protected String id() {
        return "org.filmlab.weka.noResampling";
    }

    @Test
    void returnsACopyOfTheRowsAsTheyAre() {
        LabeledSamples in = ContractData.labeledConditions();
        LabeledSamples out = contribution().resample(in, contribution().parameters().defaults(), 1, null);
        assertEquals(Canonical.of(in), Canonical.of(out));
        assertNotSame(in.x()[0], out.x()[0], "rows must not be shared with the input");
    }
}
