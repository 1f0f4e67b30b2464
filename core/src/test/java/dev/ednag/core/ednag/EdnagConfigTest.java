package dev.ednag.core.ednag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ednag.core.fitness.AccuracyStretch;
import dev.ednag.core.fitness.ScaledStretch;
import org.junit.jupiter.api.Test;

class EdnagConfigTest {

    private static final EdnagConfig FAITHFUL = EdnagVariant.FAITHFUL.config(ScaledStretch.nb201Cifar100());

    @Test
    void builderChangesOnlyWhatIsSet() {
        assertEquals(FAITHFUL, FAITHFUL.toBuilder().build());
        EdnagConfig changed = FAITHFUL.toBuilder().population(12).mutationEta(7).build();
        assertEquals(FAITHFUL.toBuilder().population(12).mutationEta(7).build(), changed);
        assertEquals(12, changed.population());
        assertEquals(7, changed.mutationEta());
        assertEquals(FAITHFUL.steps(), changed.steps());
        assertEquals(FAITHFUL.fitness(), changed.fitness());
    }

    @Test
    void buildValidates() {
        assertThrows(IllegalArgumentException.class, () -> FAITHFUL.toBuilder().noiseScale(1.5).build());
        assertThrows(IllegalArgumentException.class, () -> FAITHFUL.toBuilder().eliteRate(0.9).build());
    }

    @Test
    void faithfulGroupSizesAreTheReferences() {
        assertEquals(3, FAITHFUL.eliteCount());
        assertEquals(6, FAITHFUL.diversityCount());
    }

    @Test
    void budgetVariantDerivesItsStepsFromTheBudget() {
        ScaledStretch f = new ScaledStretch(1.0, AccuracyStretch.Variant.PLAIN);
        assertEquals(5, EdnagVariant.BUDGET.config(f, 100).steps());   // 20 + 4·20 = 100
        assertEquals(25, EdnagVariant.BUDGET.config(f, 500).steps());
        assertEquals(2, EdnagVariant.BUDGET.config(f, 10).steps());    // never fewer than one iteration
        assertEquals(EdnagVariant.BUDGET.config(f, EdnagVariant.DEFAULT_BUDGET).toMap(), EdnagVariant.BUDGET.config(f).toMap());
        assertEquals(EdnagVariant.FAITHFUL.config(f).toMap(), EdnagVariant.FAITHFUL.config(f, 100).toMap());
    }

    @Test
    void initialValidRateIsLeftOutOfTheManifestAtZeroSoOldRunsKeepTheirIdentity() {
        EdnagConfig plain = FAITHFUL;
        assertEquals(0.0, plain.initialValidRate());
        assertEquals(false, plain.toMap().containsKey("initialValidRate"));
        EdnagConfig seeded = plain.toBuilder().initialValidRate(0.5).build();
        assertEquals(0.5, seeded.toMap().get("initialValidRate"));
        assertEquals(15, seeded.initialValidCount(), "int(0.5 x 30)");
        assertThrows(IllegalArgumentException.class, () -> plain.toBuilder().initialValidRate(1.5).build());
    }
}
