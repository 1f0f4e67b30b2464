package dev.ednag.core.baseline;

import dev.ednag.core.space.Architecture;

/** An architecture with its search value (NaN when it could not be evaluated). */
record Scored(Architecture architecture, double value) {}
