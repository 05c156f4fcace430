// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.suggest.internal;

import org.filmlab.suggest.Suggester;
import org.filmlab.testkit.SuggesterContract;
import org.junit.jupiter.api.Nested;

/** The baselines against the contract kit (uncertainty sampling: UncertaintySuggesterTest). */
class BaselineSuggestersTest {

    @Nested
    class Random extends SuggesterContract {
        @Override
        protected String id() {
            return "org.filmlab.suggest.random";
        }

        @Override
        protected Suggester create() {
            return new RandomSuggester();
        }
    }

    @Nested
    class LatinHypercube extends SuggesterContract {
        @Override
        protected String id() {
            return "org.filmlab.suggest.latinHypercube";
        }

        @Override
        protected Suggester create() {
            return new LatinHypercubeSuggester();
        }
    }
}
