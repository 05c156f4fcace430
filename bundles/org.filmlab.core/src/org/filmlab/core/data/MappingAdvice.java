// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.core.data;

/**
 * How a message about a mapping tells the user what to change, in the words of the place where
 * the mapping is made. The checks are the same everywhere ({@link DatasetMapping#apply}); only the
 * remedy differs: a flag means nothing to someone using the import wizard, and a table row means
 * nothing on the command line.
 */
public enum MappingAdvice {

    /** Options of {@code filmlab run} and friends ({@code --ignore}, {@code --map}, {@code --properties}). */
    COMMAND_LINE {
        @Override
        String ignoreColumn(String header) {
            return "leave the column out with ignore (--ignore \"" + header + "\")";
        }

        @Override
        String ignoreConstant() {
            return "leave it out with --ignore";
        }

        @Override
        String separateDuplicates() {
            return "ignore one of them (--ignore), bind another variable to one (--map), or name the roles explicitly";
        }

        @Override
        String rebind(FilmVariable v) {
            return "bind " + v.key() + " to another column (--map " + v.key() + "=COLUMN)";
        }

        @Override
        String nameProperties() {
            return "name them with --properties";
        }

        @Override
        public String bind(FilmVariable v) {
            return "bind one with --map " + v.key() + "=COLUMN on the command line, or in the import wizard's mapping";
        }
    },

    /** The import wizard's mapping table: a role and a FilmLab variable per column. */
    MAPPING_TABLE {
        @Override
        String ignoreColumn(String header) {
            // The message already names the column; the row in the table is found by that name.
            return "mark the column as ignored in the mapping table";
        }

        @Override
        String ignoreConstant() {
            return "mark the column as ignored in the mapping table";
        }

        @Override
        String separateDuplicates() {
            return "mark one of them as ignored, or choose another FilmLab variable for one, in the mapping table";
        }

        @Override
        String rebind(FilmVariable v) {
            return "choose another FilmLab variable for it in the mapping table, or mark it as ignored";
        }

        @Override
        String nameProperties() {
            return "make the measured columns properties in the mapping table";
        }

        @Override
        public String bind(FilmVariable v) {
            return "bind a column to " + v.symbol() + " in the mapping table (its FilmLab variable)";
        }
    };

    /** How to leave out a column whose cells mix numbers and text. */
    abstract String ignoreColumn(String header);

    /** How to leave out a column whose values are all equal. */
    abstract String ignoreConstant();

    /** What to do when two columns stand for the same variable. */
    abstract String separateDuplicates();

    /** What to do when the column bound to this variable holds something else. */
    abstract String rebind(FilmVariable v);

    /** How to say which columns are properties when none was recognised. */
    abstract String nameProperties();

    /** How a user makes a column of any header stand for this variable. */
    public abstract String bind(FilmVariable v);
}
