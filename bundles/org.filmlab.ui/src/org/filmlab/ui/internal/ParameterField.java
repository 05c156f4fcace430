// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.ui.internal;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.filmlab.clustercount.AutoK;
import org.filmlab.core.params.Parameter;
import org.filmlab.core.params.ParameterType;

/**
 * The widget of one declared parameter in the workflow editor, by its type: a spinner for an
 * integer, a text for a real number or text, a check box for a boolean, a combo for a choice. It
 * does not check ranges itself (an integer spinner accepts values outside the declared bounds):
 * the editor validates the whole workflow with the core, which words the message. The cluster
 * step's k is an editable combo instead, taking a whole number or {@value AutoK#AUTO} (k chosen from
 * the data, as the command line's {@code --k auto}).
 */
final class ParameterField {

    /** Wide enough for any count FilmLab uses, while leaving out-of-range values typeable. */
    private static final int SPINNER_LIMIT = 1_000_000;

    private final Parameter parameter;
    private final Label label;
    private final Control control;
    /** Whether the field also takes {@value AutoK#AUTO}. */
    private final boolean orAuto;
    private String problem;

    /**
     * @param initial the value the document gives, as read (Integer, Long, Double, Boolean, String), or
     *        {@code null} for the default
     */
    ParameterField(Composite parent, Parameter parameter, Object initial, Runnable onChange) {
        this(parent, parameter, initial, onChange, false);
    }

    /**
     * @param orAuto whether an integer parameter may also be {@value AutoK#AUTO} (the cluster step's
     *        k, when the choice of k is installed)
     */
    ParameterField(Composite parent, Parameter parameter, Object initial, Runnable onChange, boolean orAuto) {
        this.parameter = parameter;
        this.orAuto = orAuto && parameter.type() == ParameterType.INTEGER;
        label = new Label(parent, SWT.NONE);
        label.setText(parameter.title());
        String tip = parameter.description() + "\nAllowed: " + parameter.allowed()
                + (orAuto && parameter.type() == ParameterType.INTEGER ? ", or " + AutoK.AUTO
                        + " (chosen from the data by a chooseK step, as --k auto)" : "") + ". Default: "
                + text(parameter.defaultValue()) + ". Key: " + parameter.key() + ".";
        label.setToolTipText(tip);
        Object value = initial == null ? parameter.defaultValue() : initial;
        control = this.orAuto ? autoCombo(parent, value, onChange) : switch (parameter.type()) {
            case INTEGER -> {
                Spinner s = new Spinner(parent, SWT.BORDER);
                s.setValues(asInt(value), -SPINNER_LIMIT, SPINNER_LIMIT, 0, 1, 10);
                s.addListener(SWT.Modify, e -> onChange.run());
                yield s;
            }
            case BOOLEAN -> {
                Button b = new Button(parent, SWT.CHECK);
                b.setSelection(Boolean.TRUE.equals(value) || "true".equals(value));
                b.addListener(SWT.Selection, e -> onChange.run());
                yield b;
            }
            case CHOICE -> {
                Combo c = new Combo(parent, SWT.READ_ONLY);
                c.setItems(parameter.choices().toArray(String[]::new));
                int i = parameter.choices().indexOf(text(value));
                c.select(Math.max(0, i));
                c.addListener(SWT.Selection, e -> onChange.run());
                yield c;
            }
            case REAL, TEXT -> {
                Text t = new Text(parent, SWT.BORDER);
                t.setText(text(value));
                t.addListener(SWT.Modify, e -> onChange.run());
                yield t;
            }
        };
        control.setToolTipText(tip);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 140;
        control.setLayoutData(d);
    }

    /** A number or auto: typed, or auto picked from the list; every keystroke is a change to check. */
    private static Combo autoCombo(Composite parent, Object value, Runnable onChange) {
        Combo c = new Combo(parent, SWT.DROP_DOWN | SWT.BORDER);
        c.setItems(AutoK.AUTO);
        c.setText(text(value));
        c.addListener(SWT.Modify, e -> onChange.run());
        return c;
    }

    Parameter parameter() {
        return parameter;
    }

    /** Whether the field says {@value AutoK#AUTO}. */
    boolean auto() {
        return orAuto && ((Combo) control).getText().strip().equalsIgnoreCase(AutoK.AUTO);
    }

    /** Whether the field takes {@value AutoK#AUTO} besides a number. */
    boolean takesAuto() {
        return orAuto;
    }

    /** The value as the document would hold it: a number, a boolean, or the text typed when it is not one. */
    Object value() {
        if (orAuto) {
            String t = ((Combo) control).getText().strip();
            if (auto()) {
                return AutoK.AUTO;
            }
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                return t;
            }
        }
        return switch (parameter.type()) {
            case INTEGER -> ((Spinner) control).getSelection();
            case BOOLEAN -> ((Button) control).getSelection();
            case CHOICE -> ((Combo) control).getText();
            case TEXT -> ((Text) control).getText();
            case REAL -> {
                String t = ((Text) control).getText().trim();
                try {
                    yield Double.valueOf(t);
                } catch (NumberFormatException e) {
                    yield t;
                }
            }
        };
    }

    /** Whether the value differs from the declared default (so the document needs to state it). */
    boolean changed() {
        Object v = value();
        Object d = parameter.defaultValue();
        if (v instanceof Number a && d instanceof Number b) {
            return a.doubleValue() != b.doubleValue();
        }
        return !Objects.equals(v, d);
    }

    /** Sets the widget as a user would, firing its listeners. For tests and loading. */
    void set(Object v) {
        if (orAuto) {
            ((Combo) control).setText(text(v));
            control.notifyListeners(SWT.Modify, null);
            return;
        }
        switch (parameter.type()) {
            case INTEGER -> {
                ((Spinner) control).setSelection(asInt(v));
                control.notifyListeners(SWT.Modify, null);
            }
            case BOOLEAN -> {
                ((Button) control).setSelection(Boolean.TRUE.equals(v));
                control.notifyListeners(SWT.Selection, null);
            }
            case CHOICE -> {
                ((Combo) control).select(parameter.choices().indexOf(text(v)));
                control.notifyListeners(SWT.Selection, null);
            }
            case REAL, TEXT -> ((Text) control).setText(text(v));
        }
    }

    /** Marks the field as holding a problem (or not), with the core's message as its tooltip. */
    void problem(String message) {
        problem = message;
        label.setForeground(message == null ? null : label.getDisplay().getSystemColor(SWT.COLOR_RED));
        control.setToolTipText(message == null ? label.getToolTipText() : message);
    }

    /** The core's message about this field, or {@code null}. */
    String problem() {
        return problem;
    }

    Control control() {
        return control;
    }

    private static int asInt(Object v) {
        if (v instanceof Number n) {
            return (int) Math.max(-SPINNER_LIMIT, Math.min(SPINNER_LIMIT, n.longValue()));
        }
        try {
            return Integer.parseInt(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
        }
        return String.valueOf(v);
    }
}
