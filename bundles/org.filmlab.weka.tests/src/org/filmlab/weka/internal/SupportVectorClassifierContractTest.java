// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.weka.internal;

/** SMO under the shared contract; its own behaviour is in {@link SupportVectorClassifierTest}. */
class SupportVectorClassifierContractTest extends ClassifierContract<SupportVectorClassifier> {

    @Override
    SupportVectorClassifier contribution() {
        return new SupportVectorClassifier();
    }
}
