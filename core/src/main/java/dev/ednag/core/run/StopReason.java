package dev.ednag.core.run;

/** Why a run ended. */
public enum StopReason {
    /** The optimizer finished its own schedule (e.g. all denoising steps). */
    COMPLETED,
    /** The unique-architecture budget was spent. */
    BUDGET
}
