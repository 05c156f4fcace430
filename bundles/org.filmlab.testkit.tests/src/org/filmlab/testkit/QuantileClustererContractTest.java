// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.testkit;

/** A contribution that keeps the contract passes every check of the kit: the kit raises no false alarm. */
class QuantileClustererContractTest extends ClustererContract<QuantileClusterer> {

    @Override
    protected QuantileClusterer contribution() {
        return new QuantileClusterer();
    }

    @Override
    protected String id() {
        return "org.filmlab.testkit.tests.quantiles";
    }
}
